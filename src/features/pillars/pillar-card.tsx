import { memo } from 'react';
import type { Pillar } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { translatePlural } from '../../i18n/plural';
import { AppLink } from '../../components/app-link';
import { PillarSwatch } from '../../components/pillar-swatch';
import { PillarFilterToggle } from '../../components/pillar-filter-toggle';
import { useDatasetLookups } from '../../components/filter-state';

/** A pillar's card, re-rendered only when what it shows changes. */
export const PillarCard = memo(function PillarCard({
  pillar,
  sectorCount,
  initiativeCount,
}: {
  pillar: Pillar;
  sectorCount: number;
  initiativeCount: number;
}) {
  const { t, text, locale } = useI18n();
  const { pillarStyles } = useDatasetLookups();
  const style = pillarStyles.get(pillar.id);
  return (
    <li className="pillar-card card" style={{ borderTopColor: style?.color }}>
      <p className="eyebrow">
        <PillarSwatch style={style} />{' '}
        {t(pillar.kind === 'pillar' ? 'pillars.number' : 'pillars.priorityArea', { number: pillar.number })}
      </p>
      <h3>
        <AppLink to={`/pillars/${pillar.id}`}>
          <Localized value={pillar.name} />
        </AppLink>
      </h3>
      <p className="pillar-card__summary">
        <Localized value={pillar.summary} />
      </p>
      <p className="pillar-card__stats">
        {translatePlural(locale, 'count.sectors', sectorCount)} ·{' '}
        {translatePlural(locale, 'count.initiatives', initiativeCount)}
      </p>
      <PillarFilterToggle pillarId={pillar.id} name={text(pillar.name).value} />
    </li>
  );
});
