/**
 * Unicode bidirectional isolation (UAX #9) for dataset text placed inside a sentence: FIRST STRONG ISOLATE before,
 * POP DIRECTIONAL ISOLATE after. Whatever the text holds — right-to-left script, or an unterminated U+202E
 * RIGHT-TO-LEFT OVERRIDE — then stays inside its isolate, and the words around it keep their order. The marks work
 * in HTML, SVG, PowerPoint and plain text alike; on a page `IsolatedText` shows them as `<bdi>`.
 */
const FSI = '\u2068';
const PDI = '\u2069';

const isInitiator = (c: string) => c === '\u2066' || c === '\u2067' || c === FSI;

/**
 * The text with its own isolates balanced — a PDI that closes nothing is dropped, an isolate left open is closed —
 * so that nothing in it can end the isolate it is put in, or swallow that isolate's end.
 */
export function balanceIsolates(text: string): string {
  let open = 0;
  let out = '';
  for (const c of text) {
    if (isInitiator(c)) open += 1;
    else if (c === PDI) {
      if (open === 0) continue;
      open -= 1;
    }
    out += c;
  }
  return out + PDI.repeat(open);
}

/** "name" → FSI + "name" + PDI, with the name's own isolates balanced. */
export function isolateText(text: string): string {
  return `${FSI}${balanceIsolates(text)}${PDI}`;
}

export type IsolatedPart = { text: string; isolated: boolean };

/**
 * A sentence split at its top-level isolates: the parts `isolateText` marked (without the marks) and the text
 * between them. What a component renders as text and `<bdi>` elements.
 */
export function splitIsolates(sentence: string): IsolatedPart[] {
  const parts: IsolatedPart[] = [];
  let depth = 0;
  let current = '';
  for (const c of sentence) {
    if (depth === 0 && c === FSI) {
      if (current !== '') parts.push({ text: current, isolated: false });
      current = '';
      depth = 1;
    } else if (depth > 0 && isInitiator(c)) {
      depth += 1;
      current += c;
    } else if (depth > 0 && c === PDI) {
      depth -= 1;
      if (depth === 0) {
        parts.push({ text: current, isolated: true });
        current = '';
      } else current += c;
    } else current += c;
  }
  // An isolate left open runs to the end of the sentence, as it would in the browser.
  if (current !== '') parts.push({ text: current, isolated: depth > 0 });
  return parts;
}
