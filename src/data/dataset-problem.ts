/**
 * One thing wrong with a dataset: where (a JSON path such as `initiatives[12].pillars[0].pillar`) and what,
 * as a code plus parameters so the interface can say it in English or Spanish.
 */
export type DatasetProblem =
  | { path: string; code: 'not-json'; params: { detail: string } }
  | { path: string; code: 'missing'; params: { expected: string } }
  | { path: string; code: 'wrong-type'; params: { expected: string; received: string } }
  | { path: string; code: 'not-allowed'; params: { allowed: string } }
  | { path: string; code: 'unknown-keys'; params: { keys: string } }
  | { path: string; code: 'too-few'; params: { minimum: number } }
  | { path: string; code: 'invalid'; params: { message: string; found?: string } }
  | { path: string; code: 'duplicate-id'; params: { id: string; firstPath: string } }
  | { path: string; code: 'unknown-reference'; params: { kind: string; id: string } }
  | { path: string; code: 'inconsistent'; params: { message: string } };

/** Formats a path as `a.b[0].c`, the form people see in error panels and the command line. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
