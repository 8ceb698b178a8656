import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, respondWithShippedDataset } from './render-app';

afterEach(() => vi.unstubAllGlobals());

/**
 * The mini fixture's deck has 7 slides: title, key figures, pillars, sectors (chart), chairs, initiatives, sources.
 * Its one meeting makes no timeline slide: one dot on an axis says nothing.
 */
const TOTAL = 7;

const open = async (path: string) => {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: /Briefing|Presentación/ });
  return view;
};
/** The slide cards: the deck's own list items, not the lists inside slides. */
const slideCards = () => {
  const deck = screen.getByRole('list', { name: 'Slides' });
  return within(deck)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === deck);
};
const dialog = () => screen.getByRole('dialog', { name: 'Briefing: Demo Economic Dialogue' });
const slideParam = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.state.location.search).get('slide');

describe('briefing reading view', () => {
  it('lists every slide as a numbered card, each with a source footer', async () => {
    await open('/briefing');
    const slides = slideCards();
    expect(slides).toHaveLength(TOTAL);
    expect(slides[0]).toHaveTextContent('Slide 1');
    expect(slides[0]).toHaveTextContent('Demo Economic Dialogue');
    expect(slides[0]).toHaveTextContent('All meetings, both countries');
    expect(slides[0]).toHaveTextContent('Sources: SRC1');
    expect(
      within(slides[2] ?? document.body).getByRole('heading', { name: 'Pillars and priority areas' }),
    ).toBeVisible();
    expect(slides[6]).toHaveTextContent('SRC1 Example Publisher — Example source · Sep 29, 2023 · Official');
    expect(within(slides[4] ?? document.body).getByRole('columnheader', { name: 'Chair' })).toBeVisible();
  });

  it('changing a filter changes the scope on the title slide', async () => {
    const user = userEvent.setup();
    await open('/briefing');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Mexico');
    const [title] = slideCards();
    expect(title).toHaveTextContent('Country: Mexico');
    expect(title).not.toHaveTextContent('All meetings, both countries');
  });

  it('the Print / Save as PDF button opens the browser’s print dialog, beside Present and Export PowerPoint', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await open('/briefing');
    expect(screen.getByRole('button', { name: 'Export PowerPoint' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('presentation mode', () => {
  it('opens at slide 1, moves with the keys, keeps the slide in the URL, and Esc returns focus to Present', async () => {
    const user = userEvent.setup();
    const { router } = await open('/briefing');
    const present = screen.getByRole('button', { name: 'Present' });
    await user.click(present);
    expect(dialog()).toHaveAttribute('aria-modal', 'true');
    expect(dialog()).toHaveFocus();
    expect(within(dialog()).getByText(`Slide 1 of ${TOTAL}`)).toBeInTheDocument();
    expect(slideParam(router)).toBe('1');

    await user.keyboard('{ArrowRight}');
    expect(within(dialog()).getByText(`Slide 2 of ${TOTAL}`)).toBeInTheDocument();
    expect(within(dialog()).getByRole('heading', { name: 'Key figures' })).toBeInTheDocument();
    expect(slideParam(router)).toBe('2');

    await user.keyboard('{End}');
    expect(within(dialog()).getByText(`Slide ${TOTAL} of ${TOTAL}`)).toBeInTheDocument();
    expect(slideParam(router)).toBe(String(TOTAL));
    await user.keyboard('{ArrowLeft}');
    expect(slideParam(router)).toBe(String(TOTAL - 1));
    await user.keyboard('{Home}');
    expect(slideParam(router)).toBe('1');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(slideParam(router)).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus());
  });

  it('a link with ?slide=3 opens the presentation at slide 3', async () => {
    await open('/briefing?slide=3');
    expect(within(dialog()).getByText(`Slide 3 of ${TOTAL}`)).toBeInTheDocument();
    expect(within(dialog()).getByRole('heading', { name: 'Pillars and priority areas' })).toBeInTheDocument();
  });

  // A malformed slide number used to open slide 1; since issue 22 (item 7) every parameter goes through the same check,
  // and junk is dropped with a notice like any other.
  it('an out-of-range slide clamps to the last one and a malformed one is dropped with a notice', async () => {
    const { router, unmount } = await open('/briefing?slide=999');
    expect(within(dialog()).getByText(`Slide ${TOTAL} of ${TOTAL}`)).toBeInTheDocument();
    await waitFor(() => expect(slideParam(router)).toBe(String(TOTAL)));
    unmount();
    const second = await open('/briefing?slide=abc');
    expect(await screen.findByText('“abc” is not a valid value for slide')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(second.router.state.location.search).toBe(''));
  });

  it('the presenter view shows the next slide and the speaker notes', async () => {
    const user = userEvent.setup();
    await open('/briefing?slide=2');
    await user.click(within(dialog()).getByRole('button', { name: 'Presenter view' }));
    expect(within(dialog()).getByRole('button', { name: 'Presenter view' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(dialog()).getByRole('heading', { name: 'Speaker notes' })).toBeInTheDocument();
    expect(dialog()).toHaveTextContent(
      'In scope — Meetings: 1; Pillars and priority areas: 1; Sectors: 1; Initiatives: 1; People in delegations: 1.',
    );
  });

  it('speaks Spanish with ?lang=es', async () => {
    const user = userEvent.setup();
    await open('/briefing?lang=es');
    expect(screen.getByRole('button', { name: 'Imprimir / Guardar como PDF' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Presentar' }));
    const es = screen.getByRole('dialog', { name: 'Presentación: Diálogo Económico de Demostración' });
    expect(within(es).getByText(`Diapositiva 1 de ${TOTAL}`)).toBeInTheDocument();
    expect(within(es).getByRole('button', { name: 'Vista del presentador' })).toBeInTheDocument();
    expect(es).toHaveTextContent('Todas las reuniones, ambos países');
    await user.keyboard('{ArrowRight}');
    expect(within(es).getByRole('heading', { name: 'Cifras clave' })).toBeInTheDocument();
    await user.click(within(es).getByRole('button', { name: 'Salir de la presentación' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('briefing on the shipped dataset', () => {
  it('a country filter in the link is the scope on the title slide', async () => {
    renderApp('/briefing?country=MX', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Briefing' });
    const [title] = slideCards();
    expect(title).toHaveTextContent('U.S.–Mexico High-Level Economic Dialogue');
    expect(title).toHaveTextContent('Country: Mexico');
  });
});
