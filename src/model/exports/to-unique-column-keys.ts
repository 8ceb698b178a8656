/**
 * One key per table column, from its header text: the header itself, or — when an earlier column already has that
 * text (two pillars may share a name) — the header with its place in the table, "Name (column 3)". Exports look cells
 * up by these keys, so a repeated header can never send one column's numbers under another's heading.
 */
export function toUniqueColumnKeys(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, index) => {
    let key = header === '' ? `column ${index + 1}` : header;
    if (used.has(key)) key = `${key} (column ${index + 1})`;
    used.add(key);
    return key;
  });
}
