/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, themeInitForBase } from './scripts/deploy/content-security-policy.ts';
import { renderHeadersFile, toHostHeaderRules } from './scripts/deploy/host-headers.ts';

/**
 * public/theme-init.js runs before first paint: it applies the stored theme and decides whether the pre-rendered
 * overview may show. The build inlines it into index.html (one request fewer on the critical path: as a separate
 * file it held back the stylesheet's request by a round trip), with the base path written in, and allows exactly
 * that script by its hash. The same policy goes into dist/_headers as an HTTP header (scripts/deploy/).
 */
const THEME_INIT_TAG = '<script src="/theme-init.js"></script>';
const themeInitSource = readFileSync(fileURLToPath(new URL('./public/theme-init.js', import.meta.url)), 'utf8');

function contentSecurityPolicyPlugin(): Plugin {
  let themeInit = themeInitSource;
  let base = '/';
  let ssr = false;
  return {
    name: 'hled-content-security-policy',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      ssr = Boolean(config.build.ssr);
      themeInit = themeInitForBase(themeInitSource, base);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes(THEME_INIT_TAG)) throw new Error(`index.html no longer has ${THEME_INIT_TAG}`);
        return {
          html: html.replace(THEME_INIT_TAG, `<script>${themeInit}</script>`),
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(themeInit) },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    generateBundle() {
      if (ssr) return;
      const rules = toHostHeaderRules(base, (frameAncestors) => contentSecurityPolicy(themeInit, { frameAncestors }));
      this.emitFile({ type: 'asset', fileName: '_headers', source: renderHeadersFile(rules) });
    },
  };
}

/**
 * Puts every module the entry imports statically — everything the first screen runs — into one chunk. Left to
 * itself, Rolldown splits modules that lazy views also use into many small shared chunks: more requests, and
 * more bytes, since each file is compressed alone. Lazy views keep their own chunks and import from this one.
 * Each build creates its own instance: the module list is gathered in `buildEnd`, before chunking asks `test`.
 */
function firstScreenChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'hled-first-screen-chunk',
    apply: 'build',
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const pending = [...entries];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (firstScreen.has(id)) continue;
        firstScreen.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id) => firstScreen.has(id) };
}

export default defineConfig(({ command, isSsrBuild }) => {
  const firstScreen = firstScreenChunk();
  return {
    plugins: [react(), contentSecurityPolicyPlugin(), firstScreen.plugin],
    resolve: {
      // react-router's package exports only its development build (same code, with ENABLE_DEV_WARNINGS on). The
      // production build ships beside it; use it for the built app so the warnings are compiled away.
      alias:
        command === 'build'
          ? [
              {
                find: /^react-router$/,
                replacement: fileURLToPath(
                  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
                ),
              },
            ]
          : [],
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      // dist/.vite/manifest.json: read by scripts/check-size-budget.ts to find what the first screen loads.
      manifest: !isSsrBuild,
      // Module preload links are supported by every browser the app targets; skip the polyfill.
      modulePreload: { polyfill: false },
      rolldownOptions: isSsrBuild
        ? {}
        : { output: { codeSplitting: { groups: [{ name: 'app', test: firstScreen.test, priority: 10 }] } } },
    },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      testTimeout: 20_000,
    },
  };
});
