import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import type { BriefingSlide } from '../../model/build-briefing-deck';
import { isolateText } from '../../model/isolate-text';
import { IsolatedText } from '../../components/isolated-text';

/** The latest ministerial in scope: who chaired for each country, and how many others sat with them. */
export function DelegationsSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'delegations' }> }) {
  const { t, text, locale } = useI18n();
  const { meeting } = slide;
  if (meeting === null) return <p className="briefing-slide__empty">{t('briefing.empty.delegations')}</p>;
  const date = formatPartialDate(meeting.date, locale);
  return (
    <>
      <p className="briefing-delegations__meeting">
        <IsolatedText text={t('briefing.delegations.meeting', { meeting: isolateText(text(meeting.title).value), date })} />
        {meeting.city !== null && ` · ${meeting.city}`}
      </p>
      <div className="briefing-delegations">
        {slide.countries.map((country) => (
          <section
            key={country.code}
            className={`briefing-delegations__country briefing-delegations__country--${country.code.toLowerCase()}`}
          >
            <h3>
              <IsolatedText text={t('briefing.delegations.chairs', { country: isolateText(text(country.name).value) })} />
            </h3>
            <ul className="briefing-delegations__chairs">
              {country.chairs.map((chair) => (
                <li key={chair.id}>
                  <strong>{chair.name}</strong>
                  <span className="briefing-delegations__role">
                    <Localized value={chair.title} />
                  </span>
                </li>
              ))}
            </ul>
            {country.memberCount > 0 && (
              <p className="briefing-delegations__members">
                {t('briefing.delegations.members', { count: country.memberCount })}
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
