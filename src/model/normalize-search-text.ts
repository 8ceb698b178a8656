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
