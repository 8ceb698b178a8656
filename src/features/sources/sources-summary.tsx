import type { Source } from '../../data/dataset-schema';
import { useI18n, translatePlural } from '../../i18n/pack-sources';

const RELIABILITIES: readonly Source['reliability'][] = ['official', 'news', 'low'];
const LANGUAGES: readonly Source['language'][] = ['en', 'es', 'fr'];

/** How many sources there are of each reliability and in each language. */
export function SourcesSummary({ sources }: { sources: readonly Source[] }) {
  const { t, locale } = useI18n();
  const count = <K extends 'reliability' | 'language'>(field: K, value: Source[K]) =>
    sources.filter((s) => s[field] === value).length;
  const languages = LANGUAGES.filter((language) => count('language', language) > 0);

  return (
    <section className="sources-summary" aria-labelledby="sources-summary-title">
      <h2 id="sources-summary-title" className="visually-hidden">
        {t('sources.summary.title')}
      </h2>
      <p className="sources-summary__total">{translatePlural(locale, 'sources.count', sources.length)}</p>
      <div className="sources-summary__group card">
        <h3 id="sources-by-reliability">{t('sources.summary.byReliability')}</h3>
        <dl className="sources-summary__counts" aria-labelledby="sources-by-reliability">
          {RELIABILITIES.map((reliability) => (
            <div key={reliability} className={`sources-summary__count sources-summary__count--${reliability}`}>
              <dt>{t(`reliability.${reliability}`)}</dt>
              <dd>{count('reliability', reliability)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="sources-summary__group card">
        <h3 id="sources-by-language">{t('sources.summary.byLanguage')}</h3>
        <dl className="sources-summary__counts" aria-labelledby="sources-by-language">
          {languages.map((language) => (
            <div key={language} className="sources-summary__count">
              <dt>{t(`sources.language.${language}`)}</dt>
              <dd>{count('language', language)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
