import { useEffect, useRef } from 'react';
import type { Source } from '@/domain/dataset/dataset-schema';
import { formatPartialDate, parsePartialDate } from '@/domain/time/partial-date';
import { intlLocale } from '@/domain/time/fact-time';
import { localize } from '@/domain/text/lang';
import { useDataLang } from '@/ui/data-lang';
import { useTranslate } from '@/state/use-translate';
import { prefersReducedMotion } from '@/ui/motion';

export interface SourcePassage {
  readonly source: Source;
  readonly start: number;
  readonly end: number;
}

/**
 * The full source text in a modal dialog with the quoted passage marked and scrolled into
 * view. The native <dialog> gives focus trapping, Escape and the backdrop; the text is
 * rendered as React text nodes, never as markup.
 */
export function SourceDialog({
  passage,
  onClose,
}: {
  passage: SourcePassage;
  onClose: () => void;
}) {
  const { lang, t } = useTranslate();
  const dataLang = useDataLang();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current!;
    dialog.showModal();
    const reduce = prefersReducedMotion();
    markRef.current?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    return () => dialog.close();
  }, []);

  const { source, start, end } = passage;
  const text = source.text ?? '';
  const date = source.date ? parsePartialDate(source.date) : null;
  return (
    <dialog
      ref={dialogRef}
      className="source-dialog"
      aria-labelledby="source-dialog-title"
      onClose={onClose}
    >
      <header className="source-dialog__header">
        <h2 id="source-dialog-title" lang={dataLang}>
          {t('sourceDialogTitle', { title: source.title })}
        </h2>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {t('close')}
        </button>
      </header>
      <p className="source-dialog__meta">
        {t('sourceMeta', {
          kind: localize(source.kind, lang),
          date: date ? formatPartialDate(date, intlLocale(lang)) : '–',
        })}
        {source.dateInferred
          ? ` · ${t('inferredWhy', { reason: localize(source.dateInferred, lang) })}`
          : ''}
      </p>
      {/* Focusable so keyboard users can scroll the text. */}
      <div className="source-dialog__text" lang={dataLang} tabIndex={0} aria-label={source.title}>
        {text.slice(0, start)}
        <mark ref={markRef}>{text.slice(start, end)}</mark>
        {text.slice(end)}
      </div>
    </dialog>
  );
}
