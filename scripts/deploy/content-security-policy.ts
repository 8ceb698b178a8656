import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built app, defined once: vite.config.ts puts it in index.html's <meta> tag and
 * writes it, with `frame-ancestors`, into the `_headers` file for hosts that send it as an HTTP header.
 *
 * Only scripts, styles, data and workers from the app's own origin, plus the inlined theme script, allowed by its
 * hash (no other inline script). Added at build time only, because the dev server injects inline scripts for hot
 * reload. Source links open in a new tab and are not fetched. `worker-src 'self'` covers both the dataset checker
 * (a Web Worker) and the service worker.
 */
export function contentSecurityPolicy(inlineScript: string, options: { frameAncestors?: string } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(inlineScript)}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // A <meta> policy cannot say who may frame the page (browsers ignore it there, with a console error), so only
    // the header carries it.
    ...(options.frameAncestors === undefined ? [] : [`frame-ancestors ${options.frameAncestors}`]),
  ].join('; ');
}

/** The CSP source that allows exactly this inline script. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/** The line of public/theme-init.js that holds the app's base path (`/` in the source and in development). */
const THEME_INIT_BASE_LINE = "var appBase = '/';";

/**
 * public/theme-init.js as the build inlines it: with the app's base path written in, since it decides whether the
 * pre-rendered overview may show by comparing the page's path with the overview's, and without its comment lines
 * (every page load carries the inlined script, and the first screen's budget counts it).
 */
export function themeInitForBase(source: string, base: string): string {
  if (!source.includes(THEME_INIT_BASE_LINE))
    throw new Error(`public/theme-init.js no longer has the line ${THEME_INIT_BASE_LINE}`);
  return source
    .replace(THEME_INIT_BASE_LINE, `var appBase = ${JSON.stringify(base)};`)
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*.*\*\/\s*$)/.test(line))
    .join('\n');
}
