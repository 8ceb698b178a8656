import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp, respondWithShippedDataset } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const EDITION = 'Data edition 2026.12.1, status checked up to December 1, 2026.';
const STATUS = 'No meeting recorded since April 2024.';

describe('the dataset’s edition and status line', () => {
  it('on the overview, says the edition, the as-of date and that no meeting is recorded since April 2024', async () => {
    renderApp('/', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'U.S.–Mexico High-Level Economic Dialogue' });
    expect(screen.getByText(EDITION, { exact: false })).toHaveTextContent(`${EDITION} ${STATUS}`);
  });

  // The sources page of the shipped dataset (111 entries) takes a few seconds to render in jsdom.
  it('on the sources page too', async () => {
    renderApp('/sources', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Sources' }, { timeout: 15_000 });
    expect(screen.getByText(EDITION, { exact: false })).toHaveTextContent(`${EDITION} ${STATUS}`);
  }, 20_000);

  it('says nothing about currency for a dataset without an edition', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/status checked up to/)).toBeNull();
    expect(screen.queryByText(/No meeting recorded since/)).toBeNull();
  });

  it('in every briefing slide’s footer, after its sources', async () => {
    renderApp('/briefing', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    const footers = await screen.findAllByText(`· ${EDITION}`, { exact: false }, { timeout: 5000 });
    expect(footers[0]?.closest('footer')).toHaveTextContent(
      /^Sources: S\d+.* · Data edition 2026\.12\.1, status checked up to December 1, 2026\.1 \/ \d+$/,
    );
  });
});
