import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '@/state/use-translate';

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Copies the link to this view (`url`: for a bundled fact or place, the page that previews
 * it). Where the Clipboard API is missing or refused, shows the URL in a read-only field,
 * selected, to copy by hand.
 */
export function ShareButton({ url: linkToView }: { url: () => string }) {
  const { t } = useTranslate();
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  // The field takes focus with its text selected, ready for Ctrl+C.
  useEffect(() => {
    if (state.kind === 'manual') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  }, [state]);

  const share = async () => {
    const url = linkToView();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div className="share">
      <button type="button" className="button" onClick={() => void share()}>
        {t('shareLink')}
      </button>
      <p className="share__status" role="status">
        {state.kind === 'copied'
          ? t('linkCopied')
          : state.kind === 'manual'
            ? t('linkCopyManual')
            : ''}
      </p>
      {state.kind === 'manual' ? (
        <input
          ref={fieldRef}
          className="share__field"
          readOnly
          value={state.url}
          aria-label={t('linkField')}
          onFocus={(event) => event.target.select()}
        />
      ) : null}
    </div>
  );
}
