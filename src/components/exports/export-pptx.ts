import type PptxGenJS from 'pptxgenjs';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { stripXmlForbidden as x } from '../../model/exports/strip-xml-forbidden';

/*
 * The briefing deck (src/model/briefing) laid out by pptxgenjs: the same slides as the screen deck, in the same
 * order, with the same titles, tables, figures, notes and footers; charts are native (editable) charts. The deck's
 * stage is 1280×720 px; a wide PowerPoint slide is 13.33×7.5 in, so 96 px make an inch and 0.75 pt a pixel.
 */

export interface PptxDeckOptions {
  /** The document title (file properties). */
  title: string;
  /** "HLED Explorer", above the cover's title. */
  kicker: string;
  locale: string;
  /** Each pillar's colour as RRGGBB (pillarColorsHex): the pillar palette of the dashboard. */
  pillarColors: ReadonlyMap<string, string>;
  /** Called after each slide is laid out. */
  onProgress?: (done: number, total: number) => void;
}

const FONT = 'Arial';
const INK = '1F2933';
const MUTED = '52606D';
const BAND = '0E1A2E';
const ACCENT = '1D4E89';
const RULE = 'BFC7D0';
const HEAD_FILL = 'E9EDF2';
const NEUTRALS = ['1D4E89', '7B8794', 'A36B00', '2B8072'];
const NO_PILLAR = '8A939C';
const W = 13.333;
const MARGIN = 0.58;
const BODY_W = W - 2 * MARGIN;

function addBand(slide: PptxGenJS.Slide, pptx: PptxGenJS, title: string) {
  slide.addText(x(title), {
    x: 0,
    y: 0,
    w: W,
    h: 1.05,
    // pptxgenjs reads [left, right, bottom, top], in points.
    margin: [MARGIN * 72, MARGIN * 72, 0, 0],
    fill: { color: BAND },
    fontFace: 'Georgia',
    fontSize: 28,
    bold: true,
    color: 'FFFFFF',
    valign: 'middle',
    fit: 'shrink',
  });
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 1.05,
    w: W,
    h: 0.06,
    fill: { color: ACCENT },
    line: { color: ACCENT },
  });
}

function addFooter(slide: PptxGenJS.Slide, footer: string, number: number, total: number, onDark: boolean) {
  const color = onDark ? 'C9D6E8' : MUTED;
  slide.addText(x(footer), {
    x: MARGIN,
    y: 6.98,
    w: BODY_W - 1,
    h: 0.4,
    fontFace: FONT,
    fontSize: 10,
    color,
    valign: 'bottom',
    fit: 'shrink',
  });
  slide.addText(`${number} / ${total}`, {
    x: W - MARGIN - 1,
    y: 6.98,
    w: 1,
    h: 0.4,
    fontFace: FONT,
    fontSize: 10,
    color,
    align: 'right',
    valign: 'bottom',
  });
}

const cell = (text: string, header = false): PptxGenJS.TableCell => ({
  text: x(text),
  options: header ? { bold: true, fill: { color: HEAD_FILL }, color: INK } : { color: INK },
});

function addTitle(slide: PptxGenJS.Slide, s: Extract<BriefingSlide, { kind: 'title' }>, kicker: string) {
  slide.background = { color: BAND };
  slide.addText(x(s.title), {
    x: 0.83,
    y: 1.9,
    w: W - 1.66,
    h: 1.6,
    fontFace: 'Georgia',
    fontSize: 36,
    bold: true,
    color: 'FFFFFF',
    valign: 'bottom',
    fit: 'shrink',
  });
  slide.addText(x(kicker), {
    x: 0.83,
    y: 1.3,
    w: W - 1.66,
    h: 0.5,
    fontFace: FONT,
    fontSize: 14,
    bold: true,
    color: 'C9D6E8',
  });
  if (s.subtitle !== '') {
    slide.addText(x(s.subtitle), {
      x: 0.83,
      y: 3.6,
      w: W - 1.66,
      h: 0.8,
      fontFace: FONT,
      fontSize: 20,
      color: 'FFFFFF',
      valign: 'top',
      fit: 'shrink',
    });
  }
  slide.addText(x(s.scope), {
    x: 0.83,
    y: 4.5,
    w: W - 1.66,
    h: 0.8,
    fontFace: FONT,
    fontSize: 16,
    color: 'DDE4EE',
    valign: 'top',
    fit: 'shrink',
  });
  slide.addText(x(s.generated), {
    x: 0.83,
    y: 5.3,
    w: W - 1.66,
    h: 0.5,
    fontFace: FONT,
    fontSize: 14,
    color: 'C9D6E8',
  });
}

function addFigures(slide: PptxGenJS.Slide, s: Extract<BriefingSlide, { kind: 'figures' }>, locale: string) {
  const perRow = s.figures.length > 4 ? 3 : s.figures.length;
  const boxW = (BODY_W - (perRow - 1) * 0.3) / perRow;
  s.figures.forEach((f, i) => {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const bx = MARGIN + col * (boxW + 0.3);
    const by = 1.45 + row * 2.6;
    slide.addText(
      [
        {
          text: new Intl.NumberFormat(locale).format(f.value),
          options: { fontSize: 48, bold: true, color: ACCENT, breakLine: true },
        },
        { text: x(f.label), options: { fontSize: 18, color: INK } },
      ],
      {
        x: bx,
        y: by,
        w: boxW,
        h: 2.3,
        fontFace: FONT,
        valign: 'middle',
        align: 'left',
        line: { color: RULE, width: 1 },
        margin: 12,
      },
    );
  });
}

