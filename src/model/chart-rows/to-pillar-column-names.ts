import type { Dataset, LocalizedText } from '../../data/dataset-schema';

export interface PillarColumnName {
  pillarId: string;
  /** "I" for pillar 1, "PA2" for priority area 2: how the sources number them ("Pillar I"). */
  code: string;
  /** The series' years, "2013–2016" or "2021–": the original series' pillar 1 and the relaunched one's differ by them. */
  years: string;
  /** The pillar's name in the reader's language. */
  name: string;
  /** The column's axis label: the years in short ("2013–16") on a line of their own, then "I · Building Back Together". */
  axis: string;
  /** The short form, for a column too narrow for words: the series' first year, then the code. */
  axisShort: string;
  /** The legend's and tooltip's words: "I · Building Back Together (2021–)". */
  legend: string;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV"; a number that is not a positive integer stays as it is written. */
export function toRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value <= 0 || value >= 4000) return String(value);
  let rest = value;
  let out = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/**
 * What a pillar column of the sector–pillar matrix is called, on its axis, in the legend and in exports: its number
 * as the sources write it (Roman for a pillar, "PA" for a priority area), its name, and its series' years, so that
 * the original series' pillar I and the relaunched series' pillar I are never one label.
 */
export function toPillarColumnNames(
  pillarIds: readonly string[],
  dataset: Pick<Dataset, 'pillars' | 'series'>,
  nameOf: (text: LocalizedText) => string,
): PillarColumnName[] {
  const pillars = new Map(dataset.pillars.map((p) => [p.id, p]));
  const series = new Map(dataset.series.map((s) => [s.id, s]));
  return pillarIds.flatMap((pillarId) => {
    const pillar = pillars.get(pillarId);
    if (pillar === undefined) return [];
    const code = pillar.kind === 'pillar' ? toRomanNumeral(pillar.number) : `PA${pillar.number}`;
    const s = series.get(pillar.series);
    const years = s === undefined ? '' : s.endYear === null ? `${s.startYear}–` : `${s.startYear}–${s.endYear}`;
    const short =
      s === undefined ? '' : s.endYear === null ? `${s.startYear}–` : `${s.startYear}–${String(s.endYear).slice(-2)}`;
    const name = nameOf(pillar.name);
    const titled = `${code} · ${name}`;
    return [
      {
        pillarId,
        code,
        years,
        name,
        axis: short === '' ? titled : `${short}\n${titled}`,
        axisShort: s === undefined ? code : `${s.startYear}\n${code}`,
        legend: years === '' ? titled : `${titled} (${years})`,
      },
    ];
  });
}
