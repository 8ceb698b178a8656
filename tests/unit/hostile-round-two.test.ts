import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDatasetFileText } from '../../src/data/parse-dataset-file';
import { buildDeck } from '../../src/components/exports/export-briefing-deck';
import { createPptxPresentation } from '../../src/components/exports/export-pptx';
import { EMPTY_FILTERS } from '../../src/model/filters';
import {
  bidiOverrideDataset,
  controlCharactersDataset,
  dottedIdDataset,
  duplicateNamesDataset,
  longTextDataset,
  longWordDataset,
  reservedIdsDataset,
} from '../fixtures/hostile/round-two';

describe('the second round of hostile datasets', () => {
  it.each([
    ['control characters', controlCharactersDataset],
    ['a right-to-left override', bidiOverrideDataset],
    ['a 45-letter word', longWordDataset],
    ['10,000-character names', longTextDataset],
    ['reserved source ids', reservedIdsDataset],
    ['two pillars of one name', duplicateNamesDataset],
    ['an id with a dot', dottedIdDataset],
  ])('with %s, passes validation (the app must cope with it)', (_, make) => {
    expect(parseDatasetFileText(make()).ok).toBe(true);
  });

  it('the PowerPoint deck of a dataset with control characters holds none that XML forbids', async () => {
    const result = parseDatasetFileText(controlCharactersDataset());
    if (!result.ok) throw new Error('fixture invalid');
    const dataset = result.dataset;
    const slides = buildDeck({
      filtered: dataset,
      dataset,
      filters: EMPTY_FILTERS,
      locale: 'en',
      generated: '2026-12-02',
    });
    expect(JSON.stringify(slides)).toContain('\\u0000');
    const pptx = await createPptxPresentation(slides, {
      title: slides[0]?.title ?? '',
      kicker: 'HLED Explorer',
      locale: 'en',
      pillarColors: new Map([['P1', '0072B2']]),
    });
    const written = await pptx.write({ outputType: 'base64' });
    if (typeof written !== 'string') throw new Error('expected base64');
    const zip = await JSZip.loadAsync(written, { base64: true });
    const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
    const text = (await Promise.all(parts.map((f) => f.async('string')))).join('\n');
    // eslint-disable-next-line no-control-regex -- the very characters XML 1.0 forbids
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(text).toContain('U.S.–Mexico High-Level Economic Dialogue');
  });
});
