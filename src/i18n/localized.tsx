import type { LocalizedText } from '../data/dataset-schema';
import { useI18n } from './i18n-context';

/**
 * Renders dataset text in the active language. When Spanish is active but the dataset has only English,
 * the text is marked `lang="en"` so screen readers pronounce it correctly.
 */
export function Localized({ value }: { value: LocalizedText }) {
  const { locale, text } = useI18n();
  const shown = text(value);
  return shown.lang === locale ? <>{shown.value}</> : <span lang={shown.lang}>{shown.value}</span>;
}
