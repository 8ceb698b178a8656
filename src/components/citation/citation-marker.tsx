import { memo, useEffect, useId, useRef, useState } from 'react';
import type { Citation } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { useDatasetLookups } from '../filter-state';
import { SourceCard } from './source-card';
import './citation.css';

/**
 * A small superscript marker after a fact. Activating it opens the sources behind the fact: publisher, date,
 * reliability, the short quote or note, and the link. Escape or a click elsewhere closes it. Memoised: pages list
 * a hundred or more, and a citation (a record's own array) only changes with the dataset.
 */
export const CitationMarker = memo(function CitationMarker({ citations }: { citations: readonly Citation[] }) {
  const { t } = useI18n();
  const { dataset } = useDatasetLookups();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (citations.length === 0) return null;
  const ids = citations.map((c) => c.source);
  // The visible label starts the accessible name (WCAG 2.5.3): a voice user says what they see, "S03 +8".
  const label = ids.length === 1 ? ids[0] : `${ids[0]} +${ids.length - 1}`;
  return (
    <span className="citation" ref={rootRef}>
      <button
        type="button"
        className="citation__marker"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('citation.open', { label: label ?? '', sources: ids.join(', ') })}
        onClick={() => setOpen((v) => !v)}
      >
        {label}
      </button>
      <span id={panelId} className="citation__panel" role="group" aria-label={t('citation.panel')} hidden={!open}>
        {open &&
          citations.map((citation, index) => {
            const source = dataset.sources.find((s) => s.id === citation.source);
            return source ? (
              <SourceCard key={`${citation.source}-${index}`} source={source} citation={citation} />
            ) : null;
          })}
      </span>
    </span>
  );
});
