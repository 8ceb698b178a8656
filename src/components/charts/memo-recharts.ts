import { memo } from 'react';
import { CartesianGrid } from 'recharts';

/**
 * recharts' grid, which it does not memoise itself (its XAxis and YAxis are memoised already). A filter change
 * renders the chart again with new marks on the same axes: memoised, the grid (whose props stay the same) is not
 * worked out and drawn again.
 */
export const MemoCartesianGrid = memo(CartesianGrid) as typeof CartesianGrid;
