import { useI18n } from '../../i18n/i18n-context';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';

type TitleSlide = Extract<BriefingSlide, { kind: 'title' }>;

/** The cover: what the deck is about, the scope in words, and when it was made. */
export function TitleSlideBody({ slide }: { slide: TitleSlide }) {
  const { t } = useI18n();
  return (
    <div className="briefing-slide__cover">
      <p className="briefing-slide__kicker">{t('app.name')}</p>
      <h2 className="briefing-slide__cover-title">{slide.title}</h2>
      {slide.subtitle !== '' && <p className="briefing-slide__subtitle">{slide.subtitle}</p>}
      <p className="briefing-slide__scope">{slide.scope}</p>
      <p className="briefing-slide__generated">{slide.generated}</p>
    </div>
  );
}
