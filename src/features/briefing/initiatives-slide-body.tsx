import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import type { BriefingSlide } from '../../model/build-briefing-deck';

/** Up to eight initiatives: name, date and a one-line summary. */
export function InitiativesSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'initiatives' }> }) {
  const { t, locale } = useI18n();
  if (slide.initiatives.length === 0) return <p className="briefing-slide__empty">{t('briefing.empty.initiatives')}</p>;
  return (
    <ul className="briefing-initiatives">
      {slide.initiatives.map((initiative) => (
        <li key={initiative.id} className="briefing-initiatives__item">
          <strong className="briefing-initiatives__name">
            <Localized value={initiative.name} />
          </strong>
          {initiative.date !== null && (
            <time className="briefing-initiatives__date" dateTime={initiative.date}>
              {formatPartialDate(initiative.date, locale, 'short')}
            </time>
          )}
          <span className="briefing-initiatives__summary">
            <Localized value={initiative.summary} />
          </span>
        </li>
      ))}
    </ul>
  );
}
