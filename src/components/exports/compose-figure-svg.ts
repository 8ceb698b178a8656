import { composeChartSvg, type ComposedSvg } from '../../model/exports/compose-chart-svg';
import { cloneChartSvg } from './clone-chart-svg';
import { readChartLegend } from './read-chart-legend';

export interface FigureWords {
  title: string;
  takeaway: string | null;
  /** The source line (and the data's edition). */
  caption: string;
  /** The filters and the date, a line each. */
  context: readonly string[];
  link: string;
}

const transparent = (c: string) => c === '' || c === 'transparent' || c === 'rgba(0, 0, 0, 0)';

/**
 * A chart frame's picture as one SVG: the drawing in `chart` (the frame's own, or its drawing at the downloads'
 * width), the frame's legend as the page shows it, its words, in the frame's colours and font. Null when there is
 * no drawing to read.
 */
export function composeFigureSvg(figure: HTMLElement, chart: Element | null, words: FigureWords): ComposedSvg | null {
  const drawing = chart ? cloneChartSvg(chart) : null;
  if (drawing === null) return null;
  const style = window.getComputedStyle(figure);
  const page = window.getComputedStyle(document.body);
  const captionElement = figure.querySelector('.chart-frame__sources');
  const muted = captionElement === null ? style.color : window.getComputedStyle(captionElement).color;
  return composeChartSvg({
    chartMarkup: drawing.markup,
    chartWidth: drawing.width,
    chartHeight: drawing.height,
    ...words,
    legend: readChartLegend(figure),
    colors: {
      background: transparent(style.backgroundColor)
        ? transparent(page.backgroundColor)
          ? '#ffffff'
          : page.backgroundColor
        : style.backgroundColor,
      text: style.color || '#1f2933',
      muted: muted || '#52606d',
    },
    fontFamily: style.fontFamily || 'sans-serif',
  });
}
