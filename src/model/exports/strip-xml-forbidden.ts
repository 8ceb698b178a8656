/**
 * What XML 1.0 (§2.2 Char) does not allow anywhere in a document, even escaped: the C0 controls other than tab, line
 * feed and carriage return, the surrogate code points when unpaired, and U+FFFE/U+FFFF. A dataset may hold them
 * (JSON can), and one of them makes a whole SVG or Office XML part unreadable. See docs/decisions/005.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the control characters are the point of this pattern
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids; everything else (C1 controls and U+007F included) is kept. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}
