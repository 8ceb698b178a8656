import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { BasisBadge } from '../../components/basis-badge';
import { CitationMarker } from '../../components/citation/citation-marker';
import { DetailSection } from '../../components/detail-section';
import { EntityNotFound } from '../../components/entity-not-found';
import { PillarSwatch } from '../../components/pillar-swatch';
import { PillarFilterToggle } from '../../components/pillar-filter-toggle';
import { selectPillarDetail } from '../../model/select-pillar-detail';
import './pillars.css';
import { parseRouteSegment } from '../../model/route-segment';

export function PillarDetailView() {
  const id = parseRouteSegment(useParams().id ?? '');
  const { t, text, locale } = useI18n();
  const { dataset, filtered, pillarStyles } = useFilterState();
  // The pillar itself is looked up in the whole dataset; what falls under it follows the filters.
  const detail = selectPillarDetail({ ...filtered, pillars: dataset.pillars }, id);
  if (!detail) return <EntityNotFound kind="kind.pillar" id={id} listPath="/pillars" listLabel="nav.pillars" />;
  const { pillar, sectors, initiatives, meetings } = detail;
  const series = dataset.series.find((s) => s.id === pillar.series);

  return (
    <article className="view">
      <header className="view__header">
        <p className="eyebrow">
          <PillarSwatch style={pillarStyles.get(pillar.id)} /> {series && <Localized value={series.name} />} ·{' '}
          {t(pillar.kind === 'pillar' ? 'pillars.number' : 'pillars.priorityArea', { number: pillar.number })}
        </p>
        <h1>
          <Localized value={pillar.name} />
        </h1>
        <p className="page-lead">
          <Localized value={pillar.summary} />
          <CitationMarker citations={pillar.citations} />
        </p>
        <PillarFilterToggle pillarId={pillar.id} name={text(pillar.name).value} />
      </header>

      {pillar.nameVariants && pillar.nameVariants.length > 0 && (
        <DetailSection title={t('pillars.nameVariants')}>
          <ul className="plain-list">
            {pillar.nameVariants.map((v) => (
              <li key={`${v.lang}-${v.text}`}>
                <span lang={v.lang}>{v.text}</span>
                <CitationMarker citations={v.citations} />
              </li>
            ))}
          </ul>
        </DetailSection>
      )}

      <DetailSection title={t('pillars.workPlan')} isEmpty={pillar.workPlan.length === 0}>
        <ul className="plain-list">
          {pillar.workPlan.map((line, i) => (
            <li key={i}>
              <Localized value={line.text} />
              <CitationMarker citations={line.citations} />
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection title={t('pillars.sectorsUnder')} isEmpty={sectors.length === 0}>
        <ul className="plain-list">
          {sectors.map(({ sector, link }) => (
            <li key={sector.id}>
              <AppLink to={`/sectors/${sector.id}`}>
                <Localized value={sector.name} />
              </AppLink>{' '}
              <BasisBadge basis={link.basis} />
              {link.reasoning && (
                <span className="muted">
                  {' '}
                  — <Localized value={link.reasoning} />
                </span>
              )}
              <CitationMarker citations={link.citations} />
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection title={t('pillars.initiatives')} isEmpty={initiatives.length === 0}>
        <ul className="plain-list">
          {initiatives.map(({ initiative, link }) => (
            <li key={initiative.id}>
              <AppLink to={`/initiatives/${initiative.id}`}>
                <Localized value={initiative.name} />
              </AppLink>{' '}
              <BasisBadge basis={link.basis} />
              <CitationMarker citations={link.citations} />
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection title={t('pillars.meetings')} isEmpty={meetings.length === 0}>
        <ul className="plain-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <AppLink to={`/meetings/${m.id}`}>
                <Localized value={m.title} />
              </AppLink>{' '}
              <span className="muted">{formatPartialDate(m.date, locale)}</span>
            </li>
          ))}
        </ul>
      </DetailSection>
    </article>
  );
}
