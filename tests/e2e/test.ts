import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test runs with two guards: no Content-Security-Policy violation and no uncaught exception may
 * happen while it runs, on any page it opens.
 */
export const test = base.extend<{ guards: undefined }>({
  guards: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const uncaught: string[] = [];
      await context.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
          void report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
        });
      });
      context.on('page', (page) => page.on('pageerror', (error) => uncaught.push(error.message)));
      await use(undefined);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(uncaught, 'uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
