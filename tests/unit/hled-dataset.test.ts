import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';

/** The shipped dataset, checked with the same code path as the app. */
function shipped(): Dataset {
  const result = parseDatasetText(readFileSync('public/data/hled.json', 'utf8'));
  if (!result.ok) throw new Error(`public/data/hled.json is invalid: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return result.dataset;
}

describe('public/data/hled.json', () => {
  const data = shipped();
  const meeting = (id: string) => data.meetings.find((m) => m.id === id);

  it('is a valid dataset of the U.S.–Mexico dialogue (HLED / DEAN)', () => {
    expect(data.dialogue.shortName).toEqual({ en: 'HLED', es: 'DEAN' });
    expect(data.dialogue.countries.map((c) => c.code)).toEqual(['US', 'MX']);
  });

  it('holds the 13 dated meetings and reviews of the research brief, from 2013 to the 2024 mid-year review', () => {
    expect(data.meetings.map((m) => m.date)).toEqual([
      '2013-05-02',
      '2013-09-20',
      '2014-06-30',
      '2015-01-06',
      '2016-02-25',
      '2016-12-08',
      '2021-09-09',
      '2021-12-13',
      '2022-04-18',
      '2022-09-12',
      '2023-04-18',
      '2023-09-29',
      '2024-04-19',
    ]);
  });

  it('numbers meetings within each series: 2016 and 2023 are both the third', () => {
    expect([meeting('M2016')?.series, meeting('M2016')?.sequence]).toEqual(['original', 3]);
    expect([meeting('M2023')?.series, meeting('M2023')?.sequence]).toEqual(['relaunched', 3]);
  });

  it('records the seed article’s meeting: Washington, 2023-09-29, with its seven chairs', () => {
    expect(meeting('M2023')).toMatchObject({ date: '2023-09-29', city: 'Washington, D.C.', hostCountry: 'US' });
    const chairs = data.participations
      .filter((p) => p.meeting === 'M2023' && p.role === 'chair')
      .map((p) => `${p.country}:${p.person}`);
    expect(chairs.sort()).toEqual([
      'MX:alicia-barcena',
      'MX:esteban-moctezuma',
      'MX:raquel-buenrostro',
      'US:antony-blinken',
      'US:gina-raimondo',
      'US:katherine-tai',
      'US:ken-salazar',
    ]);
  });

  it('names the four relaunched pillars in English and in the Spanish of the Dec 2021 communiqué', () => {
    const relaunched = data.pillars.filter((p) => p.series === 'relaunched').map((p) => [p.id, p.name.en, p.name.es]);
    expect(relaunched).toEqual([
      ['P1', 'Building Back Together', 'Reconstruir juntos'],
      [
        'P2',
        'Promoting Sustainable Economic and Social Development in Southern Mexico and Central America',
        'Promover el desarrollo económico, social y sustentable en el sur de México y Centroamérica',
      ],
      ['P3', 'Securing the Tools for Future Prosperity', 'Asegurar las herramientas para la prosperidad futura'],
      ['P4', 'Investing in Our People', 'Invertir en nuestro pueblo'],
    ]);
  });

  it('puts ICT under two pillars and marks pharmaceuticals → P1 as inferred', () => {
    const sector = (id: string) => data.sectors.find((s) => s.id === id);
    expect(sector('ict')?.pillarLinks.map((l) => [l.pillar, l.basis])).toEqual([
      ['P1', 'stated'],
      ['P3', 'stated'],
    ]);
    expect(sector('pharmaceuticals')?.pillarLinks.map((l) => [l.pillar, l.basis])).toEqual([['P1', 'inferred']]);
  });

  it('keeps all 98 sources of the brief, each http(s), graded official / news / low', () => {
    expect(data.sources).toHaveLength(98);
    expect(data.sources[0]?.id).toBe('S01');
    expect(data.sources.at(-1)?.id).toBe('S98');
  });

  it('records the disagreements between sources instead of picking silently', () => {
    const trade2022 = data.indicators.filter((i) => i.year === 2022 && i.metric === 'trade-goods-services-total');
    expect(trade2022.map((i) => i.value).sort()).toEqual([860000000000, 863400000000, 864000000000]);
    expect(data.disputes.length).toBeGreaterThanOrEqual(12);
  });
});
