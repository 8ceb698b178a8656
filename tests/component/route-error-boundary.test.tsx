import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { RouteErrorBoundary } from '../../src/app/route-error-boundary';

function Boom(): never {
  throw new Error('chart data had an unexpected shape');
}

describe('route error boundary', () => {
  it('shows a friendly message, the detail and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: (
            <I18nProvider locale="es">
              <nav aria-label="Principal">header stays</nav>
              <Outlet />
            </I18nProvider>
          ),
          children: [{ errorElement: <RouteErrorBoundary />, children: [{ path: 'broken', element: <Boom /> }] }],
        },
      ],
      { initialEntries: ['/broken'] },
    );
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Algo salió mal en esta página' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Detalle técnico: chart data had an unexpected shape');
    expect(screen.getByRole('link', { name: 'Ir al resumen' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Principal' })).toBeInTheDocument();
  });
});
