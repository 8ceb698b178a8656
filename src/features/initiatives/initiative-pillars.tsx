import type { Dataset, PillarLink } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-initiatives';
import { Localized } from '../../i18n/localized';
import { CitationMarker } from '../../components/citation/citation-marker';
import { NoneRecorded } from './none-recorded';
import { PillarLinkChip } from '../../components/pillar-link-chip';

/** The pillars an initiative falls under, each stated or inferred; an inference shows its reasoning. */
export function InitiativePillars({ links, dataset }: { links: readonly PillarLink[]; dataset: Dataset }) {
  const { t } = useI18n();
  if (links.length === 0) return <NoneRecorded />;
  return (
    <ul className="plain-list plain-list--spaced">
      {links.map((link) => (
        <li key={link.pillar}>
          <PillarLinkChip pillar={dataset.pillars.find((p) => p.id === link.pillar)} link={link} />
          <CitationMarker citations={link.citations} />
          {link.reasoning && (
            <p className="muted initiative-detail__reasoning">
              {t('initiatives.reasoning')}: <Localized value={link.reasoning} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
