import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { MemoryRouter } from 'react-router';
import { expect, it, vi } from 'vitest';
import { DelegationCompositionPanel } from '../../src/components/charts/delegation-composition-panel';
import { IndicatorPanel } from '../../src/components/charts/indicator-panel';
import { InitiativesByPillarPanel } from '../../src/components/charts/initiatives-by-pillar-panel';
import { MeetingsTimelinePanel } from '../../src/components/charts/meetings-timeline-panel';
import { SectorPillarPanel } from '../../src/components/charts/sector-pillar-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { LOCALES } from '../../src/i18n/locale';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { stubChartLayout } from './chart-test-helpers';

stubChartLayout();

it.each(LOCALES)(
  'draws all five panels from the shipped dataset in %s, each with a takeaway, chart, table and sources',
  async (locale) => {
    const user = userEvent.setup();
    const result = parseDataset(JSON.parse(readFileSync('public/data/hled.json', 'utf8')));
    if (!result.ok) throw new Error('public/data/hled.json is invalid');
    const dataset = result.dataset;
    const pillarStyles = selectPillarColors(dataset);
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    render(
      <MemoryRouter>
        <I18nProvider locale={locale}>
          <SectorPillarPanel dataset={dataset} pillarStyles={pillarStyles} />
          <InitiativesByPillarPanel dataset={dataset} pillarStyles={pillarStyles} />
          <DelegationCompositionPanel dataset={dataset} pillarStyles={pillarStyles} />
          <MeetingsTimelinePanel dataset={dataset} pillarStyles={pillarStyles} />
          <IndicatorPanel dataset={dataset} pillarStyles={pillarStyles} />
        </I18nProvider>
      </MemoryRouter>,
    );
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(5);
    for (const figure of figures) {
      expect(within(figure).getByRole('heading')).not.toHaveTextContent('');
      const takeaway = within(figure).getAllByRole('paragraph')[0];
      expect(takeaway?.textContent).toMatch(/\d/);
      expect(within(figure).getByRole('img').querySelector('svg')).not.toBeNull();
      // The table twin renders once its disclosure is opened.
      const summary = figure.querySelector('summary');
      if (summary === null) throw new Error('no table disclosure');
      await user.click(summary);
      expect((await within(figure).findAllByRole('row')).length).toBeGreaterThan(1);
      expect(within(figure).getAllByRole('link').length).toBeGreaterThan(0);
    }
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  },
);
