import type { LocalizedText } from '../data/dataset-schema';

/** Dataset text in the wanted language, falling back to English when the dataset has no Spanish. */
export function pickText(value: LocalizedText, locale: 'en' | 'es'): string {
  return locale === 'es' && value.es !== undefined ? value.es : value.en;
}
