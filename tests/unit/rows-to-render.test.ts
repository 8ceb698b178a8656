import { describe, expect, it } from 'vitest';
import { rowsToRender } from '../../src/components/use-window-rows';

/** The virtualiser's items: visible rows plus overscan, as it hands them over. */
const items = (...indexes: number[]) => indexes.map((index) => ({ index }));
const indexes = (rows: readonly { index: number }[]) => rows.map((r) => r.index);

describe('rowsToRender', () => {
  const view = { viewTop: 1000, viewBottom: 1900 };

  it('keeps every row the virtualiser gives for a list on screen, even one barely in view', () => {
    expect(indexes(rowsToRender(items(0, 1, 2, 3, 4, 5, 6), 40, null, { top: 1200, bottom: 4000, ...view }))).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect(indexes(rowsToRender(items(0, 1, 2), 40, null, { top: 1890, bottom: 4000, ...view }))).toEqual([0, 1, 2]);
    expect(indexes(rowsToRender(items(37, 38, 39), 40, null, { top: 0, bottom: 1010, ...view }))).toEqual([37, 38, 39]);
  });

  it('renders only the first row of a list below the screen, so Tab still reaches it', () => {
    expect(indexes(rowsToRender(items(0, 1, 2, 3, 4, 5, 6), 40, null, { top: 1900, bottom: 5000, ...view }))).toEqual([
      0,
    ]);
  });

  it('renders only the last row of a list above the screen, so Shift+Tab still reaches it', () => {
    expect(
      indexes(rowsToRender(items(33, 34, 35, 36, 37, 38, 39), 40, null, { top: 0, bottom: 1000, ...view })),
    ).toEqual([39]);
  });

  it('keeps the focused row of a list off screen', () => {
    expect(indexes(rowsToRender(items(0, 1, 2, 3, 4, 5, 6, 20), 40, 20, { top: 3000, bottom: 6000, ...view }))).toEqual(
      [0, 20],
    );
  });

  it('changes nothing where the screen is not known (no layout, as in jsdom)', () => {
    expect(
      indexes(rowsToRender(items(0, 1, 2), 40, null, { top: 3000, bottom: 6000, viewTop: 0, viewBottom: 0 })),
    ).toEqual([0, 1, 2]);
  });
});
