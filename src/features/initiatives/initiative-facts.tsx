import type { Dataset, Initiative } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-initiatives';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { CitationMarker } from '../../components/citation/citation-marker';

/** Series, date and (when a source gives it) status of an initiative. */
export function InitiativeFacts({ initiative, dataset }: { initiative: Initiative; dataset: Dataset }) {
  const { t, locale } = useI18n();
  const series = dataset.series.find((s) => s.id === initiative.series);
  const { status } = initiative;
  return (
    <dl className="facts">
      <div>
        <dt>{t('initiatives.field.series')}</dt>
        <dd>{series ? <Localized value={series.name} /> : initiative.series}</dd>
      </div>
      <div>
        <dt>{t('initiatives.field.date')}</dt>
        <dd>
          {initiative.date === null ? (
            t('initiatives.undated')
          ) : (
            <time dateTime={initiative.date}>{formatPartialDate(initiative.date, locale)}</time>
          )}
        </dd>
      </div>
      {status && (
        <div>
          <dt>{t('initiatives.field.status')}</dt>
          <dd>
            {t(`initiatives.status.${status.value}`)}{' '}
            <span className="initiative-facts__as-of">
              ({t('initiatives.asOf', { date: formatPartialDate(status.asOf, locale) })})
            </span>
            <CitationMarker citations={status.citations} />
          </dd>
        </div>
      )}
    </dl>
  );
}
