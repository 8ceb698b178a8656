import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { coreMessagesEn } from '../../src/i18n/messages-en';
import { chartMessagesEn } from '../../src/i18n/messages-charts-en';
import { briefingMessagesEn } from '../../src/i18n/messages-briefing-en';
import { sourcesMessagesEn } from '../../src/i18n/messages-sources-en';
import { initiativesMessagesEn } from '../../src/i18n/messages-initiatives-en';
import { updateMessagesEn } from '../../src/i18n/messages-update-en';
import { byodNoticesMessagesEn } from '../../src/i18n/messages-byod-notices-en';
import { filtersMessagesEn } from '../../src/i18n/messages-filters-en';
import { dataFilesMessagesEn } from '../../src/i18n/messages-data-files-en';

/*
 * The English packs load with the code that uses them (src/i18n/pack-*.ts). This test reads the source's import
 * graph. Code arrives in load units: the entry (src/main.tsx) and each target of a dynamic import(), each with
 * everything it imports statically — all evaluated before any of it runs. So a pack is safe when every load unit
 * that contains a module using the pack's keys also contains the pack: `t()` never meets a missing message.
 */
const PACKS = {
  charts: chartMessagesEn,
  briefing: briefingMessagesEn,
  sources: sourcesMessagesEn,
  initiatives: initiativesMessagesEn,
  update: updateMessagesEn,
  'byod-notices': byodNoticesMessagesEn,
  filters: filtersMessagesEn,
  'data-files': dataFilesMessagesEn,
} as const;

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => text.has(candidate));
}

const resolveAll = (f: string, specs: string[]) =>
  specs.map((s) => resolveImport(f, s)).filter((x): x is string => x !== undefined);

/** Static imports and re-exports (type-only imports excluded: they load nothing). */
const staticImports = new Map(
  files.map((f) => [
    f,
    resolveAll(f, [
      ...(text.get(f) ?? '').matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ].map((m) => m[1] ?? "")),
  ]),
);

/** The load units: the entry and every module some code imports dynamically. */
const roots = [
  join(SRC, 'main.tsx'),
  ...new Set(
    files.flatMap((f) => resolveAll(f, [...(text.get(f) ?? '').matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? ""))),
  ),
];

function staticClosure(root: string): Set<string> {
  const seen = new Set<string>();
  const pending = [root];
  for (let f = pending.pop(); f !== undefined; f = pending.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    pending.push(...(staticImports.get(f) ?? []));
  }
  return seen;
}

function usesPack(file: string, keys: readonly string[]): boolean {
  const source = text.get(file) ?? '';
  if (keys.some((key) => source.includes(`'${key}'`) || source.includes(`"${key}"`))) return true;
  // Template keys such as t(`chart.basis.${basis}`): a template that starts like a pack key and no core key.
  const core = Object.keys(coreMessagesEn);
  return [...source.matchAll(/`([a-z]+\.[a-zA-Z.]*)\$\{/g)].some(
    ([, prefix = ""]) => keys.some((k) => k.startsWith(prefix)) && !core.some((k) => k.startsWith(prefix)),
  );
}

describe('English message packs', () => {
  for (const [name, messages] of Object.entries(PACKS)) {
    it(`every load unit with a module that uses the ${name} pack also loads the pack`, () => {
      const pack = join(SRC, 'i18n', `pack-${name}.ts`);
      const keys = Object.keys(messages);
      const users = files.filter((f) => !f.includes(join('src', 'i18n')) && usesPack(f, keys));
      expect(users.length).toBeGreaterThan(0);
      const exposed = roots.flatMap((root) => {
        const unit = staticClosure(root);
        if (unit.has(pack)) return [];
        return users.filter((f) => unit.has(f)).map((f) => `${relative(SRC, root)} → ${relative(SRC, f)}`);
      });
      expect(exposed).toEqual([]);
    });
  }

  it('the core catalogue holds none of the packs’ keys (a pack key in the core would hide a missing import)', () => {
    const core = Object.keys(coreMessagesEn);
    for (const messages of Object.values(PACKS)) expect(Object.keys(messages).filter((k) => core.includes(k))).toEqual([]);
  });
});
