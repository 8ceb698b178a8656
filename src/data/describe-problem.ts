/**
 * Plain-language wording of a dataset problem, in English or Spanish. The command line uses English.
 */
import type { DatasetProblem } from './dataset-problem';

export type ProblemLocale = 'en' | 'es';

export function describeProblem(problem: DatasetProblem, locale: ProblemLocale = 'en'): string {
  const es = locale === 'es';
  switch (problem.code) {
    case 'not-json':
      return es
        ? `el archivo no es JSON válido (${problem.params.detail})`
        : `the file is not valid JSON (${problem.params.detail})`;
    case 'missing':
      return es
        ? `falta este campo (se esperaba ${problem.params.expected})`
        : `this field is missing (expected ${problem.params.expected})`;
    case 'wrong-type':
      return es
        ? `se esperaba ${problem.params.expected}, pero hay ${problem.params.received}`
        : `expected ${problem.params.expected}, found ${problem.params.received}`;
    case 'not-allowed':
      return es
        ? `valor no permitido; se admite: ${problem.params.allowed}`
        : `value not allowed; use one of: ${problem.params.allowed}`;
    case 'unknown-keys':
      return es ? `campos desconocidos: ${problem.params.keys}` : `unknown fields: ${problem.params.keys}`;
    case 'too-few':
      return es
        ? `necesita al menos ${problem.params.minimum} elemento(s)`
        : `needs at least ${problem.params.minimum} item(s)`;
    case 'invalid': {
      const { message, found } = problem.params;
      if (found === undefined) return message;
      return es ? `${message} (se encontró "${found}")` : `${message} (found "${found}")`;
    }
    case 'duplicate-id':
      return es
        ? `id duplicado "${problem.params.id}" (ya usado en ${problem.params.firstPath})`
        : `duplicate id "${problem.params.id}" (already used at ${problem.params.firstPath})`;
    case 'unknown-reference':
      return es
        ? `referencia desconocida: ${problem.params.kind} "${problem.params.id}"`
        : `unknown ${problem.params.kind} "${problem.params.id}"`;
    case 'inconsistent':
      return problem.params.message;
  }
}
