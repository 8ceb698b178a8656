import type { RowText as RowTextValue } from '../../model/to-initiative-rows';
import { useI18n } from '../../i18n/i18n-context';

/** Dataset text shaped into a row; marked `lang="en"` when the Spanish interface falls back to English. */
export function RowText({ value }: { value: RowTextValue }) {
  const { locale } = useI18n();
  return value.lang === locale ? <>{value.text}</> : <span lang={value.lang}>{value.text}</span>;
}
