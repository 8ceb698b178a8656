import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../src/model/chart-rows/place-tooltip';

const box = { width: 200, height: 60 };
const area = { width: 800, height: 240 };

describe('placeTooltip', () => {
  it('puts the box after the point, centred on it, when it fits the width', () => {
    expect(placeTooltip({ x: 100, y: 50 }, box, area)).toEqual({ left: 114, top: 20 });
  });

  it('puts it before the point when it would run past the right edge', () => {
    expect(placeTooltip({ x: 700, y: 50 }, box, area)).toEqual({ left: 486, top: 20 });
  });

  it('spans the width below the point when neither side fits (a phone), and above it low in the drawing', () => {
    const phone = { width: 300, height: 240 };
    expect(placeTooltip({ x: 150, y: 50 }, box, phone)).toEqual({ left: 50, top: 64 });
    expect(placeTooltip({ x: 200, y: 200 }, box, phone)).toEqual({ left: 100, top: 126 });
    expect(placeTooltip({ x: 10, y: 50 }, { width: 280, height: 60 }, phone)).toEqual({ left: 0, top: 64 });
  });

  it("stays within the drawing's height beside a point near its top or bottom edge", () => {
    expect(placeTooltip({ x: 100, y: 10 }, box, area)).toEqual({ left: 114, top: 0 });
    expect(placeTooltip({ x: 100, y: 230 }, box, area)).toEqual({ left: 114, top: 180 });
    // Taller than the drawing: from its top.
    expect(placeTooltip({ x: 100, y: 100 }, { width: 200, height: 300 }, area)).toEqual({ left: 114, top: 0 });
  });

  it('goes after the point while the drawing is unmeasured', () => {
    expect(placeTooltip({ x: 700, y: 50 }, box, { width: 0, height: 0 })).toEqual({ left: 714, top: 20 });
  });
});
