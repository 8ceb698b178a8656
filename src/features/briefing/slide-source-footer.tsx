import { useContext } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { FilterStateContext } from '../../components/filter-state';
import { formatEditionLine } from '../../model/format-edition-line';
import type { BriefingSlide } from '../../model/build-briefing-deck';

/** Footers name at most this many ids; the sources slides list them all. */
const IDS_SHOWN = 14;

/** "Sources: S02, S45 …" and the slide number, on every slide and every printed page. */
export function SlideSourceFooter({ slide, number, total }: { slide: BriefingSlide; number: number; total: number }) {
  const { t, locale } = useI18n();
  const edition = formatEditionLine(useContext(FilterStateContext)?.dataset.edition, locale);
  const ids = slide.sourceIds;
  let line: string;
  if (slide.kind === 'sources') line = t('briefing.sourcesSelf');
  else if (ids.length === 0) line = t('briefing.sourcesNone');
  else {
    const shown = ids.slice(0, IDS_SHOWN).join(', ');
    const more = ids.length > IDS_SHOWN ? ` ${t('briefing.sourcesMore', { count: ids.length - IDS_SHOWN })}` : '';
    line = t('briefing.sourcesLine', { ids: shown + more });
  }
  return (
    <footer className="briefing-slide__footer">
      <p className="briefing-slide__sources">
        {line}
        {edition !== '' && <span className="briefing-slide__edition"> · {edition}</span>}
      </p>
      <p className="briefing-slide__number">{t('briefing.counter', { current: number, total })}</p>
    </footer>
  );
}
