import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SectorPillarPanel } from '../../src/components/charts/sector-pillar-panel';
import { InitiativesByPillarPanel } from '../../src/components/charts/initiatives-by-pillar-panel';
import { MeetingsTimelinePanel } from '../../src/components/charts/meetings-timeline-panel';
import { DelegationCompositionPanel } from '../../src/components/charts/delegation-composition-panel';
import { IndicatorPanel } from '../../src/components/charts/indicator-panel';
import { composeFigureSvg } from '../../src/components/exports/compose-figure-svg';
import { EXPORT_CHART_WIDTH } from '../../src/components/charts/use-export-stage';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp } from './chart-test-helpers';

/*
 * Reference images (after Our World in Data's grapher): the SVG download of every chart, composed from fixed data at the downloads' width with fixed words, must equal the committed file in
 * tests/reference/, so that a refactor cannot silently change a chart. To change a drawing on purpose, run
 * `UPDATE_REFERENCES=1 node_modules/.bin/vitest run tests/component/chart-reference-images.test.tsx`, look at the new
 * files (they open in any browser) and commit them with the change.
 */

const UPDATE = process.env.UPDATE_REFERENCES === '1';

function checkReference(name: string, markup: string) {
  const file = `tests/reference/${name}.svg`;
  if (UPDATE) {
    mkdirSync('tests/reference', { recursive: true });
    writeFileSync(file, `${markup}\n`);
    return;
  }
  expect(existsSync(file), `${file} is missing: make it with UPDATE_REFERENCES=1`).toBe(true);
  expect(`${markup}\n`, `${name}: the drawing differs from ${file} (UPDATE_REFERENCES=1 if that is meant)`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/**
 * The shipped dataset, for the charts whose layout only shows with many records (two series of meetings staggered
 * on their rows, a delegation pair for each meeting, several years of trade). A data change redraws them: regenerate
 * the references with the data commit.
 */
function shipped(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync('public/data/hled.json', 'utf8')));
  if (!result.ok) throw new Error('public/data/hled.json is invalid');
  return result.dataset;
}

/** The initiatives fixture, one sector with a long name: it must wrap on its axis, not be cut short. */
function fixture(): Dataset {
  const result = parseDataset(loadFixture('initiatives-dataset.json'));
  if (!result.ok) throw new Error('initiatives-dataset.json is invalid');
  const dataset = result.dataset;
  return {
    ...dataset,
    sectors: dataset.sectors.map((s) =>
      s.id === 'border' ? { ...s, name: { en: 'Border trade and travel (logistics, customs, digitization)' } } : s,
    ),
  };
}

const words = {
  takeaway: null,
  caption: 'Sources: Test source (official)',
  context: ['Filters: none (all the data)', 'Downloaded December 2, 2026'],
  link: 'https://hled.example/sectors',
};

/** The picture's words, line after line, joined by spaces. */
const textOf = (markup: string) =>
  [...markup.matchAll(/<t(?:ext|span)[^>]*>([^<]+)<\/t(?:ext|span)>/g)].map((m) => m[1]).join(' ');

function composeShown(title: string): string {
  const figure = screen.getByRole('figure', { name: title });
  const image = composeFigureSvg(figure, figure.querySelector('.chart-frame__chart'), { ...words, title });
  if (image === null) throw new Error(`${title}: nothing drawn`);
  return image.markup;
}

describe('reference images of the chart downloads', () => {
  // jsdom has no layout: recharts is given the downloads' width.
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: EXPORT_CHART_WIDTH, height: 480 }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws the sector–pillar matrix as its reference file does, named columns and legend included', () => {
    const dataset = fixture();
    renderInApp(<SectorPillarPanel dataset={dataset} frame={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const markup = composeShown('Sectors and the pillars they fall under');
    const text = textOf(markup);
    expect(text).toContain('I · Building Back Together (2013–) III · Securing the Tools for Future Prosperity (2013–)');
    expect(text).toContain('Outlined, dashed bubble: the link is inferred by the compilers, with reasoning.');
    expect(text).toContain('Border trade and travel (logistics, customs, digitization)');
    expect(markup).not.toMatch(/…<\/t(span|ext)>/);
    checkReference('sector-pillar-matrix', markup);
  });

  it('draws the initiatives by year and pillar as its reference file does, each pillar named in the legend', () => {
    const dataset = fixture();
    renderInApp(
      <InitiativesByPillarPanel dataset={dataset} frame={dataset} pillarStyles={selectPillarColors(dataset)} />,
    );
    const markup = composeShown('Initiatives by year and pillar');
    const text = textOf(markup);
    for (const pillar of [
      'I · Building Back Together (2013–)',
      'III · Securing the Tools for Future Prosperity (2013–)',
      'IV · Investing in Our People (2013–)',
    ]) {
      expect(text).toContain(pillar);
    }
    checkReference('initiatives-by-year-and-pillar', markup);
  });

  it('draws the meetings over time as its reference file does, each series on its row and each kind of meeting in the legend', () => {
    const dataset = shipped();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} frame={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const markup = composeShown('Meetings over time');
    expect(textOf(markup)).toContain('Original HLED (2013–2016) Relaunched HLED');
    expect(textOf(markup)).toContain('Annual ministerial Mid-year review');
    checkReference('meetings-over-time', markup);
  });

  it('draws the delegation sizes as its reference file does, each country named in the legend', () => {
    const dataset = shipped();
    renderInApp(
      <DelegationCompositionPanel dataset={dataset} frame={dataset} pillarStyles={selectPillarColors(dataset)} />,
    );
    const markup = composeShown('Delegation size by meeting');
    const text = textOf(markup);
    expect(text).toContain('United States');
    expect(text).toContain('Mexico');
    checkReference('delegation-size-by-meeting', markup);
  });

  it('draws the quantitative context as its reference file does, its unit and years included', () => {
    const dataset = shipped();
    renderInApp(<IndicatorPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const markup = composeShown('Quantitative context');
    expect(textOf(markup)).toMatch(/20\d\d/);
    checkReference('quantitative-context', markup);
  });
});
