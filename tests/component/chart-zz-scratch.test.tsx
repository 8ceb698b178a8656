import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { parseDataset } from '../../src/data/parse-dataset';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { SectorPillarPanel } from '../../src/components/charts/sector-pillar-panel';
import { InitiativesByPillarPanel } from '../../src/components/charts/initiatives-by-pillar-panel';
import { DelegationCompositionPanel } from '../../src/components/charts/delegation-composition-panel';
import { MeetingsTimelinePanel } from '../../src/components/charts/meetings-timeline-panel';
import { IndicatorPanel } from '../../src/components/charts/indicator-panel';

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 720, height: 400 }));
});
afterEach(() => vi.unstubAllGlobals());

it('scratch', () => {
  const raw: unknown = JSON.parse(readFileSync('public/data/hled.json', 'utf8'));
  const parsed = parseDataset(raw);
  console.log(Object.keys(parsed));
  // eslint-disable-next-line
  const dataset = (parsed as any).dataset ?? (parsed as any).value;
  const styles = selectPillarColors(dataset);
  for (const locale of ['en', 'es'] as const) {
    const { container, unmount } = render(
      <MemoryRouter>
        <I18nProvider locale={locale}>
          <SectorPillarPanel dataset={dataset} pillarStyles={styles} onSelectPillar={() => {}} onSelectSector={() => {}} />
          <InitiativesByPillarPanel dataset={dataset} pillarStyles={styles} onSelectPillar={() => {}} />
          <DelegationCompositionPanel dataset={dataset} pillarStyles={styles} onSelectMeeting={() => {}} />
          <MeetingsTimelinePanel dataset={dataset} pillarStyles={styles} onSelectMeeting={() => {}} />
          <IndicatorPanel dataset={dataset} pillarStyles={styles} />
        </I18nProvider>
      </MemoryRouter>,
    );
    for (const fig of screen.getAllByRole('figure')) {
      console.log('----', within(fig).getByRole('heading').textContent);
      console.log(fig.querySelector('.chart-frame__takeaway')?.textContent);
      console.log('img:', fig.querySelector('[role=img]')?.getAttribute('aria-label'));
      console.log('svg marks:', fig.querySelectorAll('svg.recharts-surface path, svg.recharts-surface circle').length);
      console.log('legend:', [...fig.querySelectorAll('.chart-legend li, .chart-legend p')].map((e) => e.textContent).join(' | '));
      console.log('caption:', fig.querySelector('figcaption')?.textContent);
      const rows = fig.querySelectorAll('tbody tr');
      console.log('rows', rows.length, [...rows].slice(0, 3).map((r) => r.textContent).join(' // '));
    }
    if (locale === 'en') console.log(container.querySelector('.recharts-yAxis')?.textContent);
    unmount();
  }
});
