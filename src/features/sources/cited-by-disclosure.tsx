import { useI18n, translatePlural } from '../../i18n/pack-sources';
import { Localized } from '../../i18n/localized';
import { AppLink } from '../../components/app-link';
import type { CitingRecord } from '../../model/select-cited-by';

function RecordLabel({ label }: { label: CitingRecord['label'] }) {
  return typeof label === 'string' ? <>{label}</> : <Localized value={label} />;
}

/** "Cited by N records", opening onto the list of those records, each linked to its page when it has one. */
export function CitedByDisclosure({ sourceId, records }: { sourceId: string; records: readonly CitingRecord[] }) {
  const { t, locale } = useI18n();
  if (records.length === 0) return <p className="cited-by cited-by--none">{t('sources.citedBy.none')}</p>;
  return (
    <details className="cited-by">
      <summary>{translatePlural(locale, 'sources.citedBy', records.length)}</summary>
      <ul className="cited-by__list" aria-label={t('sources.citedBy.list', { id: sourceId })}>
        {records.map((record) => (
          <li key={`${record.type}:${record.id}`} className="cited-by__record">
            <span className="badge badge--kind">{t(`sources.recordType.${record.type}`)}</span>
            {record.path === null ? (
              <span className="cited-by__label">
                <RecordLabel label={record.label} />
              </span>
            ) : (
              <AppLink className="cited-by__label" to={record.path}>
                <RecordLabel label={record.label} />
              </AppLink>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
