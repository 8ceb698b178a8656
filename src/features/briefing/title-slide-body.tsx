import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import type { BriefingSlide } from '../../model/build-briefing-deck';

type TitleSlide = Extract<BriefingSlide, { kind: 'title' }>;

/** The cover: what the deck is about, what the filters cover, and when it was made. */
export function TitleSlideBody({ slide }: { slide: TitleSlide }) {
  const { t } = useI18n();
  return (
    <div className="briefing-slide__cover">
      <p className="briefing-slide__kicker">{t('app.name')}</p>
      <h2 className="briefing-slide__cover-title">
        <Localized value={slide.dialogueName} />
      </h2>
      <p className="briefing-slide__scope">{slide.scope}</p>
      <p className="briefing-slide__generated">{t('briefing.generated', { date: slide.generated })}</p>
    </div>
  );
}
