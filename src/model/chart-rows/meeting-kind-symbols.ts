import type { MeetingKind } from '../../data/dataset-schema';

/** The marker shapes the timeline uses: recharts' `Symbols` types of the same names. */
type MarkerSymbol = 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle';

/** Each meeting kind's marker: shape first (never colour alone), colour from the `--kind-*` variables in charts.css. */
export const meetingKindSymbols: Readonly<Record<MeetingKind, { symbol: MarkerSymbol; color: string }>> = {
  establishment: { symbol: 'star', color: 'var(--kind-establishment)' },
  'annual-ministerial': { symbol: 'circle', color: 'var(--kind-annual-ministerial)' },
  'mid-year-review': { symbol: 'diamond', color: 'var(--kind-mid-year-review)' },
  'work-plan': { symbol: 'square', color: 'var(--kind-work-plan)' },
  'follow-up': { symbol: 'triangle', color: 'var(--kind-follow-up)' },
};
