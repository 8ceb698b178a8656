import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  parseDataset,
  parseDatasetInSlices,
  parseDatasetText,
  parseDatasetTextInSlices,
  type ParseDatasetResult,
} from '../../src/data/parse-dataset';
import { loadFixture } from '../fixtures/load-fixture';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const noPause = () => Promise.resolve();

/** Same verdict, same dataset, same problems (the sliced check may list them in another order). */
function expectSameResult(sliced: ParseDatasetResult, whole: ParseDatasetResult) {
  expect(sliced.ok).toBe(whole.ok);
  if (sliced.ok && whole.ok) expect(sliced.dataset).toEqual(whole.dataset);
  if (!sliced.ok && !whole.ok) {
    const key = (p: { path: string; code: string }) => `${p.path} ${p.code}`;
    expect([...sliced.problems].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...whole.problems].sort((a, b) => key(a).localeCompare(key(b))),
    );
  }
}

function positions(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => positions(v, [...path, i]))
    : Object.entries(value).flatMap(([k, v]) => positions(v, [...path, k]));
  return [path, ...children];
}

function replaceAt(root: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key] as Json;
  (node as Record<string | number, Json>)[path[path.length - 1] as string | number] = replacement;
  return copy;
}

describe('validating in slices gives the same result as validating at once', () => {
  it('on the shipped HLED dataset (valid), yielding to the browser along the way', async () => {
    const text = readFileSync('public/data/hled.json', 'utf8');
    let pauses = 0;
    const sliced = await parseDatasetTextInSlices(text, async () => {
      pauses += 1;
    });
    expectSameResult(sliced, parseDatasetText(text));
    expect(sliced.ok).toBe(true);
    expect(pauses).toBeGreaterThan(0);
  });

  it('on empty and malformed text', async () => {
    for (const text of ['', '   ', '{', 'null', '[]', '{"format":"hled-dialogue"}']) {
      expectSameResult(await parseDatasetTextInSlices(text, noPause), parseDatasetText(text));
    }
  });

  it('on every hostile fixture', async () => {
    for (const name of [
      'hostile/dangerous-urls.json',
      'hostile/markup-in-text.json',
      'hostile/prototype-pollution.json',
    ]) {
      const text = readFileSync(`tests/fixtures/${name}`, 'utf8');
      expectSameResult(await parseDatasetTextInSlices(text, noPause), parseDatasetText(text));
    }
  });

  it('on a valid dataset broken at any one place', async () => {
    const valid = loadFixture('mini-dataset.json') as unknown as Json;
    const all = positions(valid);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), fc.jsonValue(), async (path, replacement) => {
        const broken = replaceAt(valid, path, replacement as Json);
        expectSameResult(await parseDatasetInSlices(broken, noPause), parseDataset(broken));
      }),
      { numRuns: 400 },
    );
  });

  it('on a dataset with a broken reference (integrity, after the schema)', async () => {
    const valid = loadFixture('mini-dataset.json') as unknown as { participations: { person: string }[] };
    const broken = JSON.parse(JSON.stringify(valid)) as typeof valid;
    if (broken.participations[0]) broken.participations[0].person = 'nobody-at-all';
    const whole = parseDataset(broken);
    expect(whole.ok).toBe(false);
    expectSameResult(await parseDatasetInSlices(broken, noPause), whole);
  });
});
