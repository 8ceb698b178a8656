import { useState } from 'react';
import { AppLink } from '../components/app-link';
import { useI18n } from '../i18n/i18n-context';
import { Localized } from '../i18n/localized';
import type { LocalizedText } from '../data/dataset-schema';
import type { Locale } from '../i18n/locale';
import { LanguageSwitch } from '../components/language-switch';
import { ThemeSwitch } from '../components/theme-switch';
import { PrimaryNav } from './primary-nav';
import { OpenDatasetButton } from './open-dataset-button';
import { readThemeChoice, storeThemeChoice, type ThemeChoice } from './theme-preference';

export function AppHeader({
  locale,
  onLocaleChange,
  onOpenFile,
  datasetTitle,
}: {
  locale: Locale;
  onLocaleChange: (next: Locale) => void;
  onOpenFile: (file: File) => void;
  /** An opened file's dialogue name; the HLED's own name otherwise. */
  datasetTitle?: LocalizedText;
}) {
  const { t } = useI18n();
  const [theme, setTheme] = useState<ThemeChoice>(readThemeChoice);

  const changeTheme = (next: ThemeChoice) => {
    storeThemeChoice(next);
    setTheme(next);
  };

  return (
    <header className="masthead">
      <div className="masthead__inner">
        <AppLink to="/" className="masthead__brand">
          <span className="masthead__mark" aria-hidden="true">
            <span />
            <span />
          </span>
          <span className="masthead__titles">
            <span className="masthead__name">{t('app.name')}</span>
            <span className="masthead__tagline">
              {datasetTitle ? <Localized value={datasetTitle} /> : t('app.tagline')}
            </span>
          </span>
        </AppLink>
        <div className="masthead__controls">
          <OpenDatasetButton onFile={onOpenFile} />
          <LanguageSwitch value={locale} onChange={onLocaleChange} />
          <ThemeSwitch value={theme} onChange={changeTheme} />
        </div>
      </div>
      <div className="masthead__nav">
        <PrimaryNav />
      </div>
    </header>
  );
}
