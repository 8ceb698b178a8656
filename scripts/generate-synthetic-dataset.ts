/**
 * `npm run generate-synthetic -- --scale 10 --out bench-data/synthetic-10x.json [--seed 1]` writes a fictional
 * dataset `scale` times the size of hled.json for the performance benchmark. The output goes through the app's own
 * parseDataset (schema and integrity) before it is written; on any problem nothing is written and the exit code is 1.
 * Bad arguments exit with 2. The file is compact JSON, byte-identical to what scripts/bench writes for the same scale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticDataset, SYNTHETIC_DEFAULT_SEED } from './synthetic/generate-synthetic-dataset.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';
import { describeProblem } from '../src/data/describe-problem.ts';

const USAGE =
  'usage: tsx scripts/generate-synthetic-dataset.ts --scale <number ≥ 1> --out <file.json> [--seed <integer>]';
/** As many problems as the open-dataset panel shows. */
const PROBLEMS_SHOWN = 50;

function fail(message: string): never {
  console.error(`generate-synthetic: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: { scale?: string; out?: string; seed?: string };
try {
  ({ values } = parseArgs({
    options: { scale: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const scale = Number(values.scale);
if (values.scale === undefined || !Number.isFinite(scale) || scale < 1) fail('--scale must be a number ≥ 1');
if (values.out === undefined || values.out === '') fail('--out is required');
const seed = values.seed === undefined ? SYNTHETIC_DEFAULT_SEED : Number(values.seed);
if (!Number.isSafeInteger(seed)) fail('--seed must be an integer');
const out = values.out;

const started = performance.now();
const dataset = generateSyntheticDataset({ scale, seed });
const text = JSON.stringify(dataset);
const generatedMs = performance.now() - started;

// Validate the text as it will be read back, not the in-memory object, so JSON round-tripping is covered too.
const parsed = parseDataset(JSON.parse(text));
const validatedMs = performance.now() - started - generatedMs;
if (!parsed.ok) {
  for (const problem of parsed.problems.slice(0, PROBLEMS_SHOWN)) {
    console.error(`${problem.path}: ${describeProblem(problem)}`);
  }
  console.error(`generate-synthetic: the generated dataset has ${parsed.problems.length} problem(s); nothing written`);
  process.exit(1);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);

const bytes = Buffer.byteLength(text);
const d = parsed.dataset;
const counts: [string, number][] = [
  ['series', d.series.length],
  ['meetings', d.meetings.length],
  ['pillars', d.pillars.length],
  ['sectors', d.sectors.length],
  ['organizations', d.organizations.length],
  ['people', d.people.length],
  ['participations', d.participations.length],
  ['initiatives', d.initiatives.length],
  ['indicators', d.indicators.length],
  ['sources', d.sources.length],
  ['disputes', d.disputes.length],
  ['notes', d.notes.length],
];
console.log(`${out}: valid — scale ${scale}×, seed ${seed}`);
console.log(`  ${counts.map(([name, count]) => `${count} ${name}`).join(', ')}`);
console.log(
  `  ${(bytes / 1_000_000).toFixed(2)} MB (${bytes} bytes); generated in ${(generatedMs / 1000).toFixed(2)} s, ` +
    `validated in ${(validatedMs / 1000).toFixed(2)} s`,
);
