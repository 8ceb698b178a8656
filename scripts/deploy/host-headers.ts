/**
 * The HTTP headers a static host should send with the built app, as rules by path, and the `_headers` file that
 * Netlify and Cloudflare Pages read (docs/DEPLOY.md gives the same rules for nginx and other hosts).
 *
 * Both hosts apply every rule whose path matches a request and join the values of a header set by two rules with a
 * comma — for Cache-Control or a CSP that would make nonsense — so each header is set by exactly one matching rule:
 * the security headers by the framing rules, caching by one rule per kind of file.
 */
export interface HeaderRule {
  /** A path pattern in the hosts' syntax: absolute, `*` matching anything after it. */
  path: string;
  headers: [name: string, value: string][];
  /** Headers of a broader rule that this rule replaces (written as Cloudflare's `! Name` detach lines). */
  detach?: string[];
}

/**
 * Who may put the app in a frame, by path (relative to the base). The first rule covers everything; a later, more
 * specific rule replaces its Content-Security-Policy for its paths: the embeddable charts (`/embed/<chart>`) may be
 * framed by any site; every other page only by the app itself.
 */
const FRAMING: readonly { path: string; frameAncestors: string }[] = [
  { path: '*', frameAncestors: "'self'" },
  { path: 'embed/*', frameAncestors: '*' },
];

/** Vite names every file in assets/ after a hash of its content: a new content is a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files whose URL stays the same from one deploy to the next: the browser asks the host each time. */
const REVALIDATE = 'no-cache';
const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Paths (relative to the base) of the files that keep their URL across deploys. */
const REVALIDATED_PATHS = ['', 'index.html', '404.html', 'sw.js', 'manifest.webmanifest', 'data/*'] as const;

export function toHostHeaderRules(base: string, policyFor: (frameAncestors: string) => string): HeaderRule[] {
  // The first rule sets the security headers for every path; a later one only replaces the policy (a second
  // X-Content-Type-Options would be joined to the first: "nosniff, nosniff").
  const framing: HeaderRule[] = FRAMING.map((rule, i) =>
    i === 0
      ? {
          path: base + rule.path,
          headers: [
            ['Content-Security-Policy', policyFor(rule.frameAncestors)],
            ['X-Content-Type-Options', 'nosniff'],
            ['Referrer-Policy', REFERRER_POLICY],
          ],
        }
      : {
          path: base + rule.path,
          headers: [['Content-Security-Policy', policyFor(rule.frameAncestors)]],
          detach: ['Content-Security-Policy'],
        },
  );
  return [
    ...framing,
    { path: `${base}assets/*`, headers: [['Cache-Control', IMMUTABLE]] },
    ...REVALIDATED_PATHS.map((path): HeaderRule => ({ path: base + path, headers: [['Cache-Control', REVALIDATE]] })),
  ];
}

/** The rules in the `_headers` syntax of Netlify and Cloudflare Pages. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [
      rule.path,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n'),
  );
  return `# Written by npm run build (scripts/deploy/host-headers.ts). Netlify and Cloudflare Pages read it; docs/DEPLOY.md\n# has the same rules for other hosts.\n${blocks.join('\n')}\n`;
}
