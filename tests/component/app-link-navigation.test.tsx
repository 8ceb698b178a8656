import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';
import { isCurrent } from '../../src/app/primary-nav';

afterEach(() => vi.unstubAllGlobals());

/** App links are plain anchors; one listener in the shell navigates on an ordinary click (use-app-link-navigation.ts). */
describe('app links', () => {
  it('carry the query string in their href and navigate in the app on a click, keeping it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?country=US&lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    const link = nav.getByRole('link', { name: 'Pillars' });
    expect(link).toHaveAttribute('href', '/pillars?country=US&lang=en');
    expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pillars' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/pillars');
    expect(router.state.location.search).toBe('?country=US&lang=en');
    expect(nav.getByRole('link', { name: 'Pillars' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it('leave a click with a modifier key, or another button, to the browser', async () => {
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
    const link = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Pillars' });
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      // fireEvent returns false when a listener called preventDefault, i.e. when the app took the click.
      expect(fireEvent.click(link, init), JSON.stringify(init)).toBe(true);
    }
    expect(router.state.location.pathname).toBe('/');
    expect(fireEvent.click(link)).toBe(false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pillars' })).toBeInTheDocument();
  });

  it('add a history entry for a new page, and replace it when they lead to the page already shown', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    await user.click(nav.getByRole('link', { name: 'Pillars' }));
    await screen.findByRole('heading', { level: 1, name: 'Pillars' });
    expect(router.state.historyAction).toBe('PUSH');
    await user.click(nav.getByRole('link', { name: 'Pillars' }));
    expect(router.state.location.pathname).toBe('/pillars');
    expect(router.state.historyAction).toBe('REPLACE');
  });
});

describe('isCurrent', () => {
  it('marks a section current on its own page and the pages under it, the overview only on itself', () => {
    expect(isCurrent('/pillars', '/pillars')).toBe(true);
    expect(isCurrent('/pillars', '/pillars/P1')).toBe(true);
    expect(isCurrent('/pillars', '/pillarsX')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/pillars')).toBe(false);
  });
});
