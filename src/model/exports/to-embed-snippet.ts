import { escapeXml } from './compose-chart-svg';

export interface EmbedSnippetInput {
  /** The embed page's absolute address, filters, language and theme included. */
  src: string;
  /** The frame's accessible name: the chart's title. */
  title: string;
  height: number;
}

/**
 * The HTML a reader pastes into a page to embed a chart (after Our World in Data's and Datawrapper's): a full-width
 * `<iframe>`, titled for screen readers, loaded lazily, without a border.
 */
export function toEmbedSnippet({ src, title, height }: EmbedSnippetInput): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`;
}

/** The embed page's query: the view's filter parameters, then the language and the theme. */
export function toEmbedQuery(filterQuery: string, lang: string, theme: string | null): string {
  const params = new URLSearchParams(filterQuery);
  params.set('lang', lang);
  if (theme !== null) params.set('theme', theme);
  return params.toString();
}
