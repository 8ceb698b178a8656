/**
 * Shortens an axis label to `max` characters with an ellipsis, cutting at a word boundary when one is near, so
 * long pillar and sector names do not overflow a 360 px screen; the full name stays in the tooltip and table.
 */
export function truncateLabel(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const kept = Math.max(1, max - 1);
  const head = chars.slice(0, kept).join('');
  const endsAtWord = /\s/u.test(chars[kept] ?? '');
  const lastSpace = head.lastIndexOf(' ');
  const cut = endsAtWord || lastSpace < Math.floor(max / 2) ? head : head.slice(0, lastSpace);
  return `${cut.replace(/[\s,.;:·–-]+$/u, '')}…`;
}
