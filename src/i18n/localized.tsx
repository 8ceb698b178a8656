import type { LocalizedText } from '../data/dataset-schema';
import { useI18n } from './i18n-context';

/**
 * Renders dataset text in the active language. When Spanish is active but the dataset has only English,
 * the text is marked `lang="en"` so screen readers pronounce it correctly. A plain string (a city's name, where the
 * languages write it alike) is shown as it is.
 */
export function Localized({ value }: { value: LocalizedText | string }) {
  const { locale, text } = useI18n();
  if (typeof value === 'string') return <>{value}</>;
  const shown = text(value);
  return shown.lang === locale ? <>{shown.value}</> : <span lang={shown.lang}>{shown.value}</span>;
}
