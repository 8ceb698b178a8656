import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const counter = (page: import('@playwright/test').Page) => page.locator('.presentation__counter [aria-hidden="true"]');
const slideCount = async (page: import('@playwright/test').Page) => {
  const slides = page.getByRole('list', { name: 'Slides' }).locator(':scope > li');
  await expect(slides.first()).toBeVisible();
  return slides.count();
};

test('presenting a filtered deck: keys move, the URL and the counter follow, a reload reopens the slide', async ({
  page,
}) => {
  await page.goto('/briefing?country=MX');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Briefing');
  const total = await slideCount(page);
  expect(total).toBeGreaterThan(8);
  await expect(page.getByRole('list', { name: 'Slides' }).locator(':scope > li').first()).toContainText(
    'Country: Mexico',
  );

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
  // The chart slides (the sectors over two slides, and the timeline) are far below the first screen: not drawn yet.
  const chartSlides = await page.locator('.briefing-slide--chart').count();
  expect(chartSlides).toBe(3);
  const surfaces = page.locator('.briefing-deck .recharts-surface');
  await expect(surfaces).toHaveCount(0);
  // Scrolled to, the timeline slide draws its chart.
  const timeline = page.locator('.briefing-slide--chart').last();
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline.locator('.recharts-surface')).toHaveCount(1);
  await expect(surfaces).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));

  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
  await expect(page.locator('.briefing-slide__footer').first()).toBeVisible();

  // The print dialog takes the page size from @page, as a browser's own print does. Printing (beforeprint, which
  // page.pdf fires too) draws every chart first.
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  await expect(surfaces).toHaveCount(chartSlides);

  // Chart text prints at 9 pt or more: on the 13.333 in page 1280 CSS px make 960 pt, so 12 px is 9 pt.
  const smallest = await page.locator('.briefing-deck .recharts-surface').evaluateAll((svgs) =>
    Math.min(
      ...svgs.flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).width.baseVal.value;
        return [...svg.querySelectorAll('text')]
          .filter((t) => (t.textContent ?? '').trim() !== '')
          .map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);

  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF')).toBe(true);
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages).toHaveLength(total);
  // The page is the slide's own 16:9 shape (960×540 pt): no blank band.
  const size = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  expect(Math.round(Number(size?.[1]))).toBe(960);
  expect(Math.round(Number(size?.[2]))).toBe(540);

  // The slides' words are in the PDF, page by page (Chromium compresses text, so read it back with poppler's
  // pdftotext, which .ci/run installs; a missing tool fails here rather than skipping the check).
  const file = join(mkdtempSync(join(tmpdir(), 'hled-pdf-')), 'deck.pdf');
  writeFileSync(file, pdf);
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  expect(firstPage).toContain('U.S.–Mexico High-Level Economic Dialogue');
  const secondPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
  expect(secondPage).toContain('Key figures');
  const lastPage = execFileSync('pdftotext', ['-f', String(total), '-l', String(total), file, '-'], {
    encoding: 'utf8',
  });
  expect(lastPage).toContain('Sources');
  // The first chart slide's one-word axis labels (sectors' names, said nowhere else on its slide) are on its page.
  const items = page.locator('.briefing-deck__item');
  const chartPage = (await items.evaluateAll((li) => li.findIndex((l) => l.querySelector('.recharts-surface')))) + 1;
  const words = (
    await items
      .nth(chartPage - 1)
      .locator('.recharts-cartesian-axis-tick-label')
      .allTextContents()
  )
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/\s/.test(l));
  expect(words.length).toBeGreaterThan(0);
  const chartPageText = execFileSync('pdftotext', ['-f', String(chartPage), '-l', String(chartPage), file, '-'], {
    encoding: 'utf8',
  });
  for (const word of words) expect(chartPageText).toContain(word);
});

test('slides far below the screen are not laid out until reached, and one reached by a jump is drawn at the deck’s width at once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/briefing');
  const total = await slideCount(page);
  const last = page.getByRole('list', { name: 'Slides' }).locator(':scope > li').last();
  // Its words are in the page (find-in-page, copy and screen readers reach them), but it is skipped by layout.
  await expect(last).toContainText(`${total} / ${total}`);
  const laidOut = () =>
    last.locator('.briefing-slide').evaluate((slide) => slide.checkVisibility({ contentVisibilityAuto: true }));
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

/** Screen slide titles, in order: the band's heading, or the cover's. */
async function screenTitles(page: Page): Promise<string[]> {
  const slides = page.getByRole('list', { name: /^(Slides|Diapositivas)$/ }).locator(':scope > li');
  await expect(slides.first()).toBeVisible();
  return slides.locator('.briefing-slide__title, .briefing-slide__cover-title').allTextContents();
}

