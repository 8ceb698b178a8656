import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import type { LighthouseResults, LighthouseRun } from './bench-results.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** Audits that carry no pass/fail. */
const NOT_SCORED = new Set(['notApplicable', 'informative', 'manual', 'error']);

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function toRun(lhr: Lhr): LighthouseRun {
  const score = (id: string) => lhr.categories[id]?.score ?? null;
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing: LighthouseRun['failing'] = [];
  for (const category of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit && audit.score !== null && audit.score < 1 && !NOT_SCORED.has(audit.scoreDisplayMode)) {
        failing.push({ category, id: ref.id, title: audit.title });
      }
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndex: value('speed-index'),
    failing,
  };
}

/**
 * Lighthouse 12 with its default (mobile, simulated throttling) config, in Debian's Chromium launched by
 * chrome-launcher with the project's flags. A fresh browser per run, so every run starts cold.
 */
async function auditOnce(url: string): Promise<{ run: LighthouseRun; version: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    const fatal = result.lhr.runtimeError;
    if (fatal !== undefined) throw new Error(`Lighthouse: ${fatal.code} ${fatal.message}`);
    return { run: toRun(result.lhr), version: result.lhr.lighthouseVersion };
  } finally {
    chrome.kill();
  }
}

export async function runLighthouse(appUrl: string, floorUrl: string, runs: number): Promise<LighthouseResults> {
  const app: LighthouseRun[] = [];
  let version = '';
  for (let i = 0; i < runs; i += 1) {
    const { run, version: v } = await auditOnce(appUrl);
    version = v;
    app.push(run);
    console.log(
      `  app run ${i + 1}/${runs}: performance ${Math.round((run.performance ?? 0) * 100)}, LCP ${Math.round(run.lcp)} ms`,
    );
  }
  const floor = (await auditOnce(floorUrl)).run;
  console.log(`  floor: performance ${Math.round((floor.performance ?? 0) * 100)}, LCP ${Math.round(floor.lcp)} ms`);
  return { lighthouseVersion: version, app, floor };
}
