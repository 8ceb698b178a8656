import { describe, expect, it } from 'vitest';
import { truncateLabel } from '../../src/model/chart-rows/truncate-label';
import { wrapLabel } from '../../src/model/chart-rows/wrap-label';

describe('truncateLabel', () => {
  it('leaves a label that fits alone', () => {
    expect(truncateLabel('Semiconductors', 14)).toBe('Semiconductors');
  });

  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateLabel('Border trade and travel', 16)).toBe('Border trade…');
    expect(truncateLabel('Original HLED (2013–2016)', 14)).toBe('Original HLED…');
  });

  it('cuts inside a word when no boundary is near, and drops trailing punctuation', () => {
    expect(truncateLabel('Electromobility', 8)).toBe('Electro…');
    expect(truncateLabel('Sep 2013 · Mexico City', 12)).toBe('Sep 2013…');
  });
});

describe('wrapLabel', () => {
  it('fills lines word by word', () => {
    expect(wrapLabel('Agriculture and agri-value chains', 18)).toEqual(['Agriculture and', 'agri-value chains']);
  });

  it('cuts what does not fit in the last line', () => {
    expect(wrapLabel('Border trade and travel (logistics, customs, digitization)', 20)).toEqual([
      'Border trade and',
      'travel (logistics…',
    ]);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapLabel('Sep 2013\nMexico City', 20)).toEqual(['Sep 2013', 'Mexico City']);
    expect(wrapLabel('May 2013', 20)).toEqual(['May 2013']);
  });

  it('shortens a single long word', () => {
    expect(wrapLabel('Pharmaceuticals', 10)).toEqual(['Pharmaceu…']);
  });
});
