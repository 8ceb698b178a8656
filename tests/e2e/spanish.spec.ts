import { messagesEn } from '../../src/i18n/messages-en-all';
import { messagesEs } from '../../src/i18n/messages-es-all';
import { expect, test } from './test';
import { revealWholePage } from './reveal';

/**
 * Fragments of the English interface that must never show on a Spanish page: every English message that differs
 * from its Spanish one, cut at its {placeholders}, keeping fragments long enough to be unambiguous.
 */
const ENGLISH_FRAGMENTS = [
  ...new Set(
    Object.entries(messagesEn)
      .filter(([key, en]) => messagesEs[key as keyof typeof messagesEs] !== en)
      .flatMap(([, en]) => en.split(/\{\w+\}/))
      .map((fragment) => fragment.trim())
      // Several words, so that a proper name in the data ("International Trade Administration") is not taken for UI text.
      .filter((fragment) => fragment.length >= 12 && fragment.includes(' ')),
  ),
];

const ROUTES = [
  '/',
  '/pillars',
  '/pillars/P1',
  '/sectors',
  '/sectors/pharmaceuticals',
  '/delegations',
  '/people/alicia-barcena',
  '/meetings',
  '/meetings/M2023',
  '/initiatives',
  '/initiatives/I-SAP',
  '/sources',
  '/briefing',
  '/briefing?slide=5',
  '/no-such-page',
  '/?pillar=P99',
];

test('no English interface text shows on any Spanish page (dataset text without Spanish is marked lang="en")', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(100);
  const leaks: string[] = [];
  for (const route of ROUTES) {
    await page.goto(`${route}${route.includes('?') ? '&' : '?'}lang=es`);
    await expect(page.locator('main h1')).toBeVisible();
    await revealWholePage(page);
    // Visible text and accessible names, leaving out what is marked as another language.
    const text = await page.evaluate(() => {
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof Element) {
          const lang = node.getAttribute('lang');
          if (lang !== null && lang !== 'es') return;
          for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
            const value = node.getAttribute(attr);
            if (value) parts.push(value);
          }
        } else if (node.nodeType === Node.TEXT_NODE) {
          parts.push(node.textContent ?? '');
        }
        node.childNodes.forEach(walk);
      };
      walk(document.body);
      return parts.join('\n');
    });
    for (const fragment of ENGLISH_FRAGMENTS) {
      if (text.includes(fragment)) leaks.push(`${route}: “${fragment}”`);
    }
  }
  expect(leaks).toEqual([]);
});
