/**
 * Untrusted input → a typed dataset, or the list of everything wrong with it. Never throws.
 * Used by the app's query, by `npm run validate-data`, and by tests — one code path for all three.
 */
import * as z from 'zod/mini';
import { DatasetSchema, type Dataset } from './dataset-schema';
import { checkIntegrity } from './check-integrity';
import { formatJsonPath, type DatasetProblem } from './dataset-problem';

export type ParseDatasetResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[] };

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

/** Parses JSON text, then validates it. */
export function parseDatasetText(text: string): ParseDatasetResult {
  if (text.trim() === '') {
    return { ok: false, problems: [{ path: '(root)', code: 'not-json', params: { detail: 'the file is empty' } }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(root)', code: 'not-json', params: { detail } }] };
  }
  return parseDataset(json);
}
