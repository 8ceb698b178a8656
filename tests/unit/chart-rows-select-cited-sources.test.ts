import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/dataset-schema';
import { selectCaptionSources } from '../../src/model/chart-rows/select-caption-sources';
import { selectCitedSources } from '../../src/model/chart-rows/select-cited-sources';

const source = (id: string, reliability: Source['reliability'], publisher = `Publisher ${id}`): Source => ({
  id,
  publisher,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  published: null,
  language: 'en',
  reliability,
});

const sources = [
  source('news-b', 'news'),
  source('low-a', 'low'),
  source('off-z', 'official', 'White House'),
  source('off-a', 'official', 'White House'),
  source('news-a', 'news'),
  source('off-m', 'official', 'SRE'),
];

describe('selectCitedSources', () => {
  it('lists each cited source once, official before news before low reliability, then by id', () => {
    const records = [
      { citations: [{ source: 'low-a' }, { source: 'news-b' }] },
      { citations: [{ source: 'off-z' }, { source: 'news-b' }] },
      { citations: [{ source: 'news-a' }, { source: 'off-a' }] },
    ];
    expect(selectCitedSources(records, sources)).toEqual(['off-a', 'off-z', 'news-a', 'news-b', 'low-a']);
  });

  it('keeps an id that names no source, after all known ones', () => {
    const records = [{ citations: [{ source: 'ghost' }, { source: 'low-a' }] }];
    expect(selectCitedSources(records, sources)).toEqual(['low-a', 'ghost']);
  });

  it('returns nothing for records without citations', () => {
    expect(selectCitedSources([], sources)).toEqual([]);
  });
});

describe('selectCaptionSources', () => {
  it('names up to three sources from different publishers and counts the rest', () => {
    const caption = selectCaptionSources(['off-a', 'off-z', 'off-m', 'news-a', 'news-b'], sources);
    expect(caption.shown.map((s) => s.id)).toEqual(['off-a', 'off-m', 'news-a']);
    expect(caption.moreCount).toBe(2);
  });

  it('names all sources when there are few', () => {
    const caption = selectCaptionSources(['news-b'], sources);
    expect(caption.shown.map((s) => s.id)).toEqual(['news-b']);
    expect(caption.moreCount).toBe(0);
  });
});
