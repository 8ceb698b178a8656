import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { formatNumber } from '../../i18n/format';

export interface HeadlineStat {
  label: MessageKey;
  value: number;
}

export function HeadlineStats({ stats }: { stats: readonly HeadlineStat[] }) {
  const { t, locale } = useI18n();
  return (
    <dl className="headline-stats">
      {stats.map((stat) => (
        <div key={stat.label} className="headline-stats__item">
          <dt>{t(stat.label)}</dt>
          <dd>{formatNumber(stat.value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
