import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/pack-filters';
import './exports.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/**
 * Copies the link of the current view (filters, language and slide are all in the URL). When the clipboard API is
 * missing or refused, the link is shown selected in a read-only field, with words saying how to copy it by hand.
 * On a file the reader opened, it also says that the link opens the built-in data for anyone without that file.
 */
export default function CopyLinkButton({ fromFile = false }: { fromFile?: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  // Selecting the fallback field is talking to the outside world (focus and selection), hence an effect.
  useEffect(() => {
    if (state.kind !== 'failed') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      // Refused (no permission, insecure origin) or missing: the fallback below says so in words.
      setState({ kind: 'failed', url });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {t('exports.copyLink')}
      </button>
      <span className="copy-link__message" role="status">
        {state.kind === 'copied' ? t('exports.copyLink.copied') : ''}
        {state.kind !== 'idle' && fromFile ? ` ${t('exports.copyLink.fileNote')}` : ''}
      </span>
      {state.kind === 'failed' && (
        <>
          <p className="copy-link__message copy-link__message--failed" role="alert">
            {t('exports.copyLink.failed')}
          </p>
          <input
            ref={field}
            className="copy-link__field"
            type="text"
            readOnly
            aria-label={t('exports.copyLink.field')}
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
