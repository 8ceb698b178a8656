import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { appRoutes } from '../../src/app/routes';
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
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, fetchMock };
}
