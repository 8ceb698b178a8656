import type { RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { RootErrorPage } from './root-error-page';
import { RouteErrorBoundary } from './route-error-boundary';
import { OverviewView } from '../features/overview/overview-view';
import { NotFoundView } from '../features/not-found/not-found-view';

/**
 * The route table. The overview ships in the first bundle; every other view loads when first visited.
 * A pathless layout route holds the error boundary so that a failing view keeps the header and navigation.
 */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RootErrorPage />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <OverviewView /> },
          {
            path: 'pillars',
            lazy: async () => ({ Component: (await import('../features/pillars/pillars-view')).PillarsView }),
          },
          {
            path: 'pillars/:id',
            lazy: async () => ({ Component: (await import('../features/pillars/pillar-detail-view')).PillarDetailView }),
          },
          {
            path: 'sectors',
            lazy: async () => ({ Component: (await import('../features/sectors/sectors-view')).SectorsView }),
          },
          {
            path: 'sectors/:id',
            lazy: async () => ({ Component: (await import('../features/sectors/sector-detail-view')).SectorDetailView }),
          },
          {
            path: 'delegations',
            lazy: async () => ({ Component: (await import('../features/delegations/delegations-view')).DelegationsView }),
          },
          {
            path: 'people/:id',
            lazy: async () => ({ Component: (await import('../features/delegations/person-view')).PersonView }),
          },
          {
            path: 'meetings',
            lazy: async () => ({ Component: (await import('../features/meetings/meetings-view')).MeetingsView }),
          },
          {
            path: 'meetings/:id',
            lazy: async () => ({ Component: (await import('../features/meetings/meeting-detail-view')).MeetingDetailView }),
          },
          {
            path: 'initiatives',
            lazy: async () => ({ Component: (await import('../features/initiatives/initiatives-view')).InitiativesView }),
          },
          {
            path: 'initiatives/:id',
            lazy: async () => ({ Component: (await import('../features/initiatives/initiative-detail-view')).InitiativeDetailView }),
          },
          {
            path: 'sources',
            lazy: async () => ({ Component: (await import('../features/sources/sources-view')).SourcesView }),
          },
          {
            path: 'briefing',
            lazy: async () => ({ Component: (await import('../features/briefing/briefing-view')).BriefingView }),
          },
          { path: '*', element: <NotFoundView /> },
        ],
      },
    ],
  },
];
