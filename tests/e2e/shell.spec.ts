import { expect, test } from './test';
import { watchPage } from './console-guard';

test('the overview renders the shell and the built-in HLED dataset', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('HLED Explorer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S.–Mexico High-Level Economic Dialogue');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(8);
  await expect(page.locator('main')).toContainText('Meetings and reviews');
  expect(problems).toEqual([]);
});

test('primary navigation changes the view and the URL, and Back returns', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S.–Mexico High-Level Economic Dialogue');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Meetings' }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(nav.getByRole('link', { name: 'Meetings' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S.–Mexico High-Level Economic Dialogue');
});

test('the language switch changes visible text and <html lang>, and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\?lang=es$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Diálogo Económico de Alto Nivel México–Estados Unidos',
  );
  await expect(
    page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Pilares' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: 'Reuniones' })).toBeVisible();
});

test('the theme follows the system by default and the switch changes and remembers it', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  expect(await background()).toBe('rgb(13, 18, 27)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(245, 246, 248)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  await context.close();
});

test('an unknown route shows the 404 page with a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('main')).toContainText('/no/such/page');
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S.–Mexico High-Level Economic Dialogue');
});

test('on a phone the navigation collapses into a menu', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Sources' })).toBeHidden();
  await menu.click();
  await page.getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await context.close();
});
