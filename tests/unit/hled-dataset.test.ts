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
      '2014-06-27',
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

  it('keeps all 98 sources of the brief and the 13 added in edition 2026.12.1, each graded official / news / low', () => {
    expect(data.sources).toHaveLength(111);
    expect(data.sources[0]?.id).toBe('S01');
    expect(data.sources[97]?.id).toBe('S98');
    expect(data.sources.at(-1)?.id).toBe('S111');
  });

  it('records the disagreements between sources instead of picking silently', () => {
    const trade2022 = data.indicators.filter((i) => i.year === 2022 && i.metric === 'trade-goods-services-total');
    expect(trade2022.map((i) => i.value).sort()).toEqual([860000000000, 863400000000, 864000000000]);
    expect(data.disputes.length).toBeGreaterThanOrEqual(12);
  });

  it('is edition 2026.12.1, with its status checked up to 2026-12-01 (the file format stays version 1)', () => {
    expect(data.version).toBe(1);
    expect(data.edition).toEqual({ version: '2026.12.1', asOf: '2026-12-01' });
  });
});

/** One assertion per finding of the data audit of December 2026 (shared/research/data-audit-2026-12.md, §1 and §4). */
describe('public/data/hled.json after the December 2026 audit', () => {
  const data = shipped();
  const find = <T extends { id: string }>(records: readonly T[], id: string): T => {
    const record = records.find((r) => r.id === id);
    if (record === undefined) throw new Error(`no record ${id}`);
    return record;
  };
  const cites = (citations: readonly { source: string }[] | undefined) => (citations ?? []).map((c) => c.source);

  it('F1: dates the 2014 mid-year review 27 June (the Commerce release of 30 June), and its memorandum with it', () => {
    expect([find(data.meetings, 'M2014-MYR').date, find(data.initiatives, 'I13-01').status?.asOf]).toEqual([
      '2014-06-27',
      '2014-06-27',
    ]);
  });

  it('F2: has Clouthier co-chairing the 2021 relaunch for Mexico', () => {
    expect(find(data.participations, 'M2021-tatiana-clouthier').role).toBe('chair');
  });

  it('F3: cites for “headed the Mexican delegation” sources that say so, not only S25', () => {
    expect(cites(find(data.participations, 'M2021-marcelo-ebrard').citations)).toEqual(['S25', 'S29', 'S101']);
  });

  it('F4: gives the six 2023 mid-year review co-chairs the same role as 2022’s', () => {
    // 2022 also has Ambassador Moctezuma, who took part (S39) but is not named among those who headed a delegation.
    const chairs = (meeting: string) =>
      data.participations.filter((p) => p.meeting === meeting && p.role === 'chair').length;
    const all = (meeting: string) => data.participations.filter((p) => p.meeting === meeting).length;
    expect([chairs('M2022-MYR'), chairs('M2023-MYR'), all('M2023-MYR')]).toEqual([6, 6, 6]);
  });

  it('F5: files President Obama under the President’s office, not the Vice President’s', () => {
    const org = find(data.organizations, find(data.participations, 'M2013-EST-barack-obama').organization);
    expect(org.name.en).toBe('The White House (Office of the President)');
  });

  it('F6: no longer credits CCN Law (S31) with Spanish variants it does not use', () => {
    const variants = [
      ...(find(data.pillars, 'P1').nameVariants ?? []),
      ...(find(data.pillars, 'P3').nameVariants ?? []),
    ];
    expect(variants.filter((v) => cites(v.citations).includes('S31')).map((v) => v.text)).toEqual([
      'Reconstrucción conjunta',
    ]);
  });

  it('F7: marks agriculture → Pillar II as an inference, with its reasoning', () => {
    const [link] = find(data.sectors, 'agriculture').pillarLinks;
    expect([
      link?.pillar,
      link?.basis,
      link?.reasoning?.en.startsWith('No source places agriculture under Pillar II'),
    ]).toEqual(['P2', 'inferred', true]);
  });

  it('F8: names no lead agency for the Supply Chain Working Group, and links it to the 2021 group', () => {
    expect(find(data.initiatives, 'I-SCWG').leadOrganizations).toEqual([]);
    expect(find(data.notes, 'N-scwg-same-group').subjects.map((s) => s.id)).toEqual([
      'I-SCWG',
      'I21-01',
      'M2021',
      'M2022',
    ]);
  });

  it('F9: leads the Transport Electrification Working Group by the SRE alone (the University of California collaborates)', () => {
    expect(find(data.initiatives, 'I-TEWG').leadOrganizations).toEqual(['mx-sre']);
  });

  it('F10: flags the 50,000 figure as not attributed to Sembrando Oportunidades, and drops the 2023 link', () => {
    const initiative = find(data.initiatives, 'I-SO');
    const figure = initiative.figures.find((f) => f.value === 50000);
    expect([initiative.meetings, figure?.citations[0]?.note?.includes('is an inference')]).toEqual([[], true]);
  });

  it('F11: gives the innovation campaign its official Commerce name', () => {
    const official = 'Campaign to Support Economic Growth through Innovation and Creativity';
    expect([find(data.initiatives, 'I21-09').name.en, find(data.pillars, 'P4').workPlan[0]?.text.en]).toEqual([
      official,
      `${official}.`,
    ]);
  });

  it('F12: shows the relaunched series neither open-ended nor ended: no meeting recorded since April 2024', () => {
    const series = find(data.series, 'relaunched');
    expect([series.endYear, series.name.en, series.name.es]).toEqual([
      null,
      'Relaunched HLED (2021–; no meeting recorded since April 2024)',
      'DEAN relanzado (2021–; sin reuniones registradas desde abril de 2024)',
    ]);
  });

  it('F13: says why Richard Verma is recorded without a participation (the 2023 CEO Dialogue, S61)', () => {
    expect(data.participations.some((p) => p.person === 'richard-verma')).toBe(false);
    expect(cites(find(data.notes, 'N-verma-ceo-dialogue').citations)).toEqual(['S61']);
  });

  it('§4.1: places the 2 May 2013 announcement in Mexico City, citing the joint statement', () => {
    const announcement = find(data.meetings, 'M2013-EST');
    expect([announcement.city, announcement.hostCountry, cites(announcement.citations).includes('S99')]).toEqual([
      'Mexico City',
      'MX',
      true,
    ]);
  });

  it('§4.2: adds the official “almost half a trillion dollars” to the 2012 trade dispute', () => {
    const almost = find(data.disputes, 'D-trade-2012-qualifier').positions[1];
    expect(almost?.citations[0]).toEqual({
      source: 'S99',
      quote: 'Bilateral trade was almost half a trillion dollars in 2012.',
    });
  });

  it('§4.3: lists the four further results of the 2014 review and records the date disagreement', () => {
    const fromCommerce = find(data.meetings, 'M2014-MYR').outcomes.filter((o) =>
      o.citations.some((c) => c.source === 'S100' && c.quote),
    );
    expect(fromCommerce).toHaveLength(4);
    expect(find(data.disputes, 'D-2014-myr-date').positions.map((p) => cites(p.citations))).toEqual([
      ['S100'],
      ['S09'],
    ]);
  });

  it('§4.4: carries the seed’s second quote in the official wording of S02', () => {
    const quotes = find(data.meetings, 'M2023')
      .outcomes.flatMap((o) => o.citations)
      .map((c) => c.quote);
    expect(quotes).toContain('We are using the HLED framework to reduce inequality and poverty, boost job creation');
    expect(quotes).toContain(
      'strengthening our region’s supply chains, supporting economic development in Central America and southern Mexico',
    );
  });

  it('§4.5: names environmental cooperation among the April 2024 review’s themes', () => {
    expect(find(data.meetings, 'M2024-MYR').summary.en).toContain('environmental cooperation');
  });

  it('§4.6: records the 2025–2026 channels as a cited note, and no HLED meeting after April 2024', () => {
    expect(data.meetings.map((m) => m.date).filter((date) => date > '2024-04-19')).toEqual([]);
    expect(cites(find(data.notes, 'N-channels-2025-2026').citations)).toEqual([
      'S104',
      'S105',
      'S109',
      'S110',
      'S106',
      'S107',
      'S108',
    ]);
  });

  it('§4.7: corroborates the 2015 U.S. secretaries with a second, independent report (24 Horas, S102)', () => {
    const corroborated = data.participations.filter(
      (p) => p.meeting === 'M2015' && cites(p.citations).includes('S102'),
    );
    expect(corroborated.map((p) => p.person).sort()).toEqual([
      'ernest-moniz',
      'jeh-johnson',
      'joe-biden',
      'john-kerry',
      'luis-videgaray',
      'penny-pritzker',
    ]);
  });

  it('§4.8: notes the unnamed education secretary of the 2013 launch as a gap', () => {
    expect([
      find(data.notes, 'N-gap-2013-education').kind,
      cites(find(data.notes, 'N-gap-2013-education').citations),
    ]).toEqual(['gap', ['S103']]);
  });
});
