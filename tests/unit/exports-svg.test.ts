import { describe, expect, it } from 'vitest';
import { composeChartSvg } from '../../src/model/exports/compose-chart-svg';

const parts = {
  chartMarkup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="10" height="10" fill="#123456"/></svg>',
  chartWidth: 600,
  chartHeight: 300,
  title: 'Sectors & pillars',
  takeaway: 'Semiconductors has the most initiatives (4).',
  caption: 'Sources: White House (official), SRE (official)',
  link: 'https://hled.example/sectors?country=MX&lang=es',
  colors: { background: 'rgb(255, 255, 255)', text: 'rgb(20, 20, 20)', muted: 'rgb(90, 90, 90)' },
  fontFamily: 'system-ui, sans-serif',
};

describe('composeChartSvg', () => {
  it('puts title and takeaway above the chart and the sources and link below it, as escaped text', () => {
    const { markup, width, height } = composeChartSvg(parts);
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(markup).toContain('>Sectors &#38; pillars</text>');
    expect(markup).toContain('>Semiconductors has the most initiatives (4).</text>');
    expect(markup).toContain('>Sources: White House (official), SRE (official)</text>');
    expect(markup).toContain('country=MX&#38;lang=es');
    expect(markup).toContain('fill="#123456"');
    const order = ['Sectors &#38;', 'Semiconductors', '#123456', 'Sources:'].map((s) => markup.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300 + 28 + 21);
  });

  it('is a well-formed XML document', () => {
    const doc = new DOMParser().parseFromString(composeChartSvg(parts).markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('648');
  });

  it('wraps a long takeaway over several lines and leaves it out when there is none', () => {
    const long = composeChartSvg({ ...parts, takeaway: 'word '.repeat(80).trim() });
    expect(long.markup.match(/font-size="15"/g)?.length).toBeGreaterThan(2);
    expect(composeChartSvg({ ...parts, takeaway: null }).markup).not.toContain('font-size="15"');
  });
});
