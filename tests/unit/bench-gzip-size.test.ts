import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classifyResource, gzipSize, sumSizes } from '../../scripts/bench/lib/gzip-size';

describe('bench byte counting', () => {
  it('measures the gzip -9 size of a body', () => {
    const body = 'const a = 1;\n'.repeat(500);
    expect(gzipSize(body)).toBe(gzipSync(body, { level: 9 }).length);
    expect(gzipSize(body)).toBeLessThan(body.length / 10);
    expect(gunzipSync(gzipSync(body, { level: 9 })).toString()).toBe(body);
  });

  it('tells scripts, styles, data and pages apart by content type, then by extension', () => {
    expect(classifyResource('http://h/assets/index-abc.js', 'text/javascript; charset=utf-8')).toBe('js');
    expect(classifyResource('http://h/x', 'application/javascript')).toBe('js');
    expect(classifyResource('http://h/assets/index.css', undefined)).toBe('css');
    expect(classifyResource('http://h/data/hled.json', 'application/json; charset=utf-8')).toBe('data');
    expect(classifyResource('http://h/pillars/P1', 'text/html; charset=utf-8')).toBe('html');
    expect(classifyResource('http://h/favicon.svg', 'image/svg+xml')).toBe('other');
  });

  it('sums raw and gzip sizes per kind and in total, counting a URL fetched twice once', () => {
    const totals = sumSizes([
      { url: '/a.js', kind: 'js', raw: 1000, gzip: 300 },
      { url: '/b.js', kind: 'js', raw: 500, gzip: 200 },
      { url: '/a.js', kind: 'js', raw: 1000, gzip: 300 },
      { url: '/data/hled.json', kind: 'data', raw: 4000, gzip: 700 },
    ]);
    expect(totals.js).toEqual({ raw: 1500, gzip: 500, count: 2 });
    expect(totals.data).toEqual({ raw: 4000, gzip: 700, count: 1 });
    expect(totals.css).toEqual({ raw: 0, gzip: 0, count: 0 });
    expect(totals.total).toEqual({ raw: 5500, gzip: 1200, count: 3 });
  });
});
