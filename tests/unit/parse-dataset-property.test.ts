import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDataset, parseDatasetText } from '../../src/data/parse-dataset';
import { describeProblem } from '../../src/data/describe-problem';
import { loadFixture } from '../fixtures/load-fixture';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every [path, value] position of a JSON tree, so a property can break the dataset anywhere. */
function positions(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => positions(v, [...path, i]))
    : Object.entries(value).flatMap(([k, v]) => positions(v, [...path, k]));
  return [path, ...children];
}

function replaceAt(root: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy: Json = JSON.parse(JSON.stringify(root)) as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key] as Json;
  (node as Record<string | number, Json>)[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const expectWellFormed = (result: ReturnType<typeof parseDataset>) => {
  if (result.ok) {
    expect(result.dataset.sources.length).toBeGreaterThan(0);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path).not.toBe('');
      expect(describeProblem(problem, 'en').length).toBeGreaterThan(0);
      expect(describeProblem(problem, 'es').length).toBeGreaterThan(0);
    }
  }
};

describe('the validator never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(parseDataset(value))),
      { numRuns: 300 },
    );
  });

  it('on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => expectWellFormed(parseDatasetText(text))));
  });

  it('on a valid dataset broken at any one place, and it says where', () => {
    const valid = loadFixture('mini-dataset.json') as unknown as Json;
    const all = positions(valid);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.jsonValue(), (path, replacement) => {
        const broken = replaceAt(valid, path, replacement as Json);
        expectWellFormed(parseDataset(broken));
      }),
      { numRuns: 400 },
    );
  });
});
