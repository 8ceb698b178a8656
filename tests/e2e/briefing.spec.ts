import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './test';

const counter = (page: import('@playwright/test').Page) => page.locator('.presentation__counter [aria-hidden="true"]');
const slideCount = async (page: import('@playwright/test').Page) => {
  const slides = page.getByRole('list', { name: 'Slides' }).locator(':scope > li');
  await expect(slides.first()).toBeVisible();
  return slides.count();
};

test('presenting a filtered deck: keys move, the URL and the counter follow, a reload reopens the slide', async ({ page }) => {
  await page.goto('/briefing?country=MX');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Briefing');
  const total = await slideCount(page);
  expect(total).toBeGreaterThan(8);
  await expect(page.getByRole('list', { name: 'Slides' }).locator(':scope > li').first()).toContainText('Country: Mexico');

  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing: U.S.–Mexico High-Level Economic Dialogue' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  // The app around the dialog is inert while it is open.
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await expect(page).toHaveURL(/[?&]slide=1\b/);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await expect(page).toHaveURL(/\?country=MX&slide=2$/);
  await expect(dialog.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(counter(page)).toHaveText(`3 / ${total}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`${total} / ${total}`);
  await expect(page).toHaveURL(new RegExp(`slide=${total}$`));
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  // Full screen may be refused in headless Chromium; either way the deck keeps working.
  await page.keyboard.press('f');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${total}`);

  await page.reload();
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await expect(page.getByRole('dialog')).toBeVisible();

  await page.keyboard.press('Escape');
  if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/\?country=MX$/);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('the presentation fits the slide inside the window without the app chrome', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto('/briefing?slide=4');
  const box = await page.locator('.presentation .slide-frame__box').boundingBox();
  expect(box).not.toBeNull();
  expect(box?.width ?? 0).toBeLessThanOrEqual(1000);
  expect(box?.height ?? 0).toBeLessThanOrEqual(700);
  expect(Math.round(((box?.width ?? 0) / (box?.height ?? 1)) * 9)).toBe(16);
  await expect(page.locator('.presentation')).toHaveCSS('position', 'fixed');
});

test('printing to PDF gives one landscape page per slide, charts included', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/briefing');
  const total = await slideCount(page);
  // Both chart slides have drawn before printing.
  await expect(page.locator('.briefing-deck .recharts-surface')).toHaveCount(2);

  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
  await expect(page.locator('.briefing-slide__footer').first()).toBeVisible();

  const pdf = await page.pdf({ landscape: true, printBackground: true });
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF')).toBe(true);
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages).toHaveLength(total);
  const size = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));

  // The slides' words are in the PDF, page by page (Chromium compresses text, so read it back with poppler's
  // pdftotext, which .ci/run installs; a missing tool fails here rather than skipping the check).
  const file = join(mkdtempSync(join(tmpdir(), 'hled-pdf-')), 'deck.pdf');
  writeFileSync(file, pdf);
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  expect(firstPage).toContain('U.S.–Mexico High-Level Economic Dialogue');
  const secondPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
  expect(secondPage).toContain('Key figures');
  const lastPage = execFileSync('pdftotext', ['-f', String(total), '-l', String(total), file, '-'], { encoding: 'utf8' });
  expect(lastPage).toContain('Sources');
});

test('slides far below the screen are not laid out until reached, and one reached by a jump is drawn at the deck’s width at once', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/briefing');
  const total = await slideCount(page);
  const last = page.getByRole('list', { name: 'Slides' }).locator(':scope > li').last();
  // Its words are in the page (find-in-page, copy and screen readers reach them), but it is skipped by layout.
  await expect(last).toContainText(`${total} / ${total}`);
  const laidOut = () => last.locator('.briefing-slide').evaluate((slide) => slide.checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut()).toBe(false);

  // In the first frame after the jump, the slide has the deck's width (one measure scales every slide).
  const widths = await last.evaluate(
    (item) =>
      new Promise<{ deck: number; slide: number }>((done) => {
        item.scrollIntoView();
        requestAnimationFrame(() =>
          done({
            deck: item.closest('ol')?.getBoundingClientRect().width ?? 0,
            slide: item.querySelector('.slide-frame__box')?.getBoundingClientRect().width ?? 0,
          }),
        );
      }),
  );
  expect(widths.deck).toBeGreaterThan(900);
  expect(Math.abs(widths.slide - widths.deck)).toBeLessThan(1);
  expect(await laidOut()).toBe(true);
});
