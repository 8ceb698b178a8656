import { serializeFilters, type Filters } from '../filters';

/** An id as it may stand in a file name: letters, digits, "_" and "-" kept (case too), anything else "-". */
const safe = (value: string) => value.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');

/** Search text as a file name word: ASCII, lower case, at most 20 characters. */
const searchWord = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 20)
    .replace(/-+$/, '');

/**
 * The filters as parts of a file name, in the URL's order: `country-MX`, `pillar-P1-P3`, `from-2020`, `q-border`.
 * One part per URL parameter, its values joined by "-"; no filters, no parts.
 */
export function toFileNameScope(filters: Filters): string[] {
  const byParam = new Map<string, string[]>();
  for (const [param, value] of serializeFilters(filters)) {
    const word = param === 'q' ? searchWord(value) : safe(value);
    if (word === '') continue;
    byParam.set(param, [...(byParam.get(param) ?? []), word]);
  }
  return [...byParam].map(([param, values]) => [param, ...values].join('-'));
}
