import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { appReady } from './reveal';

/** As a person does it: the "Open dataset…" button, then the browser's file chooser. */
async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label', { hasText: 'Open dataset…' }).click();
  await (await chooser).setFiles(path);
}

const HLED = 'U.S.–Mexico High-Level Economic Dialogue';
const DEMO = 'Demo: Atlantis–Lemuria Trade Dialogue (fictional)';
const DEMO_FILE = 'public/data/examples/demo-dialogue.json';

test('an opened dataset replaces HLED, survives a reload, and "Back to the HLED dataset" returns', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await openFile(page, DEMO_FILE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO);
  const banner = page.getByText('You are viewing');
  await expect(banner).toHaveText(`You are viewing ${DEMO} from “demo-dialogue.json”.`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
  // Links made on an opened file name it (issue 17).
  await expect(page).toHaveURL(/\/meetings\?dataset=demo-atlantis-lemuria$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(page.locator('main')).toContainText('Relaunch ministerial (fictional)');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(page.locator('main')).toContainText('Relaunch ministerial (fictional)');
  await expect(banner).toBeVisible();

  await page.getByRole('button', { name: 'Back to the HLED dataset' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(page.locator('main')).not.toContainText('Relaunch ministerial (fictional)');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
});

test('an invalid file leaves HLED on screen and lists each problem with its JSON path', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await openFile(page, 'tests/fixtures/byod/invalid-dataset.json');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The file could not be opened');
  await expect(alert).toContainText('“invalid-dataset.json” is not a valid dataset: 2 problem(s) found.');
  await expect(alert).toContainText('meetings[1].title: this field is missing');
  await expect(alert).toContainText('sources[0].url: must be an http:// or https:// URL');
  await expect(alert).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

test('a file dropped on the page opens, with an overlay while it is dragged', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  const text = readFileSync(DEMO_FILE, 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the file to open it')).toBeVisible();
  await expect(page.getByText('A JSON dataset file, up to 50 MB')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByText('Drop the file to open it')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO);
  await expect(page.getByText('You are viewing')).toContainText('from “dropped.json”');
});

test('a saved file that no longer passes the checks is removed at start-up, with a notice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  // The app has opened its database by now; plant a stored file that breaks the contract.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hled-explorer', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('user-dataset', 'readwrite');
          tx.objectStore('user-dataset').put({ text: '{"format":"nope"}', fileName: 'old.json' }, 'active');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await expect(page.getByText('The dataset saved from “old.json” no longer passes the checks')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('no longer passes the checks')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HLED);
  await expect(page.getByText('no longer passes the checks')).toBeHidden();
});
