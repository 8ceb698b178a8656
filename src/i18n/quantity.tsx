import { formatQuantity, type Qualifier } from './format';
import { useI18n } from './i18n-context';

/**
 * A sourced quantity in the reader's language. Units come from the dataset in English only, so on a Spanish page
 * the unit is marked `lang="en"` for screen readers.
 */
export function Quantity({ value, unit, qualifier }: { value: number; unit: string; qualifier?: Qualifier }) {
  const { locale } = useI18n();
  if (locale === 'en' || unit === 'USD') return <>{formatQuantity(value, unit, locale, qualifier)}</>;
  const amount = formatQuantity(value, '', locale, qualifier).trimEnd();
  return (
    <>
      {amount} <span lang="en">{unit}</span>
    </>
  );
}
