/**
 * The `slide` URL parameter as a 1-based slide number within a deck of `total` slides. Out-of-range numbers clamp to
 * the first or last slide; anything that is not a whole number falls back to slide 1 — a pasted link never breaks.
 */
export function parseSlideNumber(raw: string, total: number): number {
  if (!/^\d{1,9}$/.test(raw.trim())) return 1;
  const number = Number(raw.trim());
  return Math.min(Math.max(1, number), Math.max(1, total));
}
