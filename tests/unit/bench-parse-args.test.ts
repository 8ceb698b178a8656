import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/lib/parse-bench-args';

describe('npm run bench options', () => {
  it('defaults to a full, reportable run', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      options: { quick: false, runs: 7, lighthouse: true, scales: [1, 10, 100], write: true, help: false, only: null },
    });
  });

  it('reads every flag, in either --name value or --name=value form', () => {
    const result = parseBenchArgs(['--runs', '9', '--scales=100,1', '--no-lighthouse', '--no-write']);
    expect(result).toEqual({
      ok: true,
      options: { quick: false, runs: 9, lighthouse: false, scales: [1, 100], write: false, help: false, only: null },
    });
  });

  it('makes --quick take 3 paint runs unless --runs says otherwise', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({ ok: true, options: { quick: true, runs: 3 } });
    expect(parseBenchArgs(['--quick', '--runs', '2'])).toMatchObject({ ok: true, options: { runs: 2 } });
  });

  it('refuses fewer than 5 paint runs for a reportable run', () => {
    expect(parseBenchArgs(['--runs', '3'])).toMatchObject({ ok: false, error: expect.stringMatching(/at least 5/) });
  });

  it('refuses malformed values and unknown flags', () => {
    expect(parseBenchArgs(['--runs'])).toMatchObject({ ok: false });
    expect(parseBenchArgs(['--runs', 'many'])).toMatchObject({ ok: false });
    expect(parseBenchArgs(['--scales', '1,x'])).toMatchObject({ ok: false });
    expect(parseBenchArgs(['--scales', '0'])).toMatchObject({ ok: false });
    expect(parseBenchArgs(['--fast'])).toEqual({ ok: false, error: 'unknown option --fast' });
  });
  it('runs one step alone with --only, 5 pairs unless --runs says otherwise, and names the steps it knows', () => {
    expect(parseBenchArgs(['--only', 'repeat-visit'])).toMatchObject({
      ok: true,
      options: { only: 'repeat-visit', runs: 5 },
    });
    expect(parseBenchArgs(['--only=repeat-visit', '--runs', '8'])).toMatchObject({
      ok: true,
      options: { only: 'repeat-visit', runs: 8 },
    });
    expect(parseBenchArgs(['--only', 'deck-export'])).toMatchObject({ ok: true, options: { only: 'deck-export' } });
    expect(parseBenchArgs(['--only', 'phone-latency'])).toMatchObject({ ok: true, options: { only: 'phone-latency' } });
    expect(parseBenchArgs(['--only', 'paint'])).toEqual({
      ok: false,
      error: '--only needs one of repeat-visit, deck-export, phone-latency, got paint',
    });
  });
});
