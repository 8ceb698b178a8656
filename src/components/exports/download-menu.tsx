import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import './exports.css';

export interface DownloadMenuItem {
  key: string;
  label: string;
  /** What the progress and failure messages call the file, e.g. "hled-sectors.csv". */
  fileName: string;
  /** Shown while `run` works, instead of "Preparing <file>…". */
  progress?: string;
  /** Builds and downloads the file; rejects with the reason when it cannot. */
  run: () => Promise<void>;
  /** The item opens something (the embed code) instead of downloading a file: no progress or done message. */
  opens?: true;
}

type Status = { kind: 'idle' } | { kind: 'busy' | 'done'; text: string } | { kind: 'failed'; text: string };

interface DownloadMenuProps {
  label: string;
  items: readonly DownloadMenuItem[];
}

/**
 * A "Download" disclosure: a button that shows a short list of buttons, one per file. Work is async; progress is
 * announced in a status region and a failure, in words, as an alert. Escape closes the list.
 */
export function DownloadMenu({ label, items }: DownloadMenuProps) {
  const { t } = useI18n();
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) close();
  };
  const choose = async (item: DownloadMenuItem) => {
    close();
    if (item.opens) {
      await item.run();
      return;
    }
    setStatus({ kind: 'busy', text: item.progress ?? t('exports.preparing', { file: item.fileName }) });
    try {
      await item.run();
      setStatus({ kind: 'done', text: t('exports.done', { file: item.fileName }) });
    } catch (error) {
      const reason = error instanceof Error && error.message !== 'image' ? error.message : t('exports.failed.image');
      setStatus({ kind: 'failed', text: t('exports.failed', { file: item.fileName, reason }) });
    }
  };

  return (
    <div className="download-menu">
      <button
        ref={toggle}
        type="button"
        className="button button--quiet download-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onKeyDown={onKeyDown}
        onClick={() => setOpen((v) => !v)}
      >
        {label}
      </button>
      <ul id={listId} className="download-menu__list" hidden={!open}>
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className="download-menu__item"
              disabled={status.kind === 'busy'}
              onKeyDown={onKeyDown}
              onClick={() => void choose(item)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {(open || status.kind === 'busy' || status.kind === 'done') && (
        <p className="download-menu__status" role="status">
          {status.kind === 'busy' || status.kind === 'done' ? status.text : ''}
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="download-menu__error" role="alert">
          {status.text}
        </p>
      )}
    </div>
  );
}
