/** Number formatting shared by the console and the markdown report, so both print the same figures. */

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal: 123456 → "120.6". */
export function formatKb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Bytes as MB (1024²) with one decimal. */
export function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Milliseconds, rounded: under 10 ms with one decimal (filter latencies live there), else whole. */
export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}

/** ours ÷ floor as "1.23×"; "n/a" when the floor is zero or missing. */
export function formatRatio(ours: number, floor: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(floor) || floor <= 0) return 'n/a';
  return `${(ours / floor).toFixed(2)}×`;
}

/** A signed difference: +12, −3 (with a real minus sign), 0. */
export function formatSigned(value: number, format: (v: number) => string = (v) => String(Math.round(v))): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return format(0);
}

/** A Lighthouse score (0–1, or null when the category could not be scored) as 0–100. */
export function formatScore(score: number | null): string {
  return score === null ? 'n/a' : String(Math.round(score * 100));
}

/** "met" / "not met" for a target; "not measured" when there is no figure. */
export function formatVerdict(met: boolean | null): string {
  if (met === null) return 'not measured';
  return met ? 'met' : 'not met';
}
