import type { PillarLink } from '../data/dataset-schema';
import { useI18n } from '../i18n/i18n-context';

/** "Stated" (solid) or "Inferred" (dashed): whether a source places the item under the pillar. */
export function BasisBadge({ basis }: { basis: PillarLink['basis'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--basis-${basis}`} title={t(`basis.${basis}.long`)}>
      {t(`basis.${basis}`)}
    </span>
  );
}
