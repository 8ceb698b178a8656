import { truncateLabel } from './truncate-label';

const length = (s: string) => [...s].length;

/**
 * Breaks an axis label into at most `maxLines` lines of at most `maxChars` characters, at spaces; what does not
 * fit is cut with an ellipsis on the last line. Explicit line breaks ("\n") are kept. Long sector, series and
 * meeting names then fit a 360 px screen; the full names stay in the tooltip and the table.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/u).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && length(candidate) > maxChars) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    lines.push(current);
  }
  const kept = lines.length > maxLines ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')] : lines;
  return kept.map((line) => truncateLabel(line, maxChars));
}
