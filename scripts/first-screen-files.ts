// What the first screen loads, read from a production build: shared by the size budget
// (scripts/check-size-budget.ts) and the end-to-end test that checks it against what Chromium fetches
// (tests/e2e/first-screen.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Locale = 'en' | 'es';

/** The core message catalogue of each language: main.tsx loads the reader's before the first render. */
export const LOCALE_CATALOGUES: Record<Locale, string> = {
  en: 'src/i18n/messages-en.ts',
  es: 'src/i18n/messages-es.ts',
};

interface ManifestEntry {
  file: string;
  src?: string;
  name?: string;
  imports?: string[];
}
export type Manifest = Record<string, ManifestEntry>;

export interface FirstScreenBuild {
  manifest: Manifest;
  /** The text of index.html's inline scripts (theme-init.js, inlined by the build), joined. */
  inlineScript: string;
  /** Classic scripts index.html loads by URL, as paths inside the build. */
  classicScripts: string[];
  /** The entry chunk and every file it imports statically. */
  entryFiles: Set<string>;
  /** Files fetched before the first render for a language: entry files, classic scripts and its catalogue chunk. */
  filesFor: (locale: Locale) => Set<string>;
}

export function readFirstScreenBuild(dist: string): FirstScreenBuild {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
  const classicScripts = [...indexHtml.matchAll(/<script\b(?![^>]*type="module")[^>]*\ssrc="\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const inlineScript = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');

  /** A manifest entry's own file and every file it imports statically, depth first. */
  const staticFiles = (key: string, seen: Set<string>): Set<string> => {
    const entry = manifest[key];
    if (!entry || seen.has(entry.file)) return seen;
    seen.add(entry.file);
    for (const imported of entry.imports ?? []) staticFiles(imported, seen);
    return seen;
  };
  const entryFiles = staticFiles('index.html', new Set());
  const filesFor = (locale: Locale) => {
    const catalogue = LOCALE_CATALOGUES[locale];
    if (!manifest[catalogue])
      throw new Error(`the ${locale} catalogue (${catalogue}) is not a chunk of its own — is it imported statically?`);
    return staticFiles(catalogue, new Set([...classicScripts, ...entryFiles]));
  };
  return { manifest, inlineScript, classicScripts, entryFiles, filesFor };
}
