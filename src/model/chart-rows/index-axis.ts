/**
 * A number axis of `count` rows or columns, one per index: ticks at 0 … count − 1 and half a step of room at each
 * end, so that the first and last marks sit inside the plot.
 */
export function indexAxis(count: number): { domain: [number, number]; ticks: number[] } {
  return { domain: [-0.5, count - 0.5], ticks: Array.from({ length: count }, (_, index) => index) };
}
