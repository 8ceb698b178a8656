import { useI18n } from '../i18n/i18n-context';

/** Holds the chart's place while its code loads, so the page does not jump. */
export function ChartFallback() {
  const { t } = useI18n();
  return (
    <div className="chart-fallback" role="status">
      <span className="visually-hidden">{t('loading.chart')}</span>
    </div>
  );
}
