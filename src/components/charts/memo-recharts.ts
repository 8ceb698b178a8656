import { memo } from 'react';
import { CartesianGrid } from 'recharts';

/**
 * recharts' grid, which it does not memoise itself (its XAxis and YAxis are memoised already).
 *
 * A filter change renders a chart twice: first with the new props, while recharts' store still holds the old data
 * (every part re-renders and draws the old marks again), then once its effects have put the new data in the store
 * (the parts reading it re-render). A part whose props are unchanged has nothing to report in the first pass, and
 * its store subscription brings the second: memoised, it skips the first.
 */
export const MemoCartesianGrid = memo(CartesianGrid) as typeof CartesianGrid;
