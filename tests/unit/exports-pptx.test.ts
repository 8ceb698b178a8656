// @vitest-environment node
import { inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { buildDeck } from '../../src/components/exports/export-briefing-deck';
import { createPptxPresentation } from '../../src/components/exports/export-pptx';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';

// tests/setup.ts resets browser state after each test; give it the two objects it touches in this Node
// environment (this file's afterEach runs first), and take them away again so that pptxgenjs sees plain Node.
afterEach(() => {
  vi.stubGlobal('localStorage', { clear: () => undefined });
  vi.stubGlobal('document', { documentElement: { removeAttribute: () => undefined, lang: 'en' } });
});
beforeEach(() => vi.unstubAllGlobals());

function hled(): Dataset {
  const result = parseDatasetText(readFileSync('public/data/hled.json', 'utf8'));
  if (!result.ok) throw new Error('hled.json is invalid');
  return result.dataset;
}

/** Reads a zip's central directory (PKWARE APPNOTE §4.3.12) into name → uncompressed text. */
function readZip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

async function writeDeck(dataset: Dataset, filters: Filters, locale: 'en' | 'es' = 'en') {
  const slides = buildDeck({
    filtered: applyFilters(dataset, filters),
    dataset,
    filters,
    locale,
    generated: '2026-12-02',
  });
  const pptx = await createPptxPresentation(slides, {
    title: 'T',
    kicker: 'HLED Explorer',
    locale,
    pillarColors: new Map([['P1', '0072B2']]),
  });
  const output = await pptx.write({ outputType: 'nodebuffer' });
  if (!(output instanceof Uint8Array)) throw new Error('expected a buffer');
  return { slides, files: readZip(Buffer.from(output)) };
}

const slideNumber = (name: string) => Number(/slide(\d+)\.xml$/.exec(name)?.[1]);
const slidesOf = (files: Map<string, string>) =>
  [...files.keys()]
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => slideNumber(a) - slideNumber(b));
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('PowerPoint export of the briefing deck', () => {
  it('has the screen deck’s slides in order: each slide’s first text is its title, its footer and notes are the deck’s', async () => {
    const { slides, files } = await writeDeck(hled(), { ...EMPTY_FILTERS, meeting: 'M2023' });
    const xml = slidesOf(files);
    expect(xml).toHaveLength(slides.length);
    xml.forEach((name, i) => {
      const slide = slides[i];
      const words = texts(files.get(name) ?? '').map(unescape);
      expect(words[0]).toBe(slide?.title);
      expect(words).toContain(slide?.footer);
    });
    const notes = [...files.keys()].filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes).toHaveLength(slides.length);
    expect(
      texts(files.get('ppt/notesSlides/notesSlide3.xml') ?? '')
        .map(unescape)
        .join(''),
    ).toContain(slides[2]?.notes);
  });

  it('sets tables as real tables and the sector chart as a native stacked bar chart with a legend and whole-number axis', async () => {
    const { files } = await writeDeck(hled(), { ...EMPTY_FILTERS, meeting: 'M2023' });
    expect(files.get('ppt/slides/slide3.xml')).toContain('<a:tbl>');
    const charts = [...files.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = files.get(charts[0] ?? '') ?? '';
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<c:legend>');
    expect(chart).toContain('<c:majorUnit val="1"/>');
    expect(chart).toContain('Building Back Together');
    // Building Back Together in its palette colour; the initiatives with no pillar in grey.
    expect(chart).toContain('<a:srgbClr val="0072B2"/>');
  });

  it('writes the Spanish deck in Spanish', async () => {
    const { files } = await writeDeck(hled(), { ...EMPTY_FILTERS, meeting: 'M2023' }, 'es');
    expect(texts(files.get('ppt/slides/slide3.xml') ?? '')[0]).toBe('Lo que se acordó (1/2)');
  });
});
