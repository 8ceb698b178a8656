import { useParams } from 'react-router';
import { useI18n } from '../../i18n/pack-initiatives';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { CitationMarker } from '../../components/citation/citation-marker';
import { DetailSection } from '../../components/detail-section';
import { EntityNotFound } from '../../components/entity-not-found';
import { InitiativeFacts } from './initiative-facts';
import { InitiativePillars } from './initiative-pillars';
import { InitiativeSectors } from './initiative-sectors';
import { InitiativeMeetings } from './initiative-meetings';
import { InitiativeLeads } from './initiative-leads';
import { InitiativeFigures } from './initiative-figures';
import './initiatives.css';
import { parseRouteSegment } from '../../model/route-segment';

/** One initiative as the sources record it. The whole dataset, not the filtered one: a record page shows it all. */
export function InitiativeDetailView() {
  const id = parseRouteSegment(useParams().id ?? '');
  const { t } = useI18n();
  const { dataset } = useFilterState();
  const initiative = dataset.initiatives.find((n) => n.id === id);
  if (!initiative) {
    return <EntityNotFound kind="kind.initiative" id={id} listPath="/initiatives" listLabel="nav.initiatives" />;
  }

  return (
    <article className="view initiative-detail">
      <header className="view__header">
        <p className="initiative-detail__back">
          <AppLink to="/initiatives">
            <span aria-hidden="true">← </span>
            {t('initiatives.back')}
          </AppLink>
        </p>
        <p className="eyebrow">{t('kind.initiative')}</p>
        <h1>
          <Localized value={initiative.name} />
        </h1>
        <InitiativeFacts initiative={initiative} dataset={dataset} />
        <p className="page-lead">
          <Localized value={initiative.summary} />
          <CitationMarker citations={initiative.citations} />
        </p>
      </header>

      <DetailSection title={t('initiatives.section.pillars')}>
        <InitiativePillars links={initiative.pillars} dataset={dataset} />
      </DetailSection>
      <DetailSection title={t('initiatives.section.sectors')}>
        <InitiativeSectors initiative={initiative} dataset={dataset} />
      </DetailSection>
      <DetailSection title={t('initiatives.section.meetings')}>
        <InitiativeMeetings initiative={initiative} dataset={dataset} />
      </DetailSection>
      <DetailSection title={t('initiatives.section.leads')}>
        <InitiativeLeads initiative={initiative} dataset={dataset} />
      </DetailSection>
      <DetailSection title={t('initiatives.section.figures')}>
        <InitiativeFigures figures={initiative.figures} />
      </DetailSection>
    </article>
  );
}
