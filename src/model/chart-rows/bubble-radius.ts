/** The radius of a bubble for no initiatives, in px: still large enough to see and to point at. */
export const MIN_BUBBLE_RADIUS = 5;

/**
 * A matrix bubble's radius: its area grows with the size, from MIN_BUBBLE_RADIUS for none to `maxRadius` for
 * `sizeMax` (as a recharts ZAxis with that domain and range drew it). Sizes past `sizeMax` draw the largest bubble.
 */
export function bubbleRadius(size: number, sizeMax: number, maxRadius: number): number {
  const share = sizeMax > 0 ? Math.min(1, Math.max(0, size / sizeMax)) : 0;
  return Math.sqrt(MIN_BUBBLE_RADIUS ** 2 + share * (maxRadius ** 2 - MIN_BUBBLE_RADIUS ** 2));
}
