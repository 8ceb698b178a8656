import type { KindTotals, ResourceSize } from './lib/gzip-size.ts';
import type { Summary } from './lib/stats.ts';

/** Everything one `npm run bench` measured; the report is rendered from this and nothing else. */
export interface BenchResults {
  date: string;
  durationSeconds: number;
  quick: boolean;
  machine: MachineInfo;
  commit: { hash: string; dirty: boolean };
  routes: RouteBytes[];
  firstScreen: FirstScreenJs | null;
  paint: PaintResults | null;
  /** First and repeat visits of `/` with the service worker; null when not measured. */
  repeatVisit: RepeatVisitResults | null;
  latency: LatencyResults[];
  /** The HLED filter sessions again with Chromium's CPU slowed down (what a phone feels); absent when not measured. */
  phoneLatency?: PhoneLatencyResults;
  /** Filter changes planned per route, and the time budget of one route's session. */
  latencyPlan: { changes: number; budgetSeconds: number };
  /** Scales asked for but not measured, with the reason. */
  skippedScales: { scale: number; reason: string }[];
  lighthouse: LighthouseResults | null;
  lighthouseSkipped: string | null;
  /** "Export PowerPoint" on /briefing, with the HLED dataset and a larger one; absent when not measured. */
  deckExport?: DeckExportRun[];
  errors: string[];
}

export interface DeckExportRun {
  /** "HLED" or "synthetic 100×". */
  label: string;
  slides: number;
  /** From the click to the download. */
  ms: number;
  /** The longest main-thread block (long task) during the export. */
  longestTaskMs: number;
  /** Distinct progress messages the status region showed during the export. */
  progressMessages: number;
  fileName: string;
  bytes: number;
  errors: string[];
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
}

export interface RouteBytes {
  route: string;
  totals: KindTotals;
  resources: ResourceSize[];
  error: string | null;
}

export interface FirstScreenJs {
  /** JS that finished loading before the overview showed its content with data. */
  beforeContent: ResourceSize[];
  /** JS requested on / that arrived after that point (lazy chunks: charts and the like). */
  afterContent: ResourceSize[];
  /** JS index.html names itself (its module script and modulepreloads). */
  indexHtml: ResourceSize[];
}

export interface PaintSample {
  fcp: number;
  lcp: number;
  lcpElement: string;
}

export interface PaintResults {
  runs: number;
  app: PaintSample[];
  floor: PaintSample[];
  floorBytes: { raw: number; gzip: number };
}

export interface RepeatVisitResults {
  runs: number;
  first: PaintSample[];
  repeat: PaintSample[];
  /** Repeat visits whose page came from the service worker (should be all of them). */
  servedByWorker: number;
}

export interface LatencyResults {
  scale: number;
  dataset: string;
  datasetBytes: number;
  counts: { initiatives: number; people: number; meetings: number };
  routes: RouteLatency[];
}

export interface PhoneLatencyResults {
  /** Chromium's CPU slowdown during the sessions. */
  cpuSlowdown: number;
  routes: RouteLatency[];
}

export interface RouteLatency {
  route: string;
  /** Milliseconds per filter change that took effect. */
  samples: number[];
  summary: Summary | null;
  /** Milliseconds from each change's input to the first frame after it (interaction to next paint, INP-style). */
  nextPaintSamples: number[];
  nextPaintSummary: Summary | null;
  /** The slowest change, to show what costs most. */
  slowest: { step: string; ms: number } | null;
  /** Set when the session hit its time budget before the planned changes were done. */
  stoppedEarly: string | null;
  /** Changes whose URL did not show the expected filters, or that changed nothing on screen. */
  failed: string[];
  /** Largest number of table rows in the DOM during the session (long tables should be virtualised). */
  maxTableRows: number;
  /** Largest number of elements in the document during the session. */
  maxElements: number;
  memory: { before: MemorySnapshot; after: MemorySnapshot } | null;
  error: string | null;
}

export interface MemorySnapshot {
  usedHeap: number;
  nodes: number;
  listeners: number;
}

export interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  failing: { category: string; id: string; title: string }[];
}

export interface LighthouseResults {
  lighthouseVersion: string;
  app: LighthouseRun[];
  floor: LighthouseRun | null;
}
