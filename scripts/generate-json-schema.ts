/**
 * `npm run gen-schema` writes public/data/dialogue.schema.json from the zod schema, so the published JSON Schema
 * can never drift from the validator. `--check` exits 1 when the committed file is out of date (used by tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toDatasetJsonSchema } from '../src/data/to-dataset-json-schema.ts';

const target = 'public/data/dialogue.schema.json';
const text = `${JSON.stringify(toDatasetJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* a missing file is reported as out of date below */
  }
  if (current !== text) {
    console.error(`${target} is out of date: run npm run gen-schema`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
