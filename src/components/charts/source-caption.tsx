import { Fragment } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-charts';
import { selectCaptionSources } from '../../model/chart-rows/select-caption-sources';
import { AppLink } from '../app-link';
import { toSourceFragment } from '../../model/element-id';

interface SourceCaptionProps {
  /** Cited source ids, strongest first (see selectCitedSources). */
  sourceIds: readonly string[];
  sources: readonly Source[];
}

/** "Sources: White House (official), SRE (official) and 12 more", each linking to its entry on the sources page. */
export function SourceCaption({ sourceIds, sources }: SourceCaptionProps) {
  const { t } = useI18n();
  const { shown, moreCount } = selectCaptionSources(sourceIds, sources);
  if (shown.length === 0) return null;
  return (
    <figcaption className="chart-frame__sources">
      {t('chart.sources.label')}{' '}
      {shown.map((source, index) => (
        <Fragment key={source.id}>
          {index > 0 && ', '}
          <AppLink to={`/sources${toSourceFragment(source.id)}`}>{source.publisher}</AppLink> (
          {t(`chart.reliability.${source.reliability}`)})
        </Fragment>
      ))}
      {moreCount > 0 && ` ${t('chart.sources.more', { count: moreCount })}`}
    </figcaption>
  );
}
