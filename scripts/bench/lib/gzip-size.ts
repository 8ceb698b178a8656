import { gzipSync } from 'node:zlib';

/** Size of a body after gzip at level 9 (the most a static host can squeeze out of it with gzip). */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

export type ResourceKind = 'js' | 'css' | 'data' | 'html' | 'other';

export interface ResourceSize {
  url: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
}

interface SizeTotals {
  raw: number;
  gzip: number;
  count: number;
}

export type KindTotals = Record<ResourceKind, SizeTotals> & { total: SizeTotals };

/** What a response is, from its content type, falling back to the path's extension. */
export function classifyResource(url: string, contentType: string | undefined): ResourceKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const path = new URL(url, 'http://x/').pathname.toLowerCase();
  if (type.includes('javascript') || path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (type === 'text/css' || path.endsWith('.css')) return 'css';
  if (type === 'application/json' || type.endsWith('+json') || path.endsWith('.json')) return 'data';
  if (type === 'text/html' || path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'other';
}

/** Sums raw and gzip sizes per kind and over everything; a URL fetched twice counts once. */
export function sumSizes(resources: readonly ResourceSize[]): KindTotals {
  const empty = (): SizeTotals => ({ raw: 0, gzip: 0, count: 0 });
  const totals: KindTotals = {
    js: empty(),
    css: empty(),
    data: empty(),
    html: empty(),
    other: empty(),
    total: empty(),
  };
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    for (const bucket of [totals[r.kind], totals.total]) {
      bucket.raw += r.raw;
      bucket.gzip += r.gzip;
      bucket.count += 1;
    }
  }
  return totals;
}
