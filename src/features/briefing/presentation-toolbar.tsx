import { useI18n } from '../../i18n/pack-briefing';
import { toggleFullscreen } from './toggle-fullscreen';

interface PresentationToolbarProps {
  current: number;
  total: number;
  presenter: boolean;
  onGo: (slide: number) => void;
  onClose: () => void;
  onTogglePresenter: () => void;
}

/** Counter and controls along the top of the presentation; every control also has a key. */
export function PresentationToolbar({
  current,
  total,
  presenter,
  onGo,
  onClose,
  onTogglePresenter,
}: PresentationToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="presentation__toolbar">
      <p className="presentation__counter" aria-live="polite">
        <span aria-hidden="true">{t('briefing.counter', { current, total })}</span>
        <span className="visually-hidden">{t('briefing.counterLabel', { current, total })}</span>
      </p>
      <div className="presentation__controls">
        <button
          type="button"
          className="button button--small"
          disabled={current <= 1}
          onClick={() => onGo(current - 1)}
        >
          <span aria-hidden="true">←</span> {t('briefing.previous')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={current >= total}
          onClick={() => onGo(current + 1)}
        >
          {t('briefing.next')} <span aria-hidden="true">→</span>
        </button>
        <button type="button" className="button button--small" aria-pressed={presenter} onClick={onTogglePresenter}>
          {t('briefing.presenterView')}
        </button>
        <button type="button" className="button button--small" onClick={toggleFullscreen} aria-keyshortcuts="F">
          {t('briefing.fullscreen')}
        </button>
        <button type="button" className="button button--small" onClick={onClose} aria-keyshortcuts="Escape">
          {t('briefing.exit')}
        </button>
      </div>
    </div>
  );
}
