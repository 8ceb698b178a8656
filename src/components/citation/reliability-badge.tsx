import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';

export function ReliabilityBadge({ reliability }: { reliability: Source['reliability'] }) {
  const { t } = useI18n();
  return <span className={`badge badge--${reliability}`}>{t(`reliability.${reliability}`)}</span>;
}
