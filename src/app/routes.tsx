import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './app-shell';
import { OverviewView } from '../features/overview/overview-view';
import { NotFoundView } from '../features/not-found/not-found-view';

/*
 * The route table, in react-router's declarative mode (about 15 KB gzipped lighter than the data router, which this
 * app never needed: it has no loaders or actions — the dataset comes through TanStack Query).
 * The overview ships in the first bundle; every other view loads when first visited (a skeleton shows meanwhile).
 * AppShell wraps the views in an error boundary (a failing view keeps the header and navigation) and a Suspense
 * boundary.
 */

/** A view loaded on first visit: `lazyView(() => import('…'), (m) => m.SomeView)`. */
function lazyView<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const PillarsView = lazyView(
  () => import('../features/pillars/pillars-view'),
  (m) => m.PillarsView,
);
const PillarDetailView = lazyView(
  () => import('../features/pillars/pillar-detail-view'),
  (m) => m.PillarDetailView,
);
const SectorsView = lazyView(
  () => import('../features/sectors/sectors-view'),
  (m) => m.SectorsView,
);
const SectorDetailView = lazyView(
  () => import('../features/sectors/sector-detail-view'),
  (m) => m.SectorDetailView,
);
const DelegationsView = lazyView(
  () => import('../features/delegations/delegations-view'),
  (m) => m.DelegationsView,
);
const PersonView = lazyView(
  () => import('../features/delegations/person-view'),
  (m) => m.PersonView,
);
const MeetingsView = lazyView(
  () => import('../features/meetings/meetings-view'),
  (m) => m.MeetingsView,
);
const MeetingDetailView = lazyView(
  () => import('../features/meetings/meeting-detail-view'),
  (m) => m.MeetingDetailView,
);
const InitiativesView = lazyView(
  () => import('../features/initiatives/initiatives-view'),
  (m) => m.InitiativesView,
);
const InitiativeDetailView = lazyView(
  () => import('../features/initiatives/initiative-detail-view'),
  (m) => m.InitiativeDetailView,
);
const SourcesView = lazyView(
  () => import('../features/sources/sources-view'),
  (m) => m.SourcesView,
);
// A chart for other sites to frame, without the app's shell: its own code, loaded only on /embed/ addresses.
const EmbedRoute = lazy(() => import('./embed-route'));
const BriefingView = lazyView(
  () => import('../features/briefing/briefing-view'),
  (m) => m.BriefingView,
);

// Nothing shows while its code loads (no fallback): the framing page's own space stays blank.
const embed = (
  <Suspense>
    <EmbedRoute />
  </Suspense>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="embed/*" element={embed} />
      <Route element={<AppShell />}>
        <Route index element={<OverviewView />} />
        <Route path="pillars" element={<PillarsView />} />
        <Route path="pillars/:id" element={<PillarDetailView />} />
        <Route path="sectors" element={<SectorsView />} />
        <Route path="sectors/:id" element={<SectorDetailView />} />
        <Route path="delegations" element={<DelegationsView />} />
        <Route path="people/:id" element={<PersonView />} />
        <Route path="meetings" element={<MeetingsView />} />
        <Route path="meetings/:id" element={<MeetingDetailView />} />
        <Route path="initiatives" element={<InitiativesView />} />
        <Route path="initiatives/:id" element={<InitiativeDetailView />} />
        <Route path="sources" element={<SourcesView />} />
        <Route path="briefing" element={<BriefingView />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}
