import { memo } from 'react';
import type { BriefingSlide as Slide } from '../../model/briefing/briefing-slide';
import { SlideBody } from './slide-body';
import { SlideSourceFooter } from './slide-source-footer';
import { TitleSlideBody } from './title-slide-body';

interface BriefingSlideProps {
  slide: Slide;
  number: number;
  total: number;
}

/**
 * One slide: a dark title band, the body, and a footer with its sources and number. Memoised: while the deck waits
 * for its deferred rebuild (useBriefingDeck), the view's urgent render passes the same slides and skips them.
 */
export const BriefingSlide = memo(function BriefingSlide({ slide, number, total }: BriefingSlideProps) {
  return (
    <div className={`briefing-slide briefing-slide--${slide.kind} color-scheme-light`}>
      {slide.kind === 'title' ? (
        <TitleSlideBody slide={slide} />
      ) : (
        <>
          <header className="briefing-slide__band">
            <h2 className="briefing-slide__title">{slide.title}</h2>
          </header>
          <div className="briefing-slide__body">
            <SlideBody slide={slide} />
          </div>
        </>
      )}
      <SlideSourceFooter slide={slide} number={number} total={total} />
    </div>
  );
});
