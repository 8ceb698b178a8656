import { describe, expect, it } from 'vitest';
import {
  formatKb,
  formatMb,
  formatMs,
  formatRatio,
  formatScore,
  formatSigned,
  formatVerdict,
} from '../../scripts/bench/lib/format';

describe('bench number formatting', () => {
  it('writes ratios of ours to the floor with two decimals', () => {
    expect(formatRatio(1300, 1000)).toBe('1.30×');
    expect(formatRatio(884, 884)).toBe('1.00×');
    expect(formatRatio(3036, 884)).toBe('3.43×');
  });

  it('says n/a instead of dividing by a missing floor', () => {
    expect(formatRatio(100, 0)).toBe('n/a');
    expect(formatRatio(Number.NaN, 10)).toBe('n/a');
  });

  it('writes KB as 1024 bytes with one decimal, and MB as 1024²', () => {
    expect(formatKb(122_880)).toBe('120.0');
    expect(formatKb(512)).toBe('0.5');
    expect(formatMb(3 * 1024 * 1024 + 104_858)).toBe('3.1');
  });

  it('keeps a decimal only for times under 10 ms', () => {
    expect(formatMs(4.26)).toBe('4.3');
    expect(formatMs(49.6)).toBe('50');
    expect(formatMs(1725.4)).toBe('1725');
  });

  it('signs differences with a real minus', () => {
    expect(formatSigned(3)).toBe('+3');
    expect(formatSigned(-2)).toBe('−2');
    expect(formatSigned(0)).toBe('0');
  });

  it('writes Lighthouse scores out of 100 and verdicts in words', () => {
    expect(formatScore(0.98)).toBe('98');
    expect(formatScore(null)).toBe('n/a');
    expect(formatVerdict(true)).toBe('met');
    expect(formatVerdict(false)).toBe('not met');
    expect(formatVerdict(null)).toBe('not measured');
  });
});
