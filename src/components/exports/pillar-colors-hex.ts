/** What a pillar without a token (or a page without tokens) is drawn in: the deck's accent. */
const ACCENT = '1D4E89';

/**
 * Each pillar's light-theme colour, read from the page's own `--pillar-N` tokens (tokens.css, the one palette) as
 * RRGGBB; on the main thread, since the writer runs in a worker. Without a page (tests), the accent colour.
 */
export function pillarColorsHex(slots: ReadonlyMap<string, number>): Map<string, string> {
  const style =
    typeof document === 'undefined' || typeof getComputedStyle !== 'function'
      ? null
      : getComputedStyle(document.documentElement);
  return new Map(
    [...slots].map(([id, slot]) => [
      id,
      /#([0-9a-f]{6})/i.exec(style?.getPropertyValue(`--pillar-${slot}`) ?? '')?.[1]?.toUpperCase() ?? ACCENT,
    ]),
  );
}
