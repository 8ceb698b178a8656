// @vitest-environment node
import { inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { createPptxPresentation } from '../../src/components/exports/export-pptx';
import { EMPTY_FILTERS } from '../../src/model/filters';
import { toPptxDeckInput } from '../../src/model/exports/to-pptx-deck-input';
import { loadFixture } from '../fixtures/load-fixture';

// tests/setup.ts resets browser state after each test; give it the two objects it touches in this Node
// environment (this file's afterEach runs first), and take them away again so that pptxgenjs sees plain Node.
afterEach(() => {
  vi.stubGlobal('localStorage', { clear: () => undefined });
  vi.stubGlobal('document', { documentElement: { removeAttribute: () => undefined, lang: 'en' } });
});
beforeEach(() => vi.unstubAllGlobals());

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
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

async function writeDeck(dataset: Dataset, locale: 'en' | 'es' = 'en') {
  const pptx = await createPptxPresentation(toPptxDeckInput(dataset, dataset, { ...EMPTY_FILTERS, country: 'MX' }, locale));
  const output = await pptx.write({ outputType: 'nodebuffer' });
  if (!(output instanceof Uint8Array)) throw new Error('expected a buffer');
  return readZip(Buffer.from(output));
}

const slidesOf = (files: Map<string, string>) => [...files.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort();

describe('PowerPoint export', () => {
  it('builds title, key figures, chart, initiatives and sources slides, each with a source footnote', async () => {
    const files = await writeDeck(mini());
    const slides = slidesOf(files);
    expect(slides).toEqual([1, 2, 3, 4, 5].map((n) => `ppt/slides/slide${n}.xml`));
    expect(files.get('ppt/slides/slide1.xml')).toContain('Demo Economic Dialogue');
    expect(files.get('ppt/slides/slide1.xml')).toContain('country=MX');
    expect(files.get('ppt/slides/slide2.xml')).toContain('<a:tbl>');
    expect(files.get('ppt/slides/slide2.xml')).toContain('Key figures');
    expect(files.get('ppt/slides/slide4.xml')).toContain('Supply Chain Working Group');
    for (const slide of slides) expect(files.get(slide)).toContain('Source: HLED Explorer dataset (public sources: 1, listed on the last slides).');
  });

  it('prints the dataset’s edition and as-of date in every slide’s footnote, in the deck’s language', async () => {
    const dataset = { ...mini(), edition: { version: '2026.12.1', asOf: '2026-12-01' } };
    const english = toPptxDeckInput(dataset, dataset, EMPTY_FILTERS, 'en').footnote;
    expect(english).toBe(
      'Source: HLED Explorer dataset (public sources: 1, listed on the last slides). Data edition 2026.12.1, status checked up to December 1, 2026.',
    );
    expect(toPptxDeckInput(dataset, dataset, EMPTY_FILTERS, 'es').footnote).toContain(
      'Edición de los datos 2026.12.1, situación revisada hasta el 1 de diciembre de 2026.',
    );
    const files = await writeDeck(dataset);
    for (const slide of slidesOf(files)) expect(files.get(slide)).toContain('Data edition 2026.12.1, status checked up to December 1, 2026.');
  });

  it('draws initiatives per pillar as a native, editable bar chart', async () => {
    const files = await writeDeck(mini());
    const charts = [...files.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = files.get(charts[0] ?? '') ?? '';
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('Building Back Together');
  });

  it('continues the initiatives over several slides when they do not fit one, in Spanish', async () => {
    const base = mini();
    const [first] = base.initiatives;
    if (first === undefined) throw new Error('fixture has no initiative');
    const many = Array.from({ length: 23 }, (_, i) => ({ ...first, id: `I${i}`, name: { en: `Initiative ${i}` } }));
    const files = await writeDeck({ ...base, initiatives: many }, 'es');
    expect(slidesOf(files)).toHaveLength(3 + 3 + 1);
    expect(files.get('ppt/slides/slide6.xml')).toContain('Iniciativas (3 de 3)');
    expect(files.get('ppt/slides/slide6.xml')).toContain('Initiative 22');
  });
});
