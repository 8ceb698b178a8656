import type { Page } from '@playwright/test';
import { expect, test } from './test';

const HLED = 'U.S.–Mexico High-Level Economic Dialogue';
const DEMO = 'Demo: Atlantis–Lemuria Trade Dialogue (fictional)';
const DEMO_FILE = 'public/data/examples/demo-dialogue.json';
const UNREADABLE = 'The dataset file saved in this browser could not be read, so the HLED dataset is shown.';

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label', { hasText: 'Open dataset…' }).click();
  await (await chooser).setFiles(path);
}

/** A browser in which a file was saved on an earlier visit ("hled.dataset" hint) and IndexedDB now misbehaves. */
async function savedFileWithStorage(page: Page, fault: 'never-answers' | 'fails') {
  await page.addInitScript((how) => {
    localStorage.setItem('hled.dataset', 'file');
    const request = {} as IDBOpenDBRequest;
    Object.defineProperty(window.indexedDB, 'open', {
      configurable: true,
      value: () => {
        if (how === 'fails') {
          setTimeout(() => {
            const target = request as unknown as { onerror?: (event: Event) => void; error?: DOMException };
            Object.defineProperty(request, 'error', { value: new DOMException('The disk is full', 'UnknownError') });
            target.onerror?.(new Event('error'));
          }, 50);
        }
        return request;
      },
    });
  }, fault);
}

test('storage that never answers falls back to the HLED dataset within 5 s, with a notice', async ({ page }) => {
  await savedFileWithStorage(page, 'never-answers');
  const started = Date.now();
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: UNREADABLE })).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await expect(page.locator('main')).not.toContainText('Loading the dialogue dataset');
});

test('storage that fails after a file was saved gives the same notice, in Spanish too', async ({ page }) => {
  await savedFileWithStorage(page, 'fails');
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: UNREADABLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await page.goto('/?lang=es');
  await expect(
    page.getByRole('status').filter({ hasText: 'No se pudo leer el archivo de datos guardado en este navegador' }),
  ).toBeVisible();
});

test('two tabs agree: when one goes back to HLED, the other’s banner says so without a reload', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await openFile(first, DEMO_FILE);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(DEMO);

  const second = await context.newPage();
  await second.goto('/meetings');
  await expect(second.getByText('You are viewing')).toContainText(DEMO);

  await first.getByRole('button', { name: 'Back to the HLED dataset' }).click();
  await expect(first.getByText('You are viewing')).toBeHidden();
  await expect(second.locator('.user-dataset-banner')).toContainText(
    'Another tab went back to the HLED dataset: this file is no longer saved, and a reload will show the HLED dataset.',
  );

  // And the other way: a file opened in one tab is announced in the other.
  await openFile(first, DEMO_FILE);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(DEMO);
  await expect(second.locator('.user-dataset-banner')).toContainText(
    'Another tab opened “demo-dialogue.json”: a reload will show it here too.',
  );
  await second.goto('/');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(DEMO);
  await first.getByRole('button', { name: 'Back to the HLED dataset' }).click();
  await expect(second.locator('.user-dataset-banner')).toContainText('Another tab went back to the HLED dataset');
});
