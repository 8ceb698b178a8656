import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FirstDrawNearScreen } from '../../components/charts/first-draw-near-screen';
import { EmptyState } from '../../components/empty-state';
import { useFilterState } from '../../components/filter-state';
import { useWindowRows } from '../../components/use-window-rows';
import { VirtualGapItem } from '../../components/virtual-gap';
import { useI18n } from '../../i18n/pack-briefing';
import { BriefingSlide } from './briefing-slide';
import { ExportPptxButton } from './export-pptx-button';
import { parseSlideNumber } from './parse-slide-number';
import { PresentationDialog } from './presentation-dialog';
import { ScaledSlideFrame } from './slide-frame';
import { exitFullscreen } from './toggle-fullscreen';
import { useBriefingDeck } from './use-briefing-deck';
import { STAGE_HEIGHT, useFitScale } from './use-fit-scale';
import './briefing.css';
import './briefing-print.css';

/**
 * Above this many slides the reading view renders only those near the screen. A slide costs what a dozen list rows
 * do, so the deck's limit is lower than lists' (VIRTUALIZE_ABOVE): a 10× dataset's deck of about 80 slides, whole,
 * took 86 ms at p95 to follow a filter change, and 64 ms rendered near the screen. The shipped dataset's deck (20
 * slides) stays whole, for find-in-page.
 */
export const DECK_VIRTUALIZE_ABOVE = 60;

/**
 * The briefing deck built from the current filters: every slide stacked for reading and printing, and a
 * presentation mode whose slide number lives in the URL (`slide=N`), so a link opens the deck at that slide.
 */
export function BriefingView() {
  const { viewParams, setViewParams, filtered } = useFilterState();
  const { t } = useI18n();
  const nothingInScope = filtered.initiatives.length + filtered.people.length + filtered.meetings.length === 0;
  const { slides, generated, stale } = useBriefingDeck();
  // Every slide is as wide as the deck: one measure scales them all.
  const { ref: measureDeck, scale: slideScale } = useFitScale('width');
  // A deck of more than DECK_VIRTUALIZE_ABOVE slides (a 10× or 100× dataset) renders only the slides near the
  // screen, and every slide while it is printed (beforeprint runs before the browser lays the page out for print).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const { slots, virtual, setListElement, measureRow } = useWindowRows<HTMLOListElement>({
    count: slides.length,
    // The slide, its number above and the space below.
    estimateSize: Math.round(STAGE_HEIGHT * slideScale) + 72,
    virtual: !printing && slides.length > DECK_VIRTUALIZE_ABOVE,
  });
  const deckRef = useCallback(
    (element: HTMLOListElement | null) => {
      measureDeck(element);
      setListElement(element);
    },
    [measureDeck, setListElement],
  );
  const presentRef = useRef<HTMLButtonElement>(null);
  const rawSlide = viewParams.get('slide');
  const current = rawSlide === undefined ? null : parseSlideNumber(rawSlide, slides.length);

  // A malformed or out-of-range link is rewritten to the slide actually shown.
  useEffect(() => {
    if (rawSlide !== undefined && current !== null && rawSlide !== String(current))
      setViewParams({ slide: String(current) });
  }, [rawSlide, current, setViewParams]);

  // Focus returns to the Present button when the presentation closes.
  const wasPresenting = useRef(current !== null);
  useEffect(() => {
    if (wasPresenting.current && current === null) presentRef.current?.focus();
    wasPresenting.current = current !== null;
  }, [current]);

  const go = useCallback((slide: number) => setViewParams({ slide: String(slide) }), [setViewParams]);
  const close = useCallback(() => {
    exitFullscreen();
    setViewParams({ slide: null });
  }, [setViewParams]);

  return (
    <article className="view briefing-view">
      <header className="view__header briefing-view__header">
        <h1>{t('briefing.title')}</h1>
        <p className="page-lead">{t('briefing.lead')}</p>
        <div className="briefing-view__actions">
          <button ref={presentRef} type="button" className="button button--primary" onClick={() => go(1)}>
            {t('briefing.present')}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('briefing.print')}
          </button>
          <ExportPptxButton slides={slides} generated={generated} />
          <span className="briefing-view__keys">{t('briefing.keysHelp')}</span>
        </div>
      </header>
      {nothingInScope && <EmptyState aspect="overview" />}
      {/* A chart slide below the screen draws once it comes near, or for print: a deck of the shipped dataset, made
          anew ("Clear all" after a narrow choice), took 70–120 ms with its three charts all drawn at once. */}
      <FirstDrawNearScreen value={!printing}>
        <ol ref={deckRef} className="briefing-deck" aria-label={t('briefing.deckLabel')} aria-busy={stale}>
          {slots.map((slot) => {
            if (slot.kind === 'gap') return <VirtualGapItem key={slot.key} size={slot.size} />;
            const { index } = slot;
            const slide = slides[index];
            if (slide === undefined) return null;
            return (
              <li
                key={slide.id}
                className="briefing-deck__item"
                ref={virtual ? measureRow : undefined}
                data-index={virtual ? index : undefined}
                aria-posinset={virtual ? index + 1 : undefined}
                aria-setsize={virtual ? slides.length : undefined}
              >
                <p className="briefing-deck__number">{t('briefing.slideNumber', { number: index + 1 })}</p>
                <ScaledSlideFrame fit="width" scale={slideScale}>
                  <BriefingSlide slide={slide} number={index + 1} total={slides.length} />
                </ScaledSlideFrame>
              </li>
            );
          })}
        </ol>
      </FirstDrawNearScreen>
      {current !== null && <PresentationDialog slides={slides} current={current} onGo={go} onClose={close} />}
    </article>
  );
}
