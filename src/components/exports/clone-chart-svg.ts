/** Properties that the app's CSS sets on chart marks and text; copied as attributes so the SVG stands alone. */
const STYLED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface ClonedChartSvg {
  markup: string;
  width: number;
  height: number;
}

/**
 * The chart's `<svg>`, serialised with every colour resolved: marks are coloured by CSS variables
 * (`var(--pillar-1)`), which mean nothing once the SVG leaves the page. Computed values are written as presentation
 * attributes rather than `style` attributes, which the Content-Security-Policy (style-src 'self') would refuse.
 */
export function cloneChartSvg(container: Element): ClonedChartSvg | null {
  const svg = container.querySelector('svg.recharts-surface') ?? container.querySelector('svg');
  if (!(svg instanceof SVGSVGElement)) return null;
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  if (width <= 0 || height <= 0) return null;

  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) return null;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (copy === undefined) return;
    const computed = window.getComputedStyle(original);
    for (const property of STYLED_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value !== '' && !value.includes('var(')) copy.setAttribute(property, value);
    }
    if (computed.getPropertyValue('display') === 'none') copy.setAttribute('display', 'none');
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
