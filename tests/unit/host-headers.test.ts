import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash, themeInitForBase } from '../../scripts/deploy/content-security-policy';
import { renderHeadersFile, toHostHeaderRules, type HeaderRule } from '../../scripts/deploy/host-headers';

/** The `_headers` text as Netlify and Cloudflare Pages read it: each path with its headers. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else {
      const [name = '', ...value] = line.trim().split(': ');
      current?.set(name, value.join(': '));
    }
  }
  return rules;
}

const source = readFileSync('public/theme-init.js', 'utf8');

describe('the headers file a static host reads', () => {
  const themeInit = themeInitForBase(source, '/hled/');
  const policy = (frameAncestors: string) => contentSecurityPolicy(themeInit, { frameAncestors });
  const file = readHeadersFile(renderHeadersFile(toHostHeaderRules('/hled/', policy)));

  it("sends the build's policy — the <meta> tag's, plus frame-ancestors 'self' — for every path of the app", () => {
    const all = file.get('/hled/*');
    expect(all?.get('Content-Security-Policy')).toBe(`${contentSecurityPolicy(themeInit)}; frame-ancestors 'self'`);
    expect(all?.get('Content-Security-Policy')).toContain(`script-src 'self' ${scriptHash(themeInit)};`);
    expect(all?.get('Content-Security-Policy')).toContain("worker-src 'self'");
    expect(all?.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all?.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('lets browsers keep hashed assets for a year and makes them ask again for the files that keep their name', () => {
    expect(file.get('/hled/assets/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/hled/',
      '/hled/index.html',
      '/hled/404.html',
      '/hled/sw.js',
      '/hled/data/*',
      '/hled/manifest.webmanifest',
    ]) {
      expect(file.get(path)?.get('Cache-Control'), path).toBe('no-cache');
    }
  });

  it('sets each header in one rule only, since hosts join the values of every matching rule; the embed rule detaches the broader policy', () => {
    const names = [...file.values()].flatMap((headers) => [...headers.keys()]);
    expect(names.filter((n) => n === 'Content-Security-Policy')).toHaveLength(2);
    expect(names.filter((n) => n === 'X-Content-Type-Options')).toHaveLength(1);
    expect(names.filter((n) => n === 'Referrer-Policy')).toHaveLength(1);
    expect(file.get('/hled/*')?.has('Cache-Control')).toBe(false);
    const text = renderHeadersFile(toHostHeaderRules('/hled/', policy));
    expect(text).toContain('/hled/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
  });

  it('lets any site frame the embeddable charts, and only the app itself frame every other page', () => {
    expect(file.get('/hled/embed/*')?.get('Content-Security-Policy')).toBe(
      `${contentSecurityPolicy(themeInit)}; frame-ancestors *`,
    );
    expect(file.get('/hled/*')?.get('Content-Security-Policy')).toMatch(/; frame-ancestors 'self'$/);
  });

  it('writes a later framing rule with a detach line, so that it replaces the broader policy (Cloudflare syntax)', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: [['Content-Security-Policy', "frame-ancestors 'self'"]] },
      {
        path: '/embed/*',
        headers: [['Content-Security-Policy', 'frame-ancestors *']],
        detach: ['Content-Security-Policy'],
      },
    ];
    expect(renderHeadersFile(rules).split('\n').slice(2)).toEqual([
      '/*',
      "  Content-Security-Policy: frame-ancestors 'self'",
      '/embed/*',
      '  ! Content-Security-Policy',
      '  Content-Security-Policy: frame-ancestors *',
      '',
    ]);
  });
});

describe('the theme script the build inlines', () => {
  it('carries the base path and no comment lines, and the policy allows exactly it', () => {
    const inlined = themeInitForBase(source, '/hled/');
    expect(inlined).toContain('var appBase = "/hled/";');
    expect(inlined).not.toContain("var appBase = '/';");
    expect(inlined).not.toMatch(/^\s*\/\//m);
    expect(contentSecurityPolicy(inlined)).toContain(scriptHash(inlined));
    expect(scriptHash(themeInitForBase(source, '/'))).not.toBe(scriptHash(inlined));
  });

  it('has no frame-ancestors in the <meta> policy, where browsers ignore it', () => {
    expect(contentSecurityPolicy('x')).not.toContain('frame-ancestors');
  });

  it('hashes as CSP expects: base64 SHA-256 of the exact text', () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
