import type { Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and requests to other origins during a test. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:')
      problems.push(`request to another origin: ${url.href}`);
  });
  return problems;
}
