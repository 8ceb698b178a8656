import type { Locale } from '../i18n/locale';
import { useI18n } from '../i18n/i18n-context';

const OPTIONS: readonly { value: Locale; short: string }[] = [
  { value: 'en', short: 'EN' },
  { value: 'es', short: 'ES' },
];

/** Two toggle buttons, each named in its own language so a reader of either can find theirs. */
export function LanguageSwitch({ value, onChange }: { value: Locale; onChange: (next: Locale) => void }) {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented__option"
          aria-pressed={value === option.value}
          lang={option.value}
          onClick={() => onChange(option.value)}
        >
          <span aria-hidden="true">{option.short}</span>
          <span className="visually-hidden">{t(`language.${option.value}`)}</span>
        </button>
      ))}
    </div>
  );
}