function addTable(slide: PptxGenJS.Slide, s: Extract<BriefingSlide, { kind: 'table' }>) {
  let y = 1.4;
  if (s.lead !== null) {
    slide.addText(x(s.lead), {
      x: MARGIN,
      y,
      w: BODY_W,
      h: 1.0,
      fontFace: FONT,
      fontSize: 16,
      color: INK,
      valign: 'top',
      fit: 'shrink',
    });
    y += 1.1;
  }
  if (s.rows.length === 0) return;
  const weight = s.columns.reduce((sum, c) => sum + c.weight, 0);
  slide.addTable([s.columns.map((c) => cell(c.header, true)), ...s.rows.map((row) => row.map((text) => cell(text)))], {
    x: MARGIN,
    y,
    w: BODY_W,
    colW: s.columns.map((c) => (BODY_W * c.weight) / weight),
    fontFace: FONT,
    // The screen's 21 px on the 1280 px stage.
    fontSize: 16,
    valign: 'top',
    border: { type: 'solid', pt: 0.75, color: RULE },
    margin: 0.06,
    autoPage: false,
  });
}

/** Steps of 1, 2, 5, 10…: whole numbers, at most about ten gridlines. */
function majorUnit(max: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]) if (max / step <= 10) return step;
  return 10 ** Math.ceil(Math.log10(max / 10));
}

function addChart(
  slide: PptxGenJS.Slide,
  pptx: PptxGenJS,
  s: Extract<BriefingSlide, { kind: 'chart' }>,
  colorsOf: ReadonlyMap<string, string>,
) {
  const { chart } = s;
  slide.addText(x(s.lead), {
    x: MARGIN,
    y: 1.3,
    w: BODY_W,
    h: 0.55,
    fontFace: FONT,
    fontSize: 14,
    color: MUTED,
    fit: 'shrink',
  });
  const horizontal = chart.view === 'sector-pillar';
  // Horizontal bars are drawn bottom-up; reversed, the first category reads first, at the top.
  const order = <T>(values: readonly T[]) => (horizontal ? [...values].reverse() : [...values]);
  const data = chart.series.map((series) => ({
    name: x(series.name),
    labels: order(chart.categories.map(x)),
    values: order(series.values),
  }));
  const colors = chart.series.map((series, i) =>
    series.pillarId === null
      ? chart.view === 'timeline'
        ? (NEUTRALS[i % NEUTRALS.length] ?? ACCENT)
        : NO_PILLAR
      : (colorsOf.get(series.pillarId) ?? ACCENT),
  );
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, series) => sum + (series.values[i] ?? 0), 0));
  slide.addChart(pptx.ChartType.bar, data, {
    x: MARGIN,
    y: 1.9,
    w: BODY_W,
    h: 4.95,
    barDir: horizontal ? 'bar' : 'col',
    barGrouping: chart.series.length > 1 ? 'stacked' : 'clustered',
    chartColors: colors,
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 12,
    legendFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 12,
    valAxisMinVal: 0,
    valAxisMajorUnit: majorUnit(Math.max(1, ...totals)),
    valAxisLabelFormatCode: '0',
    showValAxisTitle: true,
    valAxisTitle: x(chart.valueLabel),
    valAxisTitleFontSize: 12,
    valGridLine: { color: 'E3E7EC', size: 0.75 },
  });
}

function addSources(slide: PptxGenJS.Slide, s: Extract<BriefingSlide, { kind: 'sources' }>) {
  const half = Math.ceil(s.sources.length / 2);
  const columns = [s.sources.slice(0, half), s.sources.slice(half)];
  const colW = (BODY_W - 0.3) / 2;
  columns.forEach((items, c) => {
    if (items.length === 0) return;
    slide.addText(
      items.map((item) => ({
        text: x(`${item.id}  ${item.text} · ${item.date} · ${item.reliability}`),
        options: { breakLine: true, paraSpaceAfter: 3 },
      })),
      {
        x: MARGIN + c * (colW + 0.3),
        y: 1.35,
        w: colW,
        h: 5.55,
        fontFace: FONT,
        fontSize: 10.5,
        color: INK,
        valign: 'top',
        fit: 'shrink',
      },
    );
  });
}

/**
 * Builds the presentation; pptxgenjs (~400 KB) is imported here, on demand, so that it lands in its own chunk and
 * never on the first screen.
 */
export async function createPptxPresentation(
  slides: readonly BriefingSlide[],
  options: PptxDeckOptions,
): Promise<PptxGenJS> {
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = x(options.title);
  for (const [index, s] of slides.entries()) {
    const slide = pptx.addSlide();
    if (s.kind === 'title') addTitle(slide, s, options.kicker);
    else {
      addBand(slide, pptx, s.title);
      if (s.kind === 'figures') addFigures(slide, s, options.locale);
      else if (s.kind === 'table') addTable(slide, s);
      else if (s.kind === 'chart') addChart(slide, pptx, s, options.pillarColors);
      else addSources(slide, s);
    }
    addFooter(slide, s.footer, index + 1, slides.length, s.kind === 'title');
    slide.addNotes(x(s.notes));
    options.onProgress?.(index + 1, slides.length);
  }
  return pptx;
}

/** Lays the deck out and writes the file; in the worker (export-pptx.worker.ts), or here when there is none. */
export async function writePptx(slides: readonly BriefingSlide[], options: PptxDeckOptions): Promise<Blob> {
  const pptx = await createPptxPresentation(slides, options);
  const output = await pptx.write({ outputType: 'blob', compression: true });
  if (!(output instanceof Blob)) throw new Error('pptxgenjs did not return a file.');
  return output;
}
