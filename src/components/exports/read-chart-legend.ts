import type { ChartLegendContent, ChartLegendEntry } from '../../model/exports/layout-chart-legend';

/**
 * The chart's legend as its page shows it (every list of keys, every note but what clicking does), with each
 * marker's colour resolved, for a downloaded picture to carry: the exports say what the page says.
 */
export function readChartLegend(figure: Element): ChartLegendContent {
  const groups: ChartLegendEntry[][] = [];
  const notes: string[] = [];
  for (const legend of figure.querySelectorAll('.chart-legend')) {
    const entries: ChartLegendEntry[] = [];
    for (const item of legend.querySelectorAll('.chart-legend__item')) {
      const mark = item.querySelector('.chart-legend__marker path');
      const label = item.querySelector(':scope > span')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
      if (mark === null || label === '') continue;
      const style = window.getComputedStyle(mark);
      const fill = style.getPropertyValue('fill') || mark.getAttribute('fill') || 'currentColor';
      const opacity = Number(mark.getAttribute('fill-opacity') ?? '1');
      entries.push({ label, color: fill, path: mark.getAttribute('d') ?? '', outlined: opacity < 1 });
    }
    if (entries.length > 0) groups.push(entries);
    for (const note of legend.querySelectorAll('.chart-legend__note:not(.chart-legend__note--action)')) {
      const text = note.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
      if (text !== '') notes.push(text);
    }
  }
  return { groups, notes };
}
