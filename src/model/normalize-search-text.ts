import { createIdentityCache } from './identity-cache';

/** Lower-cases and strips accents so that "Barcena" finds "Bárcena" and "mexico" finds "México". */
export function normalizeSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in one of the texts (accent- and case-insensitive). */
export function matchesQuery(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeSearchText(texts.filter((t): t is string => t !== undefined).join(' '));
  return words.every((word) => haystack.includes(word));
}

/** The words of a search, normalised; empty when the search is blank. */
export function toQueryWords(query: string): string[] {
  return normalizeSearchText(query).split(' ').filter(Boolean);
}

const haystacks = createIdentityCache<object, string>();

/**
 * `matchesQuery` for a record searched again and again: its normalised text is built once per record object
 * (normalising thousands of texts on every keystroke was most of a search's cost on a large dataset). `texts` must
 * always be the same fields of `record`; `words` come from `toQueryWords`.
 */
export function recordMatchesWords(
  record: object,
  words: readonly string[],
  texts: () => readonly (string | undefined)[],
): boolean {
  if (words.length === 0) return true;
  const text = haystacks.get(record, () =>
    normalizeSearchText(
      texts()
        .filter((t): t is string => t !== undefined)
        .join(' '),
    ),
  );
  return words.every((word) => text.includes(word));
}
