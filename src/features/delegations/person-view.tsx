import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { translatePlural } from '../../i18n/plural';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { CitationMarker } from '../../components/citation/citation-marker';
import { DetailSection } from '../../components/detail-section';
import { EntityNotFound } from '../../components/entity-not-found';
import { selectPersonRecord } from '../../model/select-person-record';
import './delegations.css';
import { parseRouteSegment } from '../../model/route-segment';

export function PersonView() {
  const id = parseRouteSegment(useParams().id ?? '');
  const { t, locale } = useI18n();
  const { dataset } = useFilterState();
  // A person's page is a record of fact: it always lists every meeting, whatever the filters.
  const record = selectPersonRecord(dataset, id);
  if (!record) return <EntityNotFound kind="kind.person" id={id} listPath="/delegations" listLabel="nav.delegations" />;
  const { person, appearances } = record;
  const country = dataset.dialogue.countries.find((c) => c.code === person.country);

  return (
    <article className="view">
      <header className="view__header">
        <p className="eyebrow">
          {t('kind.person')} · {country ? <Localized value={country.name} /> : person.country}
          <CitationMarker citations={person.citations} />
        </p>
        <h1>{person.name}</h1>
        <p className="page-lead">{translatePlural(locale, 'count.meetings', appearances.length)}</p>
      </header>
      <DetailSection title={t('people.meetings')} isEmpty={appearances.length === 0}>
        <ol className="appearances">
          {appearances.map(({ participation, meeting, organization }) => (
            <li key={participation.id} className="card appearance">
              <p className="eyebrow">{meeting ? formatPartialDate(meeting.date, locale) : participation.meeting}</p>
              <h3>
                <AppLink to={`/meetings/${participation.meeting}`}>
                  {meeting ? <Localized value={meeting.title} /> : participation.meeting}
                </AppLink>
              </h3>
              <p>
                <Localized value={participation.title} />
                {organization && (
                  <>
                    {' · '}
                    <Localized value={organization.name} />
                  </>
                )}{' '}
                <span className={`badge ${participation.role === 'chair' ? 'badge--chair' : 'badge--member'}`}>
                  {t(participation.role === 'chair' ? 'delegations.chair' : 'delegations.member')}
                </span>
                <CitationMarker citations={participation.citations} />
              </p>
              {participation.note && (
                <p className="muted">
                  <Localized value={participation.note} />
                </p>
              )}
            </li>
          ))}
        </ol>
      </DetailSection>
      <AppLink to="/delegations">{t('people.back')}</AppLink>
    </article>
  );
}
