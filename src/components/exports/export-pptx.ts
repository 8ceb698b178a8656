import type PptxGenJS from 'pptxgenjs';
import { toXmlSafeDeckInput, type PptxDeckInput } from '../../model/exports/to-pptx-deck-input';
import { downloadBlob } from './download-blob';

/** Rows per continued slide: what stays legible at 12 pt on a 16:9 slide. */
const INITIATIVE_ROWS_PER_SLIDE = 10;
const SOURCE_LINES_PER_SLIDE = 12;

const FONT = 'Arial';
const INK = '1F2933';
const MUTED = '52606D';
const ACCENT = '1D4E89';

function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length === 0 ? [[]] : out;
}

const pageTitle = (deck: PptxDeckInput, title: string, page: number, count: number) =>
  count === 1
    ? title
    : deck.pageTitle.replace('{title}', title).replace('{page}', String(page)).replace('{pages}', String(count));

function addContentSlide(pptx: PptxGenJS, deck: PptxDeckInput, title: string): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.addText(title, { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontFace: FONT, fontSize: 28, bold: true, color: INK });
  slide.addText(deck.footnote, { x: 0.5, y: 6.85, w: 12.3, h: 0.4, fontFace: FONT, fontSize: 10, color: MUTED });
  return slide;
}

const cell = (text: string, bold = false): PptxGenJS.TableCell => ({ text, options: { bold, fontFace: FONT, color: INK } });

function addTitleSlide(pptx: PptxGenJS, deck: PptxDeckInput) {
  const slide = pptx.addSlide();
  slide.addText(deck.title, { x: 0.8, y: 2.2, w: 11.7, h: 1.4, fontFace: FONT, fontSize: 40, bold: true, color: ACCENT });
  slide.addText(deck.subtitle, { x: 0.8, y: 3.7, w: 11.7, h: 1, fontFace: FONT, fontSize: 18, color: INK });
  slide.addText(deck.footnote, { x: 0.8, y: 6.85, w: 11.7, h: 0.4, fontFace: FONT, fontSize: 10, color: MUTED });
}

function addFiguresSlide(pptx: PptxGenJS, deck: PptxDeckInput) {
  const { title, headers, rows } = deck.figures;
  const slide = addContentSlide(pptx, deck, title);
  slide.addTable(
    [[cell(headers[0], true), cell(headers[1], true)], ...rows.map((r) => [cell(r.label), cell(String(r.value))])],
    { x: 0.5, y: 1.3, w: 8, colW: [6, 2], fontSize: 16, border: { type: 'solid', pt: 0.5, color: 'BFC7D0' } },
  );
}

/** A native chart, so that the numbers stay editable in PowerPoint. */
function addChartSlide(pptx: PptxGenJS, deck: PptxDeckInput) {
  const { title, seriesName, labels, values, emptyText } = deck.chart;
  const slide = addContentSlide(pptx, deck, title);
  if (labels.length === 0) {
    slide.addText(emptyText, { x: 0.5, y: 1.5, w: 12.3, h: 1, fontFace: FONT, fontSize: 18, color: INK });
    return;
  }
  // Horizontal bars are drawn bottom-up; reversed, the first pillar reads first, at the top.
  slide.addChart(pptx.ChartType.bar, [{ name: seriesName, labels: [...labels].reverse(), values: [...values].reverse() }], {
    x: 0.5,
    y: 1.2,
    w: 12.3,
    h: 5.5,
    barDir: 'bar',
    chartColors: [ACCENT],
    catAxisLabelFontSize: 12,
    valAxisLabelFontSize: 12,
    showValue: true,
  });
}

function addInitiativesSlides(pptx: PptxGenJS, deck: PptxDeckInput) {
  const { title, headers, rows, emptyText } = deck.initiatives;
  const chunks = pages(rows, INITIATIVE_ROWS_PER_SLIDE);
  chunks.forEach((chunk, index) => {
    const slide = addContentSlide(pptx, deck, pageTitle(deck, title, index + 1, chunks.length));
    if (chunk.length === 0) {
      slide.addText(emptyText, { x: 0.5, y: 1.5, w: 12.3, h: 1, fontFace: FONT, fontSize: 18, color: INK });
      return;
    }
    slide.addTable([headers.map((h) => cell(h, true)), ...chunk.map((row) => row.map((text) => cell(text)))], {
      x: 0.5,
      y: 1.2,
      w: 12.3,
      colW: [5.3, 3.8, 1.4, 1.8],
      fontSize: 12,
      border: { type: 'solid', pt: 0.5, color: 'BFC7D0' },
    });
  });
}

function addSourcesSlides(pptx: PptxGenJS, deck: PptxDeckInput) {
  const chunks = pages(deck.sources.lines, SOURCE_LINES_PER_SLIDE);
  chunks.forEach((chunk, index) => {
    const slide = addContentSlide(pptx, deck, pageTitle(deck, deck.sources.title, index + 1, chunks.length));
    slide.addText(
      chunk.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
      { x: 0.5, y: 1.2, w: 12.3, h: 5.5, fontFace: FONT, fontSize: 11, color: INK, valign: 'top' },
    );
  });
}

/**
 * Builds the presentation; pptxgenjs (~400 KB) is imported here, on demand, so that it lands in its own chunk and
 * never on the first screen.
 */
export async function createPptxPresentation(input: PptxDeckInput): Promise<PptxGenJS> {
  const deck = toXmlSafeDeckInput(input);
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  addTitleSlide(pptx, deck);
  addFiguresSlide(pptx, deck);
  addChartSlide(pptx, deck);
  addInitiativesSlides(pptx, deck);
  addSourcesSlides(pptx, deck);
  return pptx;
}

/** Builds the deck and downloads it as `deck.fileName`; rejects with the reason when it cannot. */
export async function exportDeckToPptx(deck: PptxDeckInput): Promise<void> {
  const pptx = await createPptxPresentation(deck);
  const output = await pptx.write({ outputType: 'blob' });
  if (!(output instanceof Blob)) throw new Error('pptxgenjs did not return a file.');
  downloadBlob(output, deck.fileName);
}
