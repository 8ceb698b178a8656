import { useI18n } from '../../i18n/pack-briefing';
import type { BriefingSlide as Slide } from '../../model/briefing/briefing-slide';
import { BriefingSlide } from './briefing-slide';
import { SlideFrame } from './slide-frame';

/** For the presenter's own screen: the current slide, a preview of the next one, and the speaker notes. */
export function PresenterView({ slides, current }: { slides: readonly Slide[]; current: number }) {
  const { t } = useI18n();
  const slide = slides[current - 1];
  const next = slides[current];
  if (slide === undefined) return null;
  return (
    <div className="presenter">
      <section className="presenter__current" aria-label={t('briefing.presenter.current')}>
        <SlideFrame fit="contain">
          <BriefingSlide slide={slide} number={current} total={slides.length} />
        </SlideFrame>
      </section>
      <div className="presenter__side">
        <section className="presenter__next">
          <h2 className="presenter__heading">{t('briefing.presenter.next')}</h2>
          {next === undefined ? (
            <p>{t('briefing.presenter.end')}</p>
          ) : (
            // A preview only: hidden from assistive technology and Tab, which reach the current slide.
            <div className="presenter__preview" aria-hidden="true" inert>
              <SlideFrame fit="contain">
                <BriefingSlide slide={next} number={current + 1} total={slides.length} />
              </SlideFrame>
            </div>
          )}
        </section>
        <section className="presenter__notes">
          <h2 className="presenter__heading">{t('briefing.presenter.notes')}</h2>
          <p>{slide.notes}</p>
        </section>
      </div>
    </div>
  );
}
