import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDatasetText } from '../../src/data/parse-dataset.ts';
import { describeProblem } from '../../src/data/describe-problem.ts';

const GENERATOR_DIR = resolve('scripts/synthetic');
const GENERATOR = join(GENERATOR_DIR, 'generate-synthetic-dataset.ts');
const OUT_DIR = resolve('bench-data');

export type DatasetFile =
  | { ok: true; file: string; bytes: number; counts: { initiatives: number; people: number; meetings: number } }
  | { ok: false; reason: string };

async function newestSourceTime(): Promise<number> {
  const entries = await readdir(GENERATOR_DIR, { recursive: true, withFileTypes: true });
  const times = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

/** Parses and checks a dataset file with the app's own code, so a broken file is reported here and not as a timeout. */
async function checkDataset(file: string): Promise<DatasetFile> {
  const text = await readFile(file, 'utf8');
  const parsed = parseDatasetText(text);
  if (!parsed.ok) {
    const first = parsed.problems
      .slice(0, 3)
      .map((p) => `${p.path}: ${describeProblem(p)}`)
      .join('; ');
    return { ok: false, reason: `${file} is not a valid dataset (${parsed.problems.length} problems: ${first})` };
  }
  const d = parsed.dataset;
  return {
    ok: true,
    file,
    bytes: Buffer.byteLength(text),
    counts: { initiatives: d.initiatives.length, people: d.people.length, meetings: d.meetings.length },
  };
}

/** The HLED dataset as shipped. */
export function hledDataset(): Promise<DatasetFile> {
  return checkDataset(resolve('public/data/hled.json'));
}

/**
 * bench-data/synthetic-<N>x.json from the project's deterministic generator (its default seed), generated again when
 * missing or older than any file of the generator. When the generator does not exist yet, says so.
 */
export async function syntheticDataset(scale: number): Promise<DatasetFile> {
  if (!existsSync(GENERATOR)) return { ok: false, reason: `no generator yet (${GENERATOR} is missing)` };
  const file = join(OUT_DIR, `synthetic-${scale}x.json`);
  const fresh = existsSync(file) && (await stat(file)).mtimeMs >= (await newestSourceTime());
  if (!fresh) {
    const started = Date.now();
    const generator: unknown = await import(pathToFileURL(GENERATOR).href);
    const generate = (generator as { generateSyntheticDataset?: unknown }).generateSyntheticDataset;
    if (typeof generate !== 'function')
      return { ok: false, reason: `${GENERATOR} does not export generateSyntheticDataset()` };
    const dataset: unknown = await (generate as (options: { scale: number }) => unknown)({ scale });
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(file, JSON.stringify(dataset));
    console.log(`  generated ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return checkDataset(file);
}
