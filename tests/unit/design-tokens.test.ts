import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PILLAR_PALETTE_SIZE } from '../../src/model/select-pillar-colors';

const css = readFileSync('src/styles/tokens.css', 'utf8');

/** Reads `--name: light-dark(#light, #dark)` from the tokens file. */
function token(name: string): { light: string; dark: string } {
  const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`).exec(css);
  if (!match) throw new Error(`token --${name} is not a light-dark() pair of hex colours`);
  return { light: match[1] as string, dark: match[2] as string };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
}

/** WCAG 2.x contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('design tokens', () => {
  const surfaces = [token('color-bg'), token('color-surface')];

  it('computes contrast like WCAG (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('defines every pillar colour slot the model assigns', () => {
    for (let slot = 1; slot <= PILLAR_PALETTE_SIZE; slot += 1) expect(() => token(`pillar-${slot}`)).not.toThrow();
  });

  it('keeps every pillar colour at 3:1 or more against the page and card surfaces in both themes', () => {
    for (let slot = 1; slot <= PILLAR_PALETTE_SIZE; slot += 1) {
      const pillar = token(`pillar-${slot}`);
      for (const surface of surfaces) {
        expect(contrast(pillar.light, surface.light), `pillar-${slot} light`).toBeGreaterThanOrEqual(3);
        expect(contrast(pillar.dark, surface.dark), `pillar-${slot} dark`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps body, muted and link text at 4.5:1 or more in both themes', () => {
    for (const name of ['color-text', 'color-text-muted', 'color-accent', 'color-heading', 'color-danger']) {
      const text = token(name);
      for (const surface of surfaces) {
        expect(contrast(text.light, surface.light), `${name} light`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(text.dark, surface.dark), `${name} dark`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
