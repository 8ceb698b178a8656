import type { I18n } from '../../i18n/pack-briefing';

/** A message lookup in the deck's language, taken from the briefing pack (src/i18n/pack-briefing.ts). */
export type Translate = I18n['t'];

interface SlideBase {
  /** Stable within a deck, e.g. "initiatives-2". */
  id: string;
  title: string;
  /** Speaker notes, plain text: the presenter view's and the PowerPoint's notes. */
  notes: string;
  /** Source ids the slide cites, in id order. */
  sourceIds: string[];
  /** "Sources: S01, S02 · Data edition …": the slide's footer, on screen, in print and in PowerPoint. */
  footer: string;
}

export interface DeckTableColumn {
  header: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
}

/** A count series of a chart: a pillar's (drawn in its colour) or, with `pillarId` null, the rest. */
export interface DeckChartSeries {
  name: string;
  pillarId: string | null;
  values: number[];
}

interface DeckChart {
  /** What the screen draws: the sector × pillar matrix or the meetings timeline. */
  view: 'sector-pillar' | 'timeline';
  /** The axis' categories, each non-zero in at least one series. */
  categories: string[];
  series: DeckChartSeries[];
  /** The value axis' title, e.g. "Initiatives". */
  valueLabel: string;
  /** The records the screen's chart draws (the rest of the filtered dataset is left out). */
  pillarIds: string[];
  sectorIds: string[];
}

export type BriefingSlide =
  | (SlideBase & { kind: 'title'; subtitle: string; scope: string; generated: string })
  | (SlideBase & { kind: 'figures'; figures: { label: string; value: number }[] })
  | (SlideBase & { kind: 'table'; lead: string | null; columns: DeckTableColumn[]; rows: string[][] })
  | (SlideBase & { kind: 'chart'; lead: string; chart: DeckChart })
  | (SlideBase & { kind: 'sources'; sources: { id: string; text: string; date: string; reliability: string }[] });

/** A slide before the deck gives it its footer. */
export type DraftSlide = BriefingSlide extends infer S ? (S extends BriefingSlide ? Omit<S, 'footer'> : never) : never;
