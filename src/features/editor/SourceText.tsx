import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset, Source } from '@/domain/dataset/dataset-schema';
import { segments } from '@/domain/authoring/anchor';
import { useEditorTranslate as useTranslate } from './editor-messages';

/** A selection in the source text, in UTF-16 offsets (as `text.slice` counts). */
export interface TextSelection {
  readonly start: number;
  readonly end: number;
}

interface Passage {
  readonly start: number;
  readonly end: number;
  readonly factId: string;
}

/**
 * The source's text as selectable text with the passages that back facts highlighted. The text
 * is a <textarea> that refuses every change (`beforeinput`): mouse, Shift+arrow keys and touch
 * select in it as in any text field, and its selection is in the text's own offsets. (A
 * `readonly` one has no caret in Chromium, so the keyboard could not select; `inputmode=none`
 * keeps a phone's keyboard closed.) The highlights are drawn behind it, in
 * a copy of the text (hidden from screen readers) whose marks line up with the letters. Where
 * the caret or the selection touches a passage, its facts are listed to choose from.
 */
export function SourceText({
  source,
  dataset,
  onSelection,
  onSelectFact,
}: {
  source: Source;
  dataset: Dataset;
  onSelection: (selection: TextSelection | null) => void;
  onSelectFact: (factId: string) => void;
}) {
  const { t } = useTranslate();
  const id = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const text = source.text ?? '';
  const [caret, setCaret] = useState<TextSelection>({ start: 0, end: 0 });

  const passages = useMemo<Passage[]>(
    () =>
      dataset.facts.flatMap((fact) =>
        fact.evidence.flatMap((e) =>
          e.source === source.id && e.start !== undefined && e.end !== undefined && !e.orphaned
            ? [{ start: e.start, end: e.end, factId: fact.id }]
            : [],
        ),
      ),
    [dataset, source.id],
  );
  const parts = useMemo(() => segments(text.length, passages), [text.length, passages]);

  // The selection, whichever way it was made: `selectionchange` fires for keyboard, mouse and
  // touch alike (and `select` where it does not reach a text field).
  useEffect(() => {
    const area = areaRef.current!;
    const read = () => {
      if (document.activeElement !== area) return;
      const next = { start: area.selectionStart, end: area.selectionEnd };
      setCaret((old) => (old.start === next.start && old.end === next.end ? old : next));
    };
    // The text is the source's: typing, pasting, dropping and deleting are refused.
    const refuse = (event: Event) => event.preventDefault();
    const listening = new AbortController();
    const { signal } = listening;
    area.addEventListener('beforeinput', refuse, { signal });
    area.addEventListener('drop', refuse, { signal });
    document.addEventListener('selectionchange', read, { signal });
    for (const type of ['select', 'keyup', 'pointerup'])
      area.addEventListener(type, read, { signal });
    return () => listening.abort();
  }, []);
  useEffect(() => {
    onSelection(caret.end > caret.start ? caret : null);
  }, [caret, onSelection]);

  const touched = [
    ...new Set(
      passages
        .filter(
          (p) =>
            p.start <= caret.end &&
            p.end >= caret.start &&
            (caret.end > caret.start || p.end > caret.start),
        )
        .map((p) => p.factId),
    ),
  ];
  const titles = new Map(dataset.facts.map((f) => [f.id, f.title.de]));

  return (
    <div className="source-text">
      <p id={`${id}-hint`} className="source-text__hint">
        {t('sourceTextHint')}
      </p>
      <div className="source-text__frame">
        <div
          ref={backdropRef}
          className="source-text__backdrop"
          aria-hidden="true"
          lang={source.lang ?? dataset.lang ?? 'de'}
        >
          {parts.map((part) =>
            part.covers.length > 0 ? (
              <mark key={part.start} data-depth={Math.min(part.covers.length, 3)}>
                {text.slice(part.start, part.end)}
              </mark>
            ) : (
              <span key={part.start}>{text.slice(part.start, part.end)}</span>
            ),
          )}
          {/* A last line that ends in a line break still takes its height. */}
          {'\u200b'}
        </div>
        <textarea
          ref={areaRef}
          className="source-text__area"
          aria-readonly="true"
          inputMode="none"
          value={text}
          // Every change is refused before it happens (beforeinput); React's value stays.
          onChange={() => undefined}
          lang={source.lang ?? dataset.lang ?? 'de'}
          aria-label={t('sourceTextOf', { title: source.title })}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          onScroll={(event) => {
            backdropRef.current!.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      {touched.length > 0 ? (
        <div className="source-text__facts">
          <span>{t('passageFacts')}</span>
          <ul>
            {touched.map((factId) => (
              <li key={factId}>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => onSelectFact(factId)}
                >
                  {titles.get(factId) ?? factId}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