/** Exports the deck with the "Export PowerPoint" button beside Present, and opens the file. */
async function exportDeck(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(Export PowerPoint|Exportar a PowerPoint)$/ }).click(),
  ]);
  const path = await download.path();
  const zip = await JSZip.loadAsync(readFileSync(path));
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);
  const parts = (pattern: RegExp) =>
    Object.keys(zip.files)
      .filter((n) => pattern.test(n))
      .sort((a, b) => number(a) - number(b));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1] ?? ''));
  const slides = await Promise.all(parts(/^ppt\/slides\/slide\d+\.xml$/).map(read));
  return {
    fileName: download.suggestedFilename(),
    path,
    titles: slides.map((xml) => texts(xml)[0] ?? ''),
    slides: slides.map(texts),
    charts: await Promise.all(parts(/^ppt\/charts\/chart\d+\.xml$/).map(read)),
    notes: (await Promise.all(parts(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(read))).map((xml) =>
      texts(xml).join(' '),
    ),
  };
}

test('a one-meeting deck (September 2023) is about that meeting: what was agreed, who chaired, no pillar of the 2013 series', async ({
  page,
}) => {
  await page.goto('/briefing?meeting=M2023');
  const deck = page.getByRole('list', { name: 'Slides' });
  await expect(deck.locator(':scope > li').first()).toContainText('Third meeting of the relaunched HLED');
  await expect(deck.locator(':scope > li').first()).toContainText(
    'September 29, 2023 · U.S. Department of State, Washington, D.C.',
  );
  await expect(deck).toContainText('What was agreed (1/2)');
  await expect(deck).toContainText('A joint semiconductor action plan announced at the press conference.');
  await expect(deck).toContainText('Resumption of the in-person Binational Group on Bridges and Border Crossings');
  await expect(deck).toContainText('Alicia Bárcena');
  await expect(deck).toContainText('Antony J. Blinken');
  await expect(deck).toContainText('Since the previous meeting');
  await expect(deck).toContainText('Compared with Second annual meeting of the relaunched HLED, September 12, 2022.');
  for (const original of ['Promoting Competitiveness and Connectivity', 'Modern borders', 'Workforce development']) {
    await expect(deck).not.toContainText(original);
  }
  const titles = await screenTitles(page);
  expect(titles.filter((t) => t.startsWith('Sources'))).toHaveLength(2);

  // Export and print sit beside Present; slides carry no download button, in the deck or presenting.
  const actions = page.locator('.briefing-view__actions');
  await expect(actions.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Export PowerPoint' })).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog');
  for (let i = 1; i < titles.length; i++) {
    await expect(dialog.getByRole('button', { name: /download/i })).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
  }
});

test('a one-pillar deck lists that pillar’s initiatives', async ({ page }) => {
  await page.goto('/briefing?pillar=P3');
  const deck = page.getByRole('list', { name: 'Slides' });
  await expect(deck.locator(':scope > li').first()).toContainText('Securing the Tools for Future Prosperity');
  await expect(deck).toContainText('Promotion of a cybersecurity framework in Mexico');
  await expect(deck).toContainText('Its sectors');
});

test('the exported PowerPoint is the screen deck: same titles in order, notes, no empty chart category, at most two source slides', async ({
  page,
}) => {
  test.setTimeout(60_000);
  for (const lang of ['en', 'es']) {
    await page.goto(`/briefing?meeting=M2023&lang=${lang}`);
    const titles = await screenTitles(page);
    const pptx = await exportDeck(page);
    expect(pptx.fileName).toBe(`hled-briefing-2023-09-29-${lang}.pptx`);
    expect(pptx.titles).toEqual(titles);
    expect(pptx.titles.filter((t) => /^(Sources|Fuentes)/.test(t)).length).toBeLessThanOrEqual(2);
    expect(pptx.notes).toHaveLength(titles.length);
    for (const note of pptx.notes) expect(note.trim().length).toBeGreaterThan(20);
    expect(pptx.charts.length).toBeGreaterThan(0);
    for (const chart of pptx.charts) {
      const series = [...chart.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((m) =>
        [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
      );
      expect(series.length).toBeGreaterThan(0);
      const categories = series[0]?.length ?? 0;
      for (let i = 0; i < categories; i++)
        expect(
          series.some((values) => (values[i] ?? 0) > 0),
          `category ${i}`,
        ).toBe(true);
      expect(chart).toContain('<c:legend>');
    }
    if (lang === 'es') expect(pptx.titles).toContain('Lo que se acordó (1/2)');
  }
  await page.goto('/briefing?pillar=P1');
  const pillar = await exportDeck(page);
  expect(pillar.titles).toEqual(await screenTitles(page));
  expect(pillar.slides.flat()).toContain('One-Stop Shop for Investors (VUI)');
});

test('LibreOffice Impress opens the exported deck: converted to PDF, every slide’s title is on its page', async ({
  page,
}) => {
  // soffice takes a while to start, more so with the other test workers busy.
  test.setTimeout(240_000);
  await page.goto('/briefing?meeting=M2023');
  const titles = await screenTitles(page);
  const pptx = await exportDeck(page);
  const dir = mkdtempSync(join(tmpdir(), 'hled-soffice-'));
  const file = join(dir, pptx.fileName);
  writeFileSync(file, readFileSync(pptx.path));
  // A private profile, so that parallel runs do not share (and lock) one.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 200_000 },
  );
  const pdf = file.replace(/\.pptx$/, '.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(titles.length);
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  titles.forEach((title, i) => {
    const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' });
    expect(squash(text), `page ${i + 1}`).toContain(squash(title));
  });
});
