/**
 * `npm run bench:passes` — what React does for one filter change, pass by pass. A diagnostic for working on filter
 * latency (docs/PERFORMANCE.md says how slow; this says why), not part of the report.
 *
 * Builds the app against React's profiling build (VITE_REACT_PROFILE=1, see src/main.tsx) into .bench/profiling,
 * serves it, opens a route in headless Chromium (desktop, reduced motion) and presses a filter-bar button — by
 * default "Clear all" — or chooses an option (`--select Label=value`) while tracing. `--before` lists choices made first,
 * without tracing, so the change can start where the benchmark's scripted session is (the overview's charts, for one,
 * are then drawn before the filters empty them). Prints, for each run: React's own timeline (render, commit and effect passes,
 * in ms after the click), the components each render pass rendered, and when the DOM changed; then the components
 * with the most self time, averaged over the runs. Profiling builds are slower than production: compare passes and
 * counts, not milliseconds, with `npm run bench`.
 *
 *   npm run bench:passes -- --route '/?country=US&pillar=P1' [--button 'Clear all' | --select Country=MX]
 *     [--before 'Country=US,Pillar=P1,Sector=ict'] [--data FILE] [--runs 3] [--no-build]
 */
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';
import { DESKTOP, launchChromium, newBenchContext, settleNetwork, waitForView } from './browser.ts';
import { startStaticServer } from './static-server.ts';

const OUT = '.bench/profiling';
const TRACE = '.bench/profiling-trace.json';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? (args[at + 1] as string) : fallback;
};
const route = option('route', '/?country=US&pillar=P1');
const button = option('button', 'Clear all');
/** "Label=value" → a filter-bar select and the option to choose. */
const parseChoice = (text: string) => {
  const at = text.indexOf('=');
  if (at <= 0) throw new Error(`expected Label=value, got "${text}"`);
  return { label: text.slice(0, at), value: text.slice(at + 1) };
};
const select = args.includes('--select') ? parseChoice(option('select', '')) : null;
const before = option('before', '')
  .split(',')
  .filter((s) => s !== '')
  .map(parseChoice);
const action = select === null ? `"${button}"` : `${select.label}=${select.value}`;
const data = option('data', '');
const runs = Math.max(1, Number(option('runs', '3')));

interface Mark {
  track: string;
  name: string;
  start: number;
  end: number;
}

if (!args.includes('--no-build')) {
  console.log(`building the profiling build into ${OUT}…`);
  const require = createRequire(import.meta.url);
  process.env.VITE_REACT_PROFILE = '1';
  await build({
    logLevel: 'warn',
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: require.resolve('react-dom/profiling') }] },
    build: { outDir: OUT, emptyOutDir: true, minify: false },
  });
}

/** React's marks (console.timeStamp with a track), in ms. */
async function readMarks(): Promise<Mark[]> {
  const events = (
    JSON.parse(await readFile(TRACE, 'utf8')) as {
      traceEvents: { name: string; args?: { data?: Record<string, unknown> } }[];
    }
  ).traceEvents;
  return events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.start !== undefined)
    .map((e) => {
      const d = e.args?.data ?? {};
      return {
        track: String(d.track ?? ''),
        name: String(d.message ?? d.name ?? ''),
        start: Number(d.start) / 1000,
        end: Number(d.end) / 1000,
      };
    });
}

/** Self time of each component mark: its span less its children's (marks nest like the component tree). */
function addSelfTimes(components: Mark[], into: Map<string, { ms: number; count: number }>): void {
  const sorted = [...components].sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: (Mark & { children: number })[] = [];
  const pop = () => {
    const top = stack.pop();
    if (top === undefined) return;
    const entry = into.get(top.name) ?? { ms: 0, count: 0 };
    entry.ms += top.end - top.start - top.children;
    entry.count += 1;
    into.set(top.name, entry);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children += top.end - top.start;
  };
  for (const mark of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1] as Mark).end <= mark.start) pop();
    stack.push({ ...mark, children: 0 });
  }
  while (stack.length > 0) pop();
}

const server = await startStaticServer(OUT, data ? { overrides: { '/data/hled.json': resolve(data) } } : {});
const browser = await launchChromium();
const selfTimes = new Map<string, { ms: number; count: number }>();
try {
  const context = await newBenchContext(browser, { ...DESKTOP, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __mutations: { at: number; records: number }[]; __clickAt: number | null };
    w.__mutations = [];
    w.__clickAt = null;
    for (const type of ['click', 'change'])
      document.addEventListener(type, (event) => (w.__clickAt ??= event.timeStamp), { capture: true });
    new MutationObserver((records) => {
      if (w.__clickAt !== null) w.__mutations.push({ at: performance.now() - w.__clickAt, records: records.length });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  for (let run = 1; run <= runs; run += 1) {
    await page.goto(server.origin + route, { timeout: 120_000 });
    await waitForView(page, { charts: true, timeout: 120_000 });
    await settleNetwork(page);
    const bar = page.getByRole('region', { name: 'Filters', exact: true });
    // Draw every chart first, as a reader scrolling the page would have.
    await page.mouse.wheel(0, 10_000);
    await page.waitForTimeout(800);
    await page.mouse.wheel(0, -10_000);
    for (const choice of before) {
      await bar.getByLabel(choice.label, { exact: true }).selectOption(choice.value);
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { __mutations: unknown[]; __clickAt: number | null };
      w.__mutations = [];
      w.__clickAt = null;
    });
    await browser.startTracing(page, { path: TRACE, categories: ['devtools.timeline', 'blink.console'] });
    if (select === null) await bar.getByRole('button', { name: button, exact: true }).click();
    else await bar.getByLabel(select.label, { exact: true }).selectOption(select.value);
    await page.waitForTimeout(500);
    await browser.stopTracing();
    const marks = await readMarks();
    const mutations = await page.evaluate(
      () => (window as unknown as { __mutations: { at: number; records: number }[] }).__mutations,
    );
    const components = marks.filter((m) => m.track.startsWith('Components'));
    const spans = marks
      .filter((m) => !m.track.startsWith('Components') && m.end > m.start)
      .sort((a, b) => a.start - b.start);
    const origin = spans[0]?.start ?? 0;
    console.log(
      `\nrun ${run}: ${route}${before.length > 0 ? `, then ${before.map((c) => `${c.label}=${c.value}`).join(', ')}` : ''} → ${action}`,
    );
    for (const span of spans) {
      const inside =
        span.name === 'Render'
          ? components.filter((c) => c.start >= span.start - 0.01 && c.end <= span.end + 0.01)
          : [];
      const counts = new Map<string, number>();
      for (const c of inside) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
      const top = [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([name, n]) => `${name}×${n}`)
        .join(' ');
      console.log(
        `  +${(span.start - origin).toFixed(1).padStart(6)} ms ${(span.end - span.start).toFixed(1).padStart(6)} ms  ${span.name}${inside.length > 0 ? ` — ${inside.length} components: ${top}` : ''}`,
      );
    }
    console.log(
      `  DOM changes (ms after the input): ${mutations.map((m) => `+${m.at.toFixed(0)} (${m.records})`).join(', ') || 'none'}`,
    );
    addSelfTimes(components, selfTimes);
  }
  console.log(`\ncomponents with the most self time, per change (mean of ${runs}):`);
  for (const [name, { ms, count }] of [...selfTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
    console.log(
      `  ${(ms / runs).toFixed(2).padStart(7)} ms  ×${Math.round(count / runs)
        .toString()
        .padStart(4)}  ${name}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await rm(TRACE, { force: true });
}
