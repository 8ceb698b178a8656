/**
 * Untrusted input → a typed dataset, or the list of everything wrong with it. Never throws.
 * Used by the app's query, by `npm run validate-data`, and by tests — one code path for all three.
 */
import * as z from 'zod/mini';
import { DatasetSchema, type Dataset } from './dataset-schema';
import { checkIntegrity } from './check-integrity';
import { formatJsonPath, type DatasetProblem } from './dataset-problem';

export type ParseDatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function toProblem(issue: z.core.$ZodIssue, input: unknown): DatasetProblem {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, issue.path);
      if (received === undefined) return { path, code: 'missing', params: { expected: issue.expected } };
      return { path, code: 'wrong-type', params: { expected: issue.expected, received: typeName(received) } };
    }
    case 'invalid_value':
      if (valueAt(input, issue.path) === undefined) {
        return { path, code: 'missing', params: { expected: issue.values.map((v) => JSON.stringify(v)).join(' or ') } };
      }
      return { path, code: 'not-allowed', params: { allowed: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    case 'unrecognized_keys':
      return { path, code: 'unknown-keys', params: { keys: issue.keys.join(', ') } };
    case 'too_small':
      if (issue.origin === 'array') return { path, code: 'too-few', params: { minimum: Number(issue.minimum) } };
      return { path, code: 'invalid', params: { message: issue.message } };
    default: {
      // Show the offending text (shortened) so a writer can find it; the interface renders it as plain text.
      const value = valueAt(input, issue.path);
      if (typeof value !== 'string') return { path, code: 'invalid', params: { message: issue.message } };
      const found = value.length > 80 ? `${value.slice(0, 77)}…` : value;
      return { path, code: 'invalid', params: { message: issue.message, found } };
    }
  }
}

/** Validates an already-parsed JSON value against the schema, then the integrity rules. */
export function parseDataset(input: unknown): ParseDatasetResult {
  const result = DatasetSchema.safeParse(input);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => toProblem(issue, input)) };
  }
  const problems = checkIntegrity(result.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: result.data };
}

type JsonParse = { ok: true; json: unknown } | { ok: false; result: ParseDatasetResult };

function parseJson(text: string): JsonParse {
  if (text.trim() === '') {
    return {
      ok: false,
      result: { ok: false, problems: [{ path: '(root)', code: 'not-json', params: { detail: 'the file is empty' } }] },
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, result: { ok: false, problems: [{ path: '(root)', code: 'not-json', params: { detail } }] } };
  }
}

/** Parses JSON text, then validates it. */
export function parseDatasetText(text: string): ParseDatasetResult {
  const parsed = parseJson(text);
  return parsed.ok ? parseDataset(parsed.json) : parsed.result;
}

/*
 * The same validation in slices, for the main thread. Validating hled.json at once is one long task (~100 ms on a
 * mid-range phone, seconds at 100× the data) that blocks input while the page loads. Here the top level is checked
 * first — with each collection's elements left out — then the elements, a few at a time, yielding to the browser
 * between slices. Both schemas are derived from DatasetSchema, so the rules cannot drift apart; the result is the
 * one `parseDataset` gives (the problems may come in another order — tests/unit/parse-dataset-in-slices.test.ts).
 */
type Schema = z.core.$ZodType;
interface SchemaDef {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  checks?: z.core.$ZodCheck<unknown[]>[];
}
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

const DATASET_SHAPE = defOf(DatasetSchema).shape ?? {};
/** The collections (top-level arrays) and the schema of one element of each. */
const COLLECTIONS = Object.entries(DATASET_SHAPE).flatMap(([key, schema]) => {
  const def = defOf(schema);
  return def.type === 'array' && def.element ? [{ key, element: def.element }] : [];
});
/** The top level with every collection's elements accepted as they are (their own checks — length — kept). */
const TOP_LEVEL_SCHEMA = z.strictObject(
  Object.fromEntries(
    Object.entries(DATASET_SHAPE).map(([key, schema]) => {
      const def = defOf(schema);
      if (def.type !== 'array') return [key, schema];
      const shallow = z.array(z.unknown());
      return [key, def.checks && def.checks.length > 0 ? shallow.check(...def.checks) : shallow];
    }),
  ),
);

export type YieldToMain = () => Promise<void>;
/** scheduler.yield() where the browser has it (it resumes ahead of other queued work), else a zero timeout. */
const yieldToMain: YieldToMain = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
const SLICE_MS = 8;

/** `parseDataset`, in slices of about 8 ms of work separated by yields to the browser. */
export async function parseDatasetInSlices(
  input: unknown,
  pause: YieldToMain = yieldToMain,
): Promise<ParseDatasetResult> {
  const top = TOP_LEVEL_SCHEMA.safeParse(input);
  if (!top.success) return parseDataset(input); // a broken top level: the whole-file check reports it exactly
  const record = input as Record<string, unknown[]>;
  const output: Record<string, unknown> = { ...top.data };
  const problems: DatasetProblem[] = [];
  let sliceStart = performance.now();
  for (const { key, element } of COLLECTIONS) {
    const items = record[key] ?? [];
    const parsed: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i += 1) {
      const result = z.safeParse(element, items[i]);
      if (result.success) parsed[i] = result.data;
      else {
        for (const issue of result.error.issues) {
          problems.push(toProblem({ ...issue, path: [key, i, ...issue.path] } as z.core.$ZodIssue, input));
        }
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
    output[key] = parsed;
  }
  if (problems.length > 0) return { ok: false, problems };
  await pause();
  const dataset = output as Dataset;
  const integrity = checkIntegrity(dataset);
  if (integrity.length > 0) return { ok: false, problems: integrity };
  return { ok: true, dataset };
}

/** `parseDatasetText`, validating in slices (see parseDatasetInSlices). */
export async function parseDatasetTextInSlices(
  text: string,
  pause: YieldToMain = yieldToMain,
): Promise<ParseDatasetResult> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed.result;
  await pause();
  return parseDatasetInSlices(parsed.json, pause);
}
