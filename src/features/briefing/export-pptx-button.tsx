import { useState } from 'react';
import { exportBriefingDeck } from '../../components/exports/export-briefing-deck';
import { useFilterState } from '../../components/filter-state';
import { useI18n } from '../../i18n/pack-briefing';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'failed'; text: string };

/**
 * "Export PowerPoint": the deck on screen, as a .pptx. Progress is announced slide by slide in a status region
 * (a 100× dataset's deck takes a while); a failure is an alert, in words.
 */
export function ExportPptxButton({ slides, generated }: { slides: readonly BriefingSlide[]; generated: string }) {
  const { t, locale } = useI18n();
  const { filtered, dataset, filters } = useFilterState();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async () => {
    setStatus({ kind: 'busy', text: t('briefing.exportPptx.preparing', { done: 0, total: '…' }) });
    try {
      // The slides on screen, exported as they are: the PowerPoint is this deck, not one built again.
      const file = await exportBriefingDeck(
        { filtered, dataset, filters, locale, generated },
        (done, total) => setStatus({ kind: 'busy', text: t('briefing.exportPptx.preparing', { done, total }) }),
        slides,
      );
      setStatus({ kind: 'done', text: t('briefing.exportPptx.done', { file }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : t('exports.failed.unknown');
      setStatus({ kind: 'failed', text: t('briefing.exportPptx.failed', { reason }) });
    }
  };
  return (
    <>
      <button type="button" className="button" disabled={status.kind === 'busy'} onClick={() => void run()}>
        {t('briefing.exportPptx')}
      </button>
      <span className="briefing-view__status" role={status.kind === 'failed' ? 'alert' : 'status'}>
        {status.kind === 'idle' ? '' : status.text}
      </span>
    </>
  );
}
