import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, useLocation, useNavigationType, type Location, type NavigationType } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../../src/app/routes';
import { loadFixture } from '../fixtures/load-fixture';

import { readFileSync } from 'node:fs';

export type FetchResponder = (url: string) => Promise<Response>;

export const respondWithFixture =
  (name = 'mini-dataset.json'): FetchResponder =>
  async () =>
    new Response(JSON.stringify(loadFixture(name)), { status: 200, headers: { 'content-type': 'application/json' } });

/** Serves the shipped HLED dataset, read from disk, as the app's fetch would receive it. */
export const respondWithShippedDataset = (): FetchResponder => {
  const text = readFileSync('public/data/hled.json', 'utf8');
  return async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
};

/** Renders the whole app at a URL with a fresh query client (no retries) and a stubbed network. */
export function renderApp(path = '/', respond: FetchResponder = respondWithFixture()) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => respond(String(input)));
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = {
    state: { location: undefined as unknown as Location, historyAction: undefined as unknown as NavigationType },
  };
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe
          onLocation={(location, action) => {
            router.state.location = location;
            router.state.historyAction = action;
          }}
        />
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, router, fetchMock };
}

/**
 * Lets tests read the router's current location and how it was reached (`router.state.location`, `.historyAction`:
 * PUSH, REPLACE or POP), as the data router used to expose them.
 */
function LocationProbe({ onLocation }: { onLocation: (location: Location, action: NavigationType) => void }) {
  onLocation(useLocation(), useNavigationType());
  return null;
}
