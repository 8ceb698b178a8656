import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetText } from '../../src/data/parse-dataset';
import { describeProblem } from '../../src/data/describe-problem';
import { loadFixture } from '../fixtures/load-fixture';

type Json = Record<string, unknown> & { [key: string]: unknown };
const at = (value: unknown, ...keys: (string | number)[]): Json =>
  keys.reduce<unknown>((v, k) => (v as Json)[k], value) as Json;

function problemsOf(input: unknown): string[] {
  const result = parseDataset(input);
  if (result.ok) return [];
  return result.problems.map((p) => `${p.path}: ${describeProblem(p)}`);
}

describe('parseDataset', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const result = parseDataset(loadFixture('mini-dataset.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.sectors[0]?.pillarLinks.map((l) => l.pillar)).toEqual(['P1', 'P3']);
  });

  it('reports a wrong type with its path and what it found', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'meetings', 0).sequence = 'first';
    expect(problemsOf(data)).toEqual(['meetings[0].sequence: expected number, found string']);
  });

  it('reports a missing field', () => {
    const data = loadFixture('mini-dataset.json');
    delete at(data, 'people', 0).name;
    expect(problemsOf(data)).toEqual(['people[0].name: this field is missing (expected string)']);
  });

  it('requires at least one citation on fact-bearing records', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'initiatives', 0).citations = [];
    expect(problemsOf(data)).toEqual(['initiatives[0].citations: needs at least 1 item(s)']);
  });

  it('reports dangling references, e.g. an unknown pillar on an initiative', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'initiatives', 0, 'pillars', 0).pillar = 'P5';
    at(data, 'participations', 0).meeting = 'M9';
    at(data, 'sectors', 0, 'citations', 0).source = 'NOPE';
    expect(problemsOf(data)).toEqual([
      'sectors[0].citations[0].source: unknown source "NOPE"',
      'participations[0].meeting: unknown meeting "M9"',
      'initiatives[0].pillars[0].pillar: unknown pillar "P5"',
    ]);
  });

  it('reports duplicate ids within a collection', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'people', 0).id = 'mx-sre';
    const organizations = at(data, 'organizations') as unknown as Json[];
    organizations.push({ ...organizations[0] });
    // The same id in two different collections is fine; twice in one collection is not.
    expect(problemsOf(data)).toEqual([
      'organizations[1].id: duplicate id "mx-sre" (already used at organizations[0])',
      'participations[0].person: unknown person "alicia-barcena"',
    ]);
  });

  it('rejects non-http URLs such as javascript: and data:', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'sources', 0).url = 'javascript:alert(1)';
    expect(problemsOf(data)).toEqual([
      'sources[0].url: must be an http:// or https:// URL (found "javascript:alert(1)")',
    ]);
    at(data, 'sources', 0).url = 'data:text/html,<b>x</b>';
    expect(problemsOf(data)).toEqual([
      'sources[0].url: must be an http:// or https:// URL (found "data:text/html,<b>x</b>")',
    ]);
  });

  it('rejects malformed and impossible dates', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'meetings', 0).date = '2023/09/29';
    expect(problemsOf(data)).toEqual(['meetings[0].date: must be a date written YYYY-MM-DD (found "2023/09/29")']);
    at(data, 'meetings', 0).date = '2023-02-30';
    expect(problemsOf(data)).toEqual(['meetings[0].date: is not a real calendar date (found "2023-02-30")']);
    at(data, 'meetings', 0).date = '2023-09-29';
    at(data, 'initiatives', 0).date = '2023-13';
    expect(problemsOf(data)).toEqual(['initiatives[0].date: is not a real calendar date (found "2023-13")']);
  });

  it('accepts partial dates where a source gives only a month or a year', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'initiatives', 0).date = '2014';
    expect(problemsOf(data)).toEqual([]);
  });

  it('keeps quotes short: 15 words or more is refused', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'participations', 0, 'citations', 0).quote =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
    expect(problemsOf(data)).toEqual([
      'participations[0].citations[0].quote: quote must be under 15 words (found "one two three four five six seven eight nine ten eleven twelve thirteen fourt…")',
    ]);
  });

  it('requires reasoning for an inferred pillar link', () => {
    const data = loadFixture('mini-dataset.json');
    delete at(data, 'sectors', 0, 'pillarLinks', 1).reasoning;
    expect(problemsOf(data)).toEqual(['sectors[0].pillarLinks[1].reasoning: an inferred link needs its reasoning']);
  });

  it('names unknown fields, which usually are typos', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'people', 0).citatons = [];
    expect(problemsOf(data)).toEqual(['people[0]: unknown fields: citatons']);
  });

  it('lists allowed values for an enum', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'sources', 0).reliability = 'great';
    expect(problemsOf(data)).toEqual([
      'sources[0].reliability: value not allowed; use one of: "official", "news", "low"',
    ]);
  });

  it('rejects a country that is not one of the dialogue countries', () => {
    const data = loadFixture('mini-dataset.json');
    at(data, 'participations', 0).country = 'CA';
    expect(problemsOf(data)).toEqual(['participations[0].country: unknown country of this dialogue "CA"']);
  });

  it('rejects two meetings with the same number in a series', () => {
    const data = loadFixture('mini-dataset.json');
    const meetings = at(data, 'meetings') as unknown as Json[];
    meetings.push({ ...meetings[0], id: 'M2', date: '2014-01-01' });
    expect(problemsOf(data)).toEqual([
      'meetings[1].sequence: sequence 1 is already used by meeting "M1" in series "first"',
    ]);
  });

  it('reports non-objects at the root without throwing', () => {
    for (const input of [null, 42, 'text', [], undefined]) {
      const result = parseDataset(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('parseDatasetText', () => {
  it('says when the text is not JSON', () => {
    const result = parseDatasetText('{ "format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.code).toBe('not-json');
  });

  it('says when the file is empty', () => {
    const result = parseDatasetText('   ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => describeProblem(p))).toEqual([
        'the file is not valid JSON (the file is empty)',
      ]);
    }
  });

  it('describes problems in Spanish too', () => {
    const result = parseDatasetText('{}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const dialogue = result.problems.filter((p) => p.path === 'dialogue');
      expect(dialogue.map((p) => describeProblem(p, 'es'))).toEqual(['falta este campo (se esperaba object)']);
    }
  });
});
