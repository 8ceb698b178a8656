import { memo, useId } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-sources';
import { formatPartialDate } from '../../i18n/format';
import { ReliabilityBadge } from '../../components/citation/reliability-badge';
import type { CitingRecord } from '../../model/select-cited-by';
import { CitedByDisclosure } from './cited-by-disclosure';
import { toRecordElementId } from '../../model/element-id';

interface SourceEntryProps {
  source: Source;
  citedBy: readonly CitingRecord[];
  /** True when the URL's #fragment names this source (a link from a citation). */
  targeted: boolean;
  /** In a virtualised list: the entry's place, the list's length and the ref that measures the entry. */
  position?: { index: number; of: number; measureRef: (element: HTMLLIElement | null) => void };
}

/** One source: who published what, when, in which language, how reliable, its link and the records citing it. */
export const SourceEntry = memo(function SourceEntry({ source, citedBy, targeted, position }: SourceEntryProps) {
  const { t, locale } = useI18n();
  // Not made from the source's id, which may be any word (see element-id.ts).
  const titleId = useId();
  return (
    <li
      id={toRecordElementId('source', source.id)}
      // A link lands here with focus (sources-view.tsx), as on a heading; Tab does not stop on it.
      tabIndex={-1}
      className={`card source-entry${targeted ? ' source-entry--targeted' : ''}`}
      ref={position?.measureRef}
      data-index={position?.index}
      aria-posinset={position && position.index + 1}
      aria-setsize={position?.of}
    >
      <article className="source-entry__body" aria-labelledby={titleId}>
        <div className="source-entry__head">
          <span className="source-entry__id">{source.id}</span>
          <span className="source-entry__publisher">{source.publisher}</span>
          <ReliabilityBadge reliability={source.reliability} />
        </div>
        <h3 id={titleId} className="source-entry__title" lang={source.language}>
          {source.title}
        </h3>
        <dl className="source-entry__facts">
          <div>
            <dt>{t('sources.field.published')}</dt>
            <dd>
              {source.published === null ? (
                t('sources.undated')
              ) : (
                <time dateTime={source.published}>{formatPartialDate(source.published, locale)}</time>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('sources.field.language')}</dt>
            <dd>{t(`sources.language.${source.language}`)}</dd>
          </div>
        </dl>
        {/* The dataset writes source notes in English only. */}
        {source.note !== undefined && (
          <p className="source-entry__note" lang="en">
            {source.note}
          </p>
        )}
        <a className="source-entry__link" href={source.url} target="_blank" rel="noopener noreferrer">
          {t('sources.open', { id: source.id })} <span className="visually-hidden">({t('sources.newTab')})</span>
        </a>
        <CitedByDisclosure sourceId={source.id} records={citedBy} />
      </article>
    </li>
  );
});
