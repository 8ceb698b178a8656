import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDatasetJsonSchema } from '../../src/data/to-dataset-json-schema';

describe('public/data/dialogue.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run npm run gen-schema when this fails)', () => {
    const committed: unknown = JSON.parse(readFileSync('public/data/dialogue.schema.json', 'utf8'));
    expect(committed).toEqual(toDatasetJsonSchema());
  });

  it('publishes the rules a dataset writer needs: required citations and http(s) ids', () => {
    const schema = toDatasetJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['dialogue', 'meetings', 'sources', 'initiatives']));
    expect(JSON.stringify(schema)).toContain('"minItems":1');
  });
});
