import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { RouteErrorBoundary } from '../../src/app/route-error-boundary';

function Boom(): never {
  throw new Error('chart data had an unexpected shape');
}

function Shell() {
  const { pathname } = useLocation();
  return (
    <I18nProvider locale="es">
      <nav aria-label="Principal">
        <Link to="/fine">fine page</Link>
      </nav>
      <RouteErrorBoundary resetKey={pathname}>
        <Routes>
          <Route path="broken" element={<Boom />} />
          <Route path="fine" element={<h1>Página que funciona</h1>} />
        </Routes>
      </RouteErrorBoundary>
    </I18nProvider>
  );
}

describe('route error boundary', () => {
  it('shows a friendly message, the detail and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/broken']}>
        <Shell />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Algo salió mal en esta página' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Detalle técnico: chart data had an unexpected shape');
    expect(screen.getByRole('link', { name: 'Ir al resumen' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Principal' })).toBeInTheDocument();
  });

  it('recovers when the reader navigates to another page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/broken']}>
        <Shell />
      </MemoryRouter>,
    );
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('link', { name: 'fine page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Página que funciona' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
