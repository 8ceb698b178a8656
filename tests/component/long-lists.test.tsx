import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, respondWithShippedDataset, type FetchResponder } from './render-app';
import { scaleUpDataset } from '../unit/scale-up-dataset';
import { DECK_VIRTUALIZE_ABOVE } from '../../src/features/briefing/briefing-view';
import { readFileSync } from 'node:fs';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Serves the shipped dataset copied `scale` times (410 initiatives at 10×). */
const respondWithScaledDataset = (scale: number): FetchResponder => {
  const text = JSON.stringify(scaleUpDataset(scale));
  return async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
};

const dataRows = (table: HTMLElement) => within(table).getAllByRole('rowheader');

describe('long lists', () => {
  it('renders every initiative of the real dataset, with no virtualisation attributes', async () => {
    renderApp('/initiatives', respondWithShippedDataset());
    const table = await screen.findByRole('table', { name: '41 initiatives' });
    expect(dataRows(table)).toHaveLength(41);
    expect(table).not.toHaveAttribute('aria-rowcount');
  });

  it('renders only part of a long table, telling assistive technology its full size and each row’s place', async () => {
    // jsdom has no layout: give table rows a wide screen's height so the virtualiser can measure them.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'TR' ? 72 : 0;
    });
    renderApp('/initiatives', respondWithScaledDataset(10));
    const table = await screen.findByRole('table', { name: '410 initiatives' }, { timeout: 5000 });
    // A 768 px window holds about eleven rows, plus the overscan.
    const rows = dataRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', '411');
    expect(rows[0]?.closest('tr')).toHaveAttribute('aria-rowindex', '2');
    // Sorting still works on the whole list, not only on the rendered rows.
    within(table)
      .getByRole('button', { name: /^Initiative/ })
      .click();
    await waitFor(() => expect(dataRows(table)[0]?.textContent).toBe('21st Century Border Management process'));
  });

  it('lists every delegation of the real dataset, and only the meetings near the screen when there are many people', async () => {
    const first = renderApp('/delegations', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Delegations' });
    await screen.findAllByRole('heading', { level: 2, name: /./ });
    const list = document.querySelector('ol.delegation-meetings');
    expect(list?.querySelectorAll(':scope > li[aria-setsize]')).toHaveLength(0);
    // Every meeting with a delegation on record (11 of the 13), people and all.
    const shipped = JSON.parse(readFileSync('public/data/hled.json', 'utf8')) as {
      participations: { meeting: string }[];
    };
    const seated = new Set(shipped.participations.map((p) => p.meeting)).size;
    expect(list?.querySelectorAll(':scope > li')).toHaveLength(seated);
    expect(list?.querySelectorAll('.delegate')).toHaveLength(shipped.participations.length);
    first.unmount();

    // 10× has 110 meetings with delegations (under the 150-item limit) but 870 people: long enough to render
    // only the meetings near the screen, each telling assistive technology its place in the whole list.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'LI' ? 320 : 0;
    });
    renderApp('/delegations', respondWithScaledDataset(10));
    await screen.findByRole('heading', { level: 1, name: 'Delegations' }, { timeout: 5000 });
    await waitFor(() => expect(document.querySelector('ol.delegation-meetings > li[aria-setsize]')).not.toBeNull());
    const rendered = [...document.querySelectorAll('ol.delegation-meetings > li[aria-setsize]')];
    expect(rendered[0]).toHaveAttribute('aria-setsize', String(seated * 10));
    expect(rendered[0]).toHaveAttribute('aria-posinset', '1');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(30);
  });

  it('a long briefing deck renders only the slides near the screen, and every slide while it is printed', async () => {
    // 10×: 410 initiatives and 130 pillars make a deck of about 80 slides, over DECK_VIRTUALIZE_ABOVE.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'LI' ? 480 : 0;
    });
    renderApp('/briefing', respondWithScaledDataset(10));
    await screen.findByRole('heading', { level: 1, name: 'Briefing' }, { timeout: 10_000 });
    const deck = screen.getByRole('list', { name: 'Slides' });
    const slides = () => deck.querySelectorAll(':scope > li.briefing-deck__item');
    await waitFor(() => expect(slides().length).toBeGreaterThan(0));
    const total = Number(slides()[0]?.getAttribute('aria-setsize'));
    expect(total).toBeGreaterThan(DECK_VIRTUALIZE_ABOVE);
    expect(slides()[0]).toHaveAttribute('aria-posinset', '1');
    expect(slides().length).toBeLessThan(20);

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    // Printing lays out every slide, in order, with no spacers.
    expect(slides()).toHaveLength(total);
    expect(deck.querySelectorAll('.virtual-gap')).toHaveLength(0);
    expect(slides()[total - 1]).toHaveTextContent(`${total} / ${total}`);

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await waitFor(() => expect(slides().length).toBeLessThan(20));
  });

  it('does not render a chart’s table twin until it is opened', async () => {
    renderApp('/meetings', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    const figure = await screen.findByRole('figure', {}, { timeout: 5000 });
    expect(within(figure).queryByRole('table')).toBeNull();
  });
});
