import type { Locale } from '../../i18n/locale';

export interface ExportFileNameInput {
  /** What the file holds: a fixed word ("initiatives") or a chart's title, made into a slug here. */
  what: string;
  /** The filters in force, as toFileNameScope gives them ("pillar-P1"); empty for all data. */
  scope: readonly string[];
  locale: Locale;
  /** The download's local date, YYYY-MM-DD (toLocalDateStamp), passed in so that this stays pure. */
  date: string;
  extension: string;
}

const MAX_WHAT = 50;
const MAX_SCOPE = 60;

/** "Iniciativas por año" → "iniciativas-por-ano": ASCII, lower case, words joined by "-". */
function slug(text: string, max: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** The scope parts in order, cut at a part boundary so that a long scope never cuts an id in half. */
function scopeText(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    const next = text === '' ? part : `${text}-${part}`;
    if (next.length > MAX_SCOPE) break;
    text = next;
  }
  return text;
}

/**
 * A download's file name says what it holds, for which filters, in which language and on which day:
 * `hled-initiatives-pillar-P1-es-2026-12-01.csv`. ASCII and no spaces, so that it is safe on every system; ids keep
 * their case, as the dataset writes them. A long scope is shortened (the README and the file's `about` say it all).
 */
export function toExportFileName({ what, scope, locale, date, extension }: ExportFileNameInput): string {
  return (
    ['hled', slug(what, MAX_WHAT), scopeText(scope), locale, date].filter((part) => part !== '').join('-') +
    `.${extension}`
  );
}
