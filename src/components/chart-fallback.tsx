import { useI18n } from '../i18n/i18n-context';

/**
 * The overview's charts, whose usual height (with the shipped dataset, in global.css) their placeholder holds: a
 * chart mounting as the reader scrolls to it then does not push the rest of the page down.
 */
export type ChartFallbackShape = 'matrix' | 'timeline' | 'indicator';

/** Holds the chart's place while its code loads (or until it comes into view), so the page does not jump. */
export function ChartFallback({ shape }: { shape?: ChartFallbackShape }) {
  const { t } = useI18n();
  return (
    <div className={shape ? `chart-fallback chart-fallback--${shape}` : 'chart-fallback'} role="status">
      <span className="visually-hidden">{t('loading.chart')}</span>
    </div>
  );
}
