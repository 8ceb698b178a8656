/**
 * `tsx scripts/generate-icons.ts`: draws the app's icons (public/icons/, committed) from the favicon's design (a
 * dark tile with two bars, public/favicon.svg) in Debian's Chromium. The maskable icon keeps
 * the bars inside the central 80 % that every platform's mask leaves visible. Re-run after changing the design.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './bench/browser.ts';

const tile = (rounded: boolean, inset: number) => {
  // The favicon's 32-unit grid; `inset` shrinks the bars towards the centre for the maskable icon.
  const scale = 1 - inset;
  const at = (v: number) => 16 + (v - 16) * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${rounded ? 6 : 0}" fill="#0e1a2e"/>
  <rect x="${at(7)}" y="${at(8)}" width="${8 * scale}" height="${16 * scale}" rx="${2 * scale}" fill="#3a9fe0"/>
  <rect x="${at(17)}" y="${at(8)}" width="${8 * scale}" height="${16 * scale}" rx="${2 * scale}" fill="#2cc597"/>
</svg>`;
};

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: tile(true, 0) },
  { file: 'icon-512.png', size: 512, svg: tile(true, 0) },
  { file: 'icon-maskable-512.png', size: 512, svg: tile(false, 0.3) },
  { file: 'apple-touch-icon.png', size: 180, svg: tile(false, 0.15) },
];

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--headless', ...CHROMIUM_FLAGS],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${icon.svg}`,
    );
    await writeFile(`public/icons/${icon.file}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
