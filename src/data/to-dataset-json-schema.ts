import * as z from 'zod/mini';
import { DatasetSchema } from './dataset-schema';

/** The public JSON Schema (draft 2020-12) of the dataset format, derived from the zod schema. */
export function toDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref' });
  return {
    ...schema,
    $id: 'https://hled-explorer.invalid/dialogue.schema.json',
    title: 'HLED Explorer dialogue dataset',
    description:
      'A bilateral economic dialogue: meetings, pillars, sectors, delegations, initiatives and the sources behind every fact. See docs/DATASET.md.',
  };
}
