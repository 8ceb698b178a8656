import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import { describeProblem } from '../../src/data/describe-problem';
import type { Dataset } from '../../src/data/dataset-schema';
import { generateSyntheticDataset, HLED_BASE_COUNTS } from '../../scripts/synthetic/generate-synthetic-dataset';

const hled = JSON.parse(readFileSync('public/data/hled.json', 'utf8')) as Dataset;

function countsOf(d: Dataset) {
  return {
    series: d.series.length,
    meetings: d.meetings.length,
    pillars: d.pillars.length,
    sectors: d.sectors.length,
    organizations: d.organizations.length,
    people: d.people.length,
    participations: d.participations.length,
    initiatives: d.initiatives.length,
    indicators: d.indicators.length,
    sources: d.sources.length,
    disputes: d.disputes.length,
    notes: d.notes.length,
  };
}

/** The problems the app itself would report when opening the file, in words. */
function problemsOf(d: Dataset): string[] {
  const result = parseDataset(JSON.parse(JSON.stringify(d)));
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${describeProblem(p)}`);
}

const oneX = generateSyntheticDataset({ scale: 1 });
const tenX = generateSyntheticDataset({ scale: 10 });

describe('generateSyntheticDataset', () => {
  // Edition 2026.12.1 of hled.json added sources, notes, a dispute and an organization (docs/DATA-CHANGELOG.md).
  // The generator keeps the earlier reference sizes so that benchmark results stay comparable across editions;
  // everything the views list in bulk (meetings, people, participations, initiatives…) is still the file's size.
  it('scales from the collection sizes of hled.json (reference collections as of the benchmarks’ baseline)', () => {
    const reference = { organizations: 32, sources: 98, disputes: 13, notes: 28 };
    expect(HLED_BASE_COUNTS).toEqual({ ...countsOf(hled), ...reference });
    for (const [name, count] of Object.entries(reference)) {
      expect(countsOf(hled)[name as keyof typeof reference]).toBeGreaterThanOrEqual(count);
    }
  });

  it('gives byte-identical JSON for the same scale and seed, and a different dataset for another seed', () => {
    expect(JSON.stringify(generateSyntheticDataset({ scale: 1 }))).toBe(JSON.stringify(oneX));
    expect(JSON.stringify(generateSyntheticDataset({ scale: 1, seed: 1 }))).toBe(JSON.stringify(oneX));
    const other = generateSyntheticDataset({ scale: 1, seed: 2 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(oneX));
    expect(countsOf(other)).toEqual(countsOf(oneX));
  });

  it('at 1× passes the app’s schema and integrity checks with the sizes of hled.json', () => {
    expect(problemsOf(oneX)).toEqual([]);
    expect(countsOf(oneX)).toEqual({
      series: 2,
      meetings: 13,
      pillars: 13,
      sectors: 11,
      organizations: 32,
      people: 47,
      participations: 87,
      initiatives: 41,
      indicators: 36,
      sources: 98,
      disputes: 13,
      notes: 28,
    });
  });

  it('at 10× passes the checks, activity ×10 and the taxonomy ×√10 rounded up', () => {
    expect(problemsOf(tenX)).toEqual([]);
    expect(countsOf(tenX)).toEqual({
      series: 7, // ⌈2 × 3.162⌉
      meetings: 130,
      pillars: 42, // ⌈13 × 3.162⌉
      sectors: 35, // ⌈11 × 3.162⌉
      organizations: 102, // ⌈32 × 3.162⌉
      people: 470,
      participations: 870,
      initiatives: 410,
      indicators: 360,
      sources: 980,
      disputes: 130,
      notes: 280,
    });
  });

  it('at 4× doubles the taxonomy and quadruples the rest', () => {
    const fourX = generateSyntheticDataset({ scale: 4 });
    expect(problemsOf(fourX)).toEqual([]);
    expect(countsOf(fourX)).toEqual({
      series: 4,
      meetings: 52,
      pillars: 26,
      sectors: 22,
      organizations: 64,
      people: 188,
      participations: 348,
      initiatives: 164,
      indicators: 144,
      sources: 392,
      disputes: 52,
      notes: 112,
    });
  });

  it('refuses a scale below 1 and a seed that is not an integer', () => {
    expect(() => generateSyntheticDataset({ scale: 0.5 })).toThrow(RangeError);
    expect(() => generateSyntheticDataset({ scale: Number.NaN })).toThrow(RangeError);
    expect(() => generateSyntheticDataset({ scale: 1, seed: 1.5 })).toThrow(RangeError);
  });
});

describe('a synthetic dataset is unmistakably fictional', () => {
  const texts = [JSON.stringify(oneX), JSON.stringify(tenX)];

  it('names no real person or web address from hled.json anywhere in its text', () => {
    const real = [...hled.people.map((p) => p.name), ...hled.sources.map((s) => new URL(s.url).hostname)];
    for (const text of texts) {
      expect(real.filter((name) => text.includes(name))).toEqual([]);
    }
  });

  it('has no organization, publisher or country named like a real one', () => {
    // Compared whole: "Synthetic Ministry of Economy 003" may contain a generic real name such as "Ministry of Economy".
    const real = new Set([
      ...hled.organizations.flatMap((o) => [o.name.en, o.name.es ?? o.name.en]),
      ...hled.sources.map((s) => s.publisher),
      ...hled.dialogue.countries.flatMap((c) => [c.name.en, c.name.es ?? c.name.en]),
    ]);
    for (const d of [oneX, tenX]) {
      const names = [
        ...d.organizations.flatMap((o) => [o.name.en, o.name.es ?? o.name.en]),
        ...d.sources.map((s) => s.publisher),
        ...d.dialogue.countries.flatMap((c) => [c.name.en, c.name.es ?? c.name.en]),
      ];
      expect(names.filter((name) => real.has(name))).toEqual([]);
    }
  });

  it('uses private-use country codes, synthetic people and example.org sources only', () => {
    for (const d of [oneX, tenX]) {
      expect(d.dialogue.countries.map((c) => c.code)).toEqual(['XA', 'XB']);
      expect(d.people.every((p) => /^Synthetic Person \d{4}$/.test(p.name))).toBe(true);
      expect(d.sources.every((s) => s.url.startsWith('https://example.org/synthetic/'))).toBe(true);
    }
    expect(oneX.dialogue.name.en).toBe('Synthetic benchmark dialogue (fictional data, scale 1×)');
    expect(tenX.dialogue.name.en).toBe('Synthetic benchmark dialogue (fictional data, scale 10×)');
  });
});

describe('a synthetic dataset is shaped like the real one', () => {
  const d = tenX;

  it('cites every source at least once', () => {
    const cited = new Set(JSON.stringify(d).match(/"source":"[^"]+"/g));
    expect(cited.size).toBe(d.sources.length);
  });

  it('has chairs and members from both countries', () => {
    const roles = new Set(d.participations.map((p) => `${p.role} ${p.country}`));
    expect([...roles].sort()).toEqual(['chair XA', 'chair XB', 'member XA', 'member XB']);
  });

  it('leaves some optional fields out, as real sources do', () => {
    const names = d.initiatives.map((i) => i.name);
    expect(names.some((n) => n.es === undefined)).toBe(true);
    expect(names.some((n) => n.es !== undefined)).toBe(true);
    expect(d.initiatives.some((i) => i.date === null)).toBe(true);
    expect(d.initiatives.some((i) => i.date?.length === 4)).toBe(true);
    expect(d.initiatives.some((i) => i.date?.length === 7)).toBe(true);
    expect(d.sources.some((s) => s.published === null)).toBe(true);
    expect(d.meetings.some((m) => m.virtual === null)).toBe(true);
    expect(d.meetings.some((m) => m.sequence === null)).toBe(true);
  });

  it('links some initiatives to several pillars, sectors and meetings', () => {
    expect(d.initiatives.some((i) => i.pillars.length >= 2)).toBe(true);
    expect(d.initiatives.some((i) => i.sectors.length >= 2)).toBe(true);
    expect(d.initiatives.some((i) => i.meetings.length >= 2)).toBe(true);
    expect(d.initiatives.some((i) => i.pillars.some((p) => p.basis === 'inferred'))).toBe(true);
  });
});
