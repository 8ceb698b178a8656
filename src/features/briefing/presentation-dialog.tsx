import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/i18n-context';
import type { BriefingSlide as Slide } from '../../model/briefing/briefing-slide';
import { BriefingSlide } from './briefing-slide';
import { PresentationToolbar } from './presentation-toolbar';
import { PresenterView } from './presenter-view';
import { SlideFrame } from './slide-frame';
import { useModalFocus } from './use-modal-focus';
import { usePresentationKeys } from './use-presentation-keys';

interface PresentationDialogProps {
  slides: readonly Slide[];
  /** 1-based, already clamped to the deck. */
  current: number;
  onGo: (slide: number) => void;
  onClose: () => void;
}

/** The deck one slide at a time over the whole window, without the app around it. */
export function PresentationDialog({ slides, current, onGo, onClose }: PresentationDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [presenter, setPresenter] = useState(false);
  const total = slides.length;
  useModalFocus(dialogRef);
  usePresentationKeys({ dialogRef, current, total, onGo, onClose });
  const slide = slides[current - 1];
  if (slide === undefined) return null;
  const deckTitle = `${t('briefing.title')}: ${slides[0]?.title ?? ''}`;

  return createPortal(
    <div ref={dialogRef} className="presentation" role="dialog" aria-modal="true" aria-label={deckTitle} tabIndex={-1}>
      <PresentationToolbar
        current={current}
        total={total}
        presenter={presenter}
        onGo={onGo}
        onClose={onClose}
        onTogglePresenter={() => setPresenter((on) => !on)}
      />
      {presenter ? (
        <PresenterView slides={slides} current={current} />
      ) : (
        <div className="presentation__stage">
          <div key={slide.id} className="presentation__slide">
            <SlideFrame fit="contain">
              <BriefingSlide slide={slide} number={current} total={total} />
            </SlideFrame>
          </div>
        </div>
      )}
      <div className="presentation__progress" aria-hidden="true">
        <div className="presentation__progress-bar" style={{ width: `${(current / total) * 100}%` }} />
      </div>
    </div>,
    document.body,
  );
}
