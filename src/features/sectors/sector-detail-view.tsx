import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { CitationMarker } from '../../components/citation/citation-marker';
import { DetailSection } from '../../components/detail-section';
import { EntityNotFound } from '../../components/entity-not-found';
import { PillarLinkChip } from '../../components/pillar-link-chip';
import { SectorFilterToggle } from '../../components/sector-filter-toggle';
import { selectSectorDetail } from '../../model/select-sector-detail';
import './sectors.css';
import { Quantity } from '../../i18n/quantity';
import { parseRouteSegment } from '../../model/route-segment';

export function SectorDetailView() {
  const id = parseRouteSegment(useParams().id ?? '');
  const { t, text } = useI18n();
  const { dataset, filtered } = useFilterState();
  const detail = selectSectorDetail({ ...filtered, sectors: dataset.sectors, pillars: dataset.pillars }, id);
  if (!detail) return <EntityNotFound kind="kind.sector" id={id} listPath="/sectors" listLabel="nav.sectors" />;
  const { sector, pillars, initiatives, figures } = detail;

  return (
    <article className="view">
      <header className="view__header">
        <p className="eyebrow">{t('kind.sector')}</p>
        <h1>
          <Localized value={sector.name} />
        </h1>
        <p className="page-lead">
          <Localized value={sector.description} />
          <CitationMarker citations={sector.citations} />
        </p>
        <SectorFilterToggle sectorId={sector.id} name={text(sector.name).value} />
      </header>

      <DetailSection title={t('sectors.whyPillars')}>
        <ul className="plain-list plain-list--spaced">
          {pillars.map(({ pillar, link }) => (
            <li key={link.pillar}>
              <PillarLinkChip pillar={pillar} link={link} />
              <CitationMarker citations={link.citations} />
              {link.reasoning && (
                <p className="muted">
                  {t('sectors.reasoning')}: <Localized value={link.reasoning} />
                </p>
              )}
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
              </AppLink>
              <CitationMarker citations={n.citations} />
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection title={t('sectors.figures')} isEmpty={figures.length === 0}>
        <ul className="plain-list">
          {figures.map(({ figure, initiative }, i) => (
            <li key={`${initiative.id}-${i}`}>
              <strong>
                <Quantity value={figure.value} unit={figure.unit} qualifier={figure.qualifier} />
              </strong>{' '}
              — <Localized value={figure.label} /> (<Localized value={initiative.name} />)
              <CitationMarker citations={figure.citations} />
            </li>
          ))}
        </ul>
      </DetailSection>
    </article>
  );
}
