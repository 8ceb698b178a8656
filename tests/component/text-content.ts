/**
 * A Testing Library text matcher for a sentence whose dataset parts sit in `<bdi>` elements (IsolatedText): the
 * innermost element whose whole text is `text`. The default matcher reads an element's own text nodes only.
 */
export const hasTextContent = (text: string) => (_content: string, element: Element | null) =>
  element !== null &&
  element.textContent === text &&
  [...element.children].every((child) => child.textContent !== text);
