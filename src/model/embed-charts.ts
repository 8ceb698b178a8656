/**
 * The charts that can be embedded, by the id of their embed address (`/embed/<id>`), with the app view that shows
 * the same chart (the embed's link back) and the height its `<iframe>` snippet asks for at the shipped data's size.
 */
export const EMBED_CHARTS = {
  'sectors-pillars': { view: '/sectors', height: 900 },
  'initiatives-by-year': { view: '/pillars', height: 760 },
  'meetings-timeline': { view: '/meetings', height: 720 },
  delegations: { view: '/delegations', height: 900 },
  indicator: { view: '/', height: 700 },
} as const;

export type EmbedChartId = keyof typeof EMBED_CHARTS;

export const EMBED_CHART_IDS = Object.keys(EMBED_CHARTS) as EmbedChartId[];

export function isEmbedChartId(value: string): value is EmbedChartId {
  return Object.hasOwn(EMBED_CHARTS, value);
}

/** The query parameter that sets an embed's theme (the app itself remembers the reader's choice instead). */
export const EMBED_THEME_PARAM = 'theme';
export type EmbedTheme = 'light' | 'dark';

export function parseEmbedTheme(value: string | null): EmbedTheme | null {
  return value === 'light' || value === 'dark' ? value : null;
}
