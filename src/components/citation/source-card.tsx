import type { Citation, Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { formatPartialDate } from '../../i18n/format';
import { ReliabilityBadge } from './reliability-badge';
import { AppLink } from '../app-link';
import { toSourceFragment } from '../../model/element-id';

/** One source as a citation shows it: who published what and when, how reliable, the quote, and the link. */
export function SourceCard({ source, citation }: { source: Source; citation?: Citation }) {
  const { t, locale } = useI18n();
  return (
    <span className="source-card">
      <span className="source-card__head">
        <span className="source-card__publisher">{source.publisher}</span>
        <ReliabilityBadge reliability={source.reliability} />
      </span>
      <span className="source-card__title" lang={source.language}>
        {source.title}
      </span>
      <span className="source-card__meta">
        {source.published === null ? t('citation.undated') : formatPartialDate(source.published, locale)} ·{' '}
        <AppLink to={`/sources${toSourceFragment(source.id)}`}>{source.id}</AppLink>
      </span>
      {citation?.quote !== undefined && (
        <q className="source-card__quote" lang={source.language}>
          {citation.quote}
        </q>
      )}
      {citation?.note !== undefined && <span className="source-card__note">{citation.note}</span>}
      <a className="source-card__link" href={source.url} target="_blank" rel="noopener noreferrer">
        {t('citation.visit')}
        <span className="visually-hidden"> ({t('citation.newTab')})</span>
      </a>
    </span>
  );
}
