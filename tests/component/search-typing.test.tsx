import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, respondWithShippedDataset } from './render-app';

describe('search field', () => {
  it('keeps what the reader types, spaces included, while the URL and views follow', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/delegations', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Delegations' });
    const search = screen.getByRole('searchbox', { name: 'Search people, initiatives, sectors' });
    await user.type(search, 'Alicia Bárcena');
    expect(search).toHaveValue('Alicia Bárcena');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Alicia Bárcena'));
    expect(screen.getAllByRole('link', { name: 'Alicia Bárcena' })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Gina Raimondo' })).toBeNull();
  });

  it('is emptied by "Clear all"', async () => {
    const user = userEvent.setup();
    renderApp('/delegations?q=Raimondo', respondWithShippedDataset());
    const search = await screen.findByRole('searchbox', { name: 'Search people, initiatives, sectors' });
    expect(search).toHaveValue('Raimondo');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(search).toHaveValue('');
  });
});
