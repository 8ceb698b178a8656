import { useCallback, useState } from 'react';

/** Containers narrower than this are phones: category axes get narrower and their labels shorter. */
const NARROW = 480;

/**
 * The chart container's measured width, fed by ResponsiveContainer's `onResize`, and whether it is phone-narrow.
 * Until measured (and in jsdom, which cannot measure) the width is 0 and the chart lays out for a wide screen.
 */
export function useChartWidth(): { width: number; narrow: boolean; onResize: (width: number) => void } {
  const [width, setWidth] = useState(0);
  const onResize = useCallback((next: number) => setWidth(Math.round(next)), []);
  return { width, narrow: width > 0 && width < NARROW, onResize };
}
