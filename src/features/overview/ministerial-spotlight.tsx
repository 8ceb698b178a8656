import type { Meeting } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { CitationMarker } from '../../components/citation/citation-marker';
import { selectMeetingDelegation } from '../../model/select-meeting-delegation';
import { isolateText } from '../../model/isolate-text';
import { IsolatedText } from '../../components/isolated-text';

const OUTCOMES_SHOWN = 4;

/** The latest ministerial at a glance: when, where, who chaired for each country, and what came out of it. */
export function MinisterialSpotlight({ meeting }: { meeting: Meeting }) {
  const { t, text, locale } = useI18n();
  const { dataset, filtered } = useFilterState();
  const delegations = selectMeetingDelegation(dataset, meeting.id, filtered.participations);
  return (
    <section className="card spotlight" aria-labelledby="spotlight-title">
      <p className="eyebrow">{t('overview.latestMinisterial')}</p>
      <h2 id="spotlight-title">
        <AppLink to={`/meetings/${meeting.id}`}>
          <Localized value={meeting.title} />
        </AppLink>
      </h2>
      <p className="spotlight__meta">
        <time dateTime={meeting.date}>{formatPartialDate(meeting.date, locale)}</time>
        {meeting.city && ` · ${meeting.city}`}
        {meeting.venue && (
          <>
            {' · '}
            <Localized value={meeting.venue} />
          </>
        )}
        <CitationMarker citations={meeting.citations} />
      </p>
      <div className="spotlight__chairs">
        {delegations.map((d) => {
          const country = dataset.dialogue.countries.find((c) => c.code === d.country);
          return (
            <div key={d.country} className={`spotlight__country spotlight__country--${d.country.toLowerCase()}`}>
              <h3>
                <IsolatedText
                  text={t('overview.chairsFor', {
                    country: isolateText(country ? text(country.name).value : d.country),
                  })}
                />
              </h3>
              <ul className="plain-list">
                {d.chairs.map(({ participation, person }) => (
                  <li key={participation.id}>
                    <AppLink to={`/people/${participation.person}`}>{person?.name ?? participation.person}</AppLink>
                    <span className="muted">
                      {' — '}
                      <Localized value={participation.title} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {meeting.outcomes.length > 0 && (
        <>
          <h3>{t('meetings.outcomes')}</h3>
          <ul className="plain-list plain-list--spaced">
            {meeting.outcomes.slice(0, OUTCOMES_SHOWN).map((o, i) => (
              <li key={i}>
                <Localized value={o.text} />
                <CitationMarker citations={o.citations} />
              </li>
            ))}
          </ul>
          {meeting.outcomes.length > OUTCOMES_SHOWN && (
            <AppLink to={`/meetings/${meeting.id}`}>
              {t('overview.allOutcomes', { count: meeting.outcomes.length })}
            </AppLink>
          )}
        </>
      )}
    </section>
  );
}
