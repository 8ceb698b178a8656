import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';

export type ThemeValue = 'system' | 'light' | 'dark';
const OPTIONS: readonly ThemeValue[] = ['system', 'light', 'dark'];

export function ThemeSwitch({ value, onChange }: { value: ThemeValue; onChange: (next: ThemeValue) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(OPTIONS.find((o) => o === event.target.value) ?? 'system')}
      >
        {OPTIONS.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
