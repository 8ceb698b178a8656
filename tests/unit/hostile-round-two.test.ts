import { describe, expect, it } from 'vitest';
import { parseDatasetFileText } from '../../src/data/parse-dataset-file';
import { toPptxDeckInput, toXmlSafeDeckInput } from '../../src/model/exports/to-pptx-deck-input';
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

  it('the PowerPoint deck of a dataset with control characters holds none that XML forbids', () => {
    const result = parseDatasetFileText(controlCharactersDataset());
    if (!result.ok) throw new Error('fixture invalid');
    const raw = toPptxDeckInput(result.dataset, result.dataset, EMPTY_FILTERS, 'en');
    expect(JSON.stringify(raw)).toContain('\\u0000');
    const safe = toXmlSafeDeckInput(raw);
    expect(JSON.stringify(safe)).not.toMatch(/\\u000[0-8bc]|\\u001[0-9a-f]|\uFFFE/i);
    expect(safe.title).toBe('U.S.–Mexico High-Level Economic Dialogue');
    expect(safe.chart.labels[0]).toBe('Promoting Competitiveness and Connectivity');
    expect(safe.chart.values).toEqual(raw.chart.values);
  });
});
