import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('app shell', () => {
  it('shows the dialogue on the overview once the dataset loads', async () => {
    renderApp('/');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dialogue dataset…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' })).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    expect(main.getByText('Initiatives').parentElement).toHaveTextContent(/^Initiatives1$/);
    expect(main.getByText('People in delegations').parentElement).toHaveTextContent(/^People in delegations1$/);
  });

  it('navigates between views from the primary navigation', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Pillars' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pillars' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/pillars');
    expect(within(nav).getByRole('link', { name: 'Pillars' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches the interface to Spanish, sets <html lang> and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Diálogo Económico de Demostración' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pilares' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(router.state.location.search).toBe('?lang=es');
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    // Language travels with navigation.
    await user.click(screen.getByRole('link', { name: 'Fuentes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fuentes' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?lang=es');
  });

  it('opens in Spanish from a ?lang=es link', async () => {
    renderApp('/meetings?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reuniones' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
  });

  it('switches the theme and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(theme).toHaveValue('system');
    await user.selectOptions(theme, 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('hled.theme')).toBe('dark');
    await user.selectOptions(theme, 'System');
    expect(document.documentElement.dataset.theme).toBe('system');
    expect(localStorage.getItem('hled.theme')).toBeNull();
  });

  it('shows a 404 page with a way back for unknown routes', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/no-such-page/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the overview' }));
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('dataset errors', () => {
  it('lists each problem of an invalid dataset with its JSON path', async () => {
    renderApp('/', async () => {
      const broken = { format: 'hled-explorer/dialogue-dataset', version: 1 };
      return new Response(JSON.stringify(broken), { status: 200 });
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The dataset could not be used' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('13 problem(s) found');
    expect(alert).toHaveTextContent('dialogue: this field is missing (expected object)');
  });

  it('explains a failed download and recovers on "Try again"', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderApp('/', async (url) => {
      calls += 1;
      if (calls === 1) return new Response('nope', { status: 503, statusText: 'Service Unavailable' });
      const { loadFixture } = await import('../fixtures/load-fixture');
      void url;
      return new Response(JSON.stringify(loadFixture('mini-dataset.json')), { status: 200 });
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be downloaded (HTTP 503 Service Unavailable)');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' })).toBeInTheDocument();
  });
});
