import { useI18n } from '../../i18n/i18n-context';
import { formatPartialDate } from '../../i18n/format';
import type { BriefingSlide } from '../../model/build-briefing-deck';

/** The sources the deck cites: id, publisher, title, date and reliability, one line each. */
export function SourcesSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'sources' }> }) {
  const { t, locale } = useI18n();
  if (slide.sources.length === 0) return <p className="briefing-slide__empty">{t('briefing.empty.sources')}</p>;
  return (
    <ul className="briefing-sources">
      {slide.sources.map((source) => (
        <li key={source.id} className="briefing-sources__item">
          <span className="briefing-sources__id">{source.id}</span>
          <span className="briefing-sources__text">
            <strong>{source.publisher}</strong> — {source.title}
          </span>
          <span className="briefing-sources__date">
            {source.published === null ? t('briefing.undated') : formatPartialDate(source.published, locale, 'short')}
          </span>
          <span className={`briefing-sources__reliability briefing-sources__reliability--${source.reliability}`}>
            {t(`briefing.reliability.${source.reliability}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
