import { useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../i18n/pack-charts';
import './exports.css';

export interface EmbedDialogHandle {
  /** Shows the dialog with this `<iframe>` snippet (made when asked for: it holds the view's filters of the moment). */
  open: (snippet: string) => void;
}

interface EmbedDialogProps {
  ref: Ref<EmbedDialogHandle>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The chart's embed code in a modal dialog (the native `<dialog>`: focus stays inside, Escape closes it): a labelled
 * read-only field holding the `<iframe>` snippet, selected when it opens, and a button that copies it. When the
 * clipboard refuses, the words say how to copy it by hand.
 */
export function EmbedDialog({ ref }: EmbedDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const fieldId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [snippet, setSnippet] = useState('');
  useImperativeHandle(ref, () => ({
    // The field holds the new snippet before the dialog shows; it then has focus, its code selected, ready to copy.
    open: (next) => {
      flushSync(() => {
        setCopy('idle');
        setSnippet(next);
      });
      if (dialog.current?.open !== true) dialog.current?.showModal();
      field.current?.focus();
      field.current?.select();
    },
  }));
  const copyCode = async () => {
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      setCopy('failed');
      field.current?.focus();
      field.current?.select();
    }
  };
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="embed-dialog__title">
        {t('chart.embed.dialogTitle')}
      </h2>
      <p>{t('chart.embed.help')}</p>
      <label htmlFor={fieldId} className="embed-dialog__label">
        {t('chart.embed.code')}
      </label>
      <textarea id={fieldId} ref={field} className="embed-dialog__code" readOnly rows={5} value={snippet} />
      <div className="embed-dialog__actions">
        <button type="button" className="button" onClick={() => void copyCode()}>
          {t('chart.embed.copy')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t('chart.embed.close')}
        </button>
        <span role="status" className="embed-dialog__status">
          {copy === 'copied' ? t('chart.embed.copied') : copy === 'failed' ? t('chart.embed.copyFailed') : ''}
        </span>
      </div>
    </dialog>
  );
}
