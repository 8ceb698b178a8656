import { useI18n } from '../../i18n/pack-briefing';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';

/** The slide's footer from the deck model (its sources and the data edition) and the slide number. */
export function SlideSourceFooter({ slide, number, total }: { slide: BriefingSlide; number: number; total: number }) {
  const { t } = useI18n();
  return (
    <footer className="briefing-slide__footer">
      <p className="briefing-slide__sources">{slide.footer}</p>
      <p className="briefing-slide__number">{t('briefing.counter', { current: number, total })}</p>
    </footer>
  );
}
