import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { CitationMarker } from '../../components/citation/citation-marker';
import { SourceCard } from '../../components/citation/source-card';
import { DetailSection } from '../../components/detail-section';
import { DelegationRoster } from '../../components/delegation-roster';
import { EntityNotFound } from '../../components/entity-not-found';
import { MeetingKindLabel } from '../../components/meeting-kind-label';
import { selectMeetingDelegation } from '../../model/select-meeting-delegation';
import { selectMeetingSources } from '../../model/select-meeting-sources';
import { MeetingFacts } from './meeting-facts';
import './meetings.css';
import { parseRouteSegment } from '../../model/route-segment';

export function MeetingDetailView() {
  const id = parseRouteSegment(useParams().id ?? '');
  const { t } = useI18n();
  const { dataset, filtered, filters } = useFilterState();
  const meeting = dataset.meetings.find((m) => m.id === id);
  if (!meeting) return <EntityNotFound kind="kind.meeting" id={id} listPath="/meetings" listLabel="nav.meetings" />;
  const series = dataset.series.find((s) => s.id === meeting.series);
  // The delegation follows the country filter only (a meeting page is a record of who was there);
  // the initiatives follow all filters.
  const delegations = selectMeetingDelegation(
    dataset,
    meeting.id,
    dataset.participations.filter((p) => filters.country === null || p.country === filters.country),
  );
  const initiatives = filtered.initiatives.filter((n) => n.meetings.some((m) => m.meeting === id));

  return (
    <article className="view">
      <header className="view__header">
        <p className="eyebrow">
          {series && <Localized value={series.name} />}
          {meeting.sequence !== null && ` · ${t('meetings.sequence', { number: meeting.sequence })}`}{' '}
          <MeetingKindLabel kind={meeting.kind} />
        </p>
        <h1>
          <Localized value={meeting.title} />
        </h1>
        <MeetingFacts meeting={meeting} dataset={dataset} />
        <p className="page-lead">
          <Localized value={meeting.summary} />
          <CitationMarker citations={meeting.citations} />
        </p>
      </header>

      <DetailSection title={t('meetings.delegations')}>
        <DelegationRoster delegations={delegations} countries={dataset.dialogue.countries} />
      </DetailSection>

      <DetailSection title={t('meetings.outcomes')} isEmpty={meeting.outcomes.length === 0}>
        <ul className="plain-list plain-list--spaced">
          {meeting.outcomes.map((o, i) => (
            <li key={i}>
              <Localized value={o.text} />
              <CitationMarker citations={o.citations} />
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection title={t('pillars.initiatives')} isEmpty={initiatives.length === 0}>
        <ul className="plain-list">
          {initiatives.map((n) => (
            <li key={n.id}>
              <AppLink to={`/initiatives/${n.id}`}>
                <Localized value={n.name} />
              </AppLink>{' '}
              <span className="muted">
                (
                {t(
                  n.meetings.some((m) => m.meeting === id && m.relation === 'announced')
                    ? 'meetings.announced'
                    : 'meetings.reviewed',
                )}
                )
              </span>
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection title={t('meetings.sources')}>
        <ul className="source-list">
          {selectMeetingSources(dataset, meeting.id).map((s) => (
            <li key={s.id} className="card">
              <SourceCard source={s} />
            </li>
          ))}
        </ul>
      </DetailSection>
    </article>
  );
}
