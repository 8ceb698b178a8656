import { wrapLabel } from '../chart-rows/wrap-label';
import {
  layoutChartLegend,
  LEGEND_FONT_SIZE,
  LEGEND_LINE_HEIGHT,
  LEGEND_MARK_SIZE,
  type ChartLegendContent,
} from './layout-chart-legend';
import { stripXmlForbidden } from './strip-xml-forbidden';

export interface ChartSvgParts {
  /** The chart's own `<svg>` element, serialised, with its colours already resolved (no CSS variables). */
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  takeaway: string | null;
  /** The source line, e.g. "Sources: White House (official), SRE (official)". */
  caption: string;
  /** The chart's legend (its keys and notes, as the page shows them), drawn under the chart. */
  legend?: ChartLegendContent;
  /** Lines under the caption: the filters the view was narrowed by, the date of the download. */
  context?: readonly string[];
  /** The link to the view, printed under the caption so a picture leads back to its data. */
  link: string;
  colors: { background: string; text: string; muted: string };
  fontFamily: string;
}

export interface ComposedSvg {
  markup: string;
  width: number;
  height: number;
}

const PADDING = 24;
const MIN_WIDTH = 480;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface TextBlock {
  text: string;
  size: number;
  weight: number;
  color: string;
}

/**
 * One standalone SVG of a chart as it should travel (after OWID's grapher): title and takeaway above, the chart, its
 * legend (every colour and mark named), and the source line, filters, date and link below, so a pasted image still
 * says what it shows, of which data and where the data comes from.
 * Text is wrapped by an estimate of glyph width, as an SVG image cannot measure text before it is drawn.
 */
export function composeChartSvg(parts: ChartSvgParts): ComposedSvg {
  const width = Math.max(MIN_WIDTH, Math.ceil(parts.chartWidth) + 2 * PADDING);
  const lineHeight = (size: number) => Math.round(size * 1.4);
  const wrap = (block: TextBlock) =>
    wrapLabel(block.text, Math.max(20, Math.floor((width - 2 * PADDING) / (block.size * 0.56))), 8);

  let y = PADDING;
  // In drawing order, so that the file reads top to bottom: header, chart, footer.
  const body: string[] = [];
  const place = (block: TextBlock) => {
    for (const text of wrap(block)) {
      y += lineHeight(block.size);
      body.push(
        `<text x="${PADDING}" y="${y - Math.round(block.size * 0.35)}" font-size="${block.size}" font-weight="${block.weight}" fill="${escapeXml(block.color)}">${escapeXml(text)}</text>`,
      );
    }
  };

  place({ text: parts.title, size: 20, weight: 700, color: parts.colors.text });
  if (parts.takeaway !== null) place({ text: parts.takeaway, size: 15, weight: 400, color: parts.colors.text });
  y += 12;
  body.push(`<g transform="translate(${PADDING} ${y})">${parts.chartMarkup}</g>`);
  y += Math.ceil(parts.chartHeight) + 12;
  if (parts.legend !== undefined) {
    const legend = layoutChartLegend(parts.legend, width - 2 * PADDING);
    const top = y;
    const scale = LEGEND_MARK_SIZE / 16;
    for (const { entry, x, y: entryY, lines } of legend.entries) {
      const color = escapeXml(entry.color);
      const outline = entry.outlined
        ? `fill-opacity="0.2" stroke-width="1.5" stroke-dasharray="3 2"`
        : `stroke-width="1"`;
      const centreX = PADDING + x + LEGEND_MARK_SIZE / 2;
      const centreY = top + entryY + LEGEND_LINE_HEIGHT / 2;
      body.push(
        `<path transform="translate(${centreX} ${centreY}) scale(${scale})" d="${escapeXml(entry.path)}" fill="${color}" stroke="${color}" ${outline}/>`,
      );
      lines.forEach((line, index) => {
        const baseline = top + entryY + index * LEGEND_LINE_HEIGHT + LEGEND_FONT_SIZE;
        body.push(
          `<text x="${PADDING + x + LEGEND_MARK_SIZE + 6}" y="${baseline}" font-size="${LEGEND_FONT_SIZE}" fill="${escapeXml(parts.colors.text)}">${escapeXml(line)}</text>`,
        );
      });
    }
    for (const note of legend.notes) {
      note.lines.forEach((line, index) => {
        const baseline = top + note.y + index * LEGEND_LINE_HEIGHT + LEGEND_FONT_SIZE;
        body.push(
          `<text x="${PADDING}" y="${baseline}" font-size="${LEGEND_FONT_SIZE}" fill="${escapeXml(parts.colors.muted)}">${escapeXml(line)}</text>`,
        );
      });
    }
    y += legend.height + (legend.height > 0 ? 12 : 0);
  }
  if (parts.caption !== '') place({ text: parts.caption, size: 12, weight: 400, color: parts.colors.muted });
  for (const line of parts.context ?? []) place({ text: line, size: 12, weight: 400, color: parts.colors.muted });
  place({ text: parts.link, size: 12, weight: 400, color: parts.colors.muted });
  const height = y + PADDING;

  // Dataset text can hold characters XML forbids, in the chart's own labels too: one of them would leave the file
  // unreadable. None of them can stand anywhere in a well-formed document, so the whole markup goes without them.
  const markup = stripXmlForbidden(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(parts.fontFamily)}">`,
      `<title>${escapeXml(parts.title)}</title>`,
      `<rect width="100%" height="100%" fill="${escapeXml(parts.colors.background)}"/>`,
      ...body,
      '</svg>',
    ].join('\n'),
  );
  return { markup, width, height };
}
