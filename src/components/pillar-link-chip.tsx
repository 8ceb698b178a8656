import type { Pillar, PillarLink } from '../data/dataset-schema';
import { Localized } from '../i18n/localized';
import { AppLink } from './app-link';
import { BasisBadge } from './basis-badge';
import { PillarSwatch } from './pillar-swatch';
import { useDatasetLookups } from './filter-state';

/** A pillar a record falls under: colour, name (a link) and whether a source states it. */
export function PillarLinkChip({ pillar, link }: { pillar: Pillar | undefined; link: PillarLink }) {
  const { pillarStyles } = useDatasetLookups();
  return (
    <span className={`pillar-link pillar-link--${link.basis}`}>
      <PillarSwatch style={pillarStyles.get(link.pillar)} />
      <AppLink to={`/pillars/${link.pillar}`}>{pillar ? <Localized value={pillar.name} /> : link.pillar}</AppLink>
      <BasisBadge basis={link.basis} />
    </span>
  );
}
