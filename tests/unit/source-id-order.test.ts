import { describe, expect, it } from 'vitest';
import { sourceIdSorter } from '../../src/model/briefing/source-id-order';

describe('sourceIdSorter', () => {
  const sources = ['S10', 'S2', 'S1', 'X300', 'S100'].map((id) => ({ id }));

  it('gives each id once, in id order (S2 before S10), from any order and with repeats', () => {
    expect(sourceIdSorter(sources)(['S100', 'S2', 'S10', 'S2', 'X300', 'S1', 'S10'])).toEqual([
      'S1',
      'S2',
      'S10',
      'S100',
      'X300',
    ]);
    expect(sourceIdSorter(sources)(new Set(['S10']))).toEqual(['S10']);
    expect(sourceIdSorter(sources)([])).toEqual([]);
  });

  it('puts an id the dataset does not list after the others, in id order', () => {
    expect(sourceIdSorter(sources)(['Z9', 'S2', 'A1', 'Z9'])).toEqual(['S2', 'A1', 'Z9']);
  });

  it('sorts the ids once per dataset', () => {
    expect(sourceIdSorter(sources)).toBe(sourceIdSorter(sources));
    expect(sourceIdSorter([...sources])).not.toBe(sourceIdSorter(sources));
  });
});
