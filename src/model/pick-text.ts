import type { LocalizedText } from '../data/dataset-schema';

/**
 * Dataset text in the wanted language, falling back to English when the dataset has no Spanish. A plain string (a
 * city's name, where the languages write it alike) is the same in both.
 */
export function pickText(value: LocalizedText | string, locale: 'en' | 'es'): string {
  if (typeof value === 'string') return value;
  return locale === 'es' && value.es !== undefined ? value.es : value.en;
}
