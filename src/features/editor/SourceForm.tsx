import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Dataset, Source } from '@/domain/dataset/dataset-schema';
import { canonicalText } from '@/domain/authoring/anchor';
import {
  planSourceChange,
  type AnchorChange,
  type SourceInput,
} from '@/domain/authoring/edit-dataset';
import { readWrittenDate } from '@/domain/import/import-kit';
import { sha256Hex } from '@/data/dataset-store';
import { localize } from '@/domain/text/lang';
import { useEditorTranslate as useTranslate } from './editor-messages';
import { readSourceFile } from './read-source-file';

/**
 * "Quelle hinzufügen" and "Quelle bearbeiten" in a modal dialog: title, text pasted or read
 * from a file, kind, publisher, date, address, licence, language. Changing a source's text
 * first shows what happens to each quote in it (unverändert, verschoben, unscharf, verwaist),
 * applied with "Übernehmen".
 */
export function SourceForm({
  dataset,
  source,
  onSubmit,
  onClose,
}: {
  dataset: Dataset;
  /** The source to edit; absent: a new one. */
  source?: Source;
  onSubmit: (input: SourceInput, plan: readonly AnchorChange[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState(source?.title ?? '');
  const [text, setText] = useState(source?.text ?? '');
  const [kind, setKind] = useState(source ? localize(source.kind, 'de') : 'Quelle');
  const [publisher, setPublisher] = useState(source?.publisher ?? '');
  const [date, setDate] = useState(source?.date ?? '');
  const [url, setUrl] = useState(source?.url ?? '');
  const [licence, setLicence] = useState(source?.licence ?? '');
  const [language, setLanguage] = useState<'de' | 'en'>(source?.lang ?? dataset.lang ?? 'de');
  const [fileError, setFileError] = useState<string | null>(null);
  // Where a PDF's pages begin, while the text is the one read from it.
  const [pages, setPages] = useState<{ text: string; starts: number[] } | null>(
    source?.pageStarts && source.text ? { text: source.text, starts: source.pageStarts } : null,
  );
  const [plan, setPlan] = useState<readonly AnchorChange[] | null>(null);
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);

  const dateValue = readWrittenDate(date);
  const errors = {
    title: title.trim() === '' ? t('errorRequired') : null,
    text: text.trim() === '' ? t('errorRequired') : null,
    date: date.trim() !== '' && dateValue === null ? t('errorDate') : null,
    url: url.trim() !== '' && !/^https?:\/\/\S+$/i.test(url.trim()) ? t('issue_url') : null,
  };
  const valid = Object.values(errors).every((e) => e === null);
  // Errors show as one types into a field, and all of them once the form is sent.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const shown = (field: keyof typeof errors) =>
    submitted || touched.has(field) ? errors[field] : null;
  const touch = (field: string) => setTouched((set) => new Set(set).add(field));

  const input = async (): Promise<SourceInput> => {
    const canonical = canonicalText(text);
    return {
      title,
      text: canonical,
      kind: kind.trim() || 'Quelle',
      ...(publisher.trim() ? { publisher } : {}),
      ...(dateValue ? { date: dateValue } : {}),
      ...(url.trim() ? { url } : {}),
      ...(licence.trim() ? { licence } : {}),
      lang: language,
      textSha256: await sha256Hex(new TextEncoder().encode(canonical)),
      ...(pages && pages.text === canonical ? { pageStarts: pages.starts } : {}),
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    if (source && plan === null && canonicalText(text) !== source.text) {
      // The text changed: the report first, applied with "Übernehmen".
      setPlan(planSourceChange(dataset, source.id, text));
      return;
    }
    onSubmit(await input(), plan ?? (source ? planSourceChange(dataset, source.id, text) : []));
    dialogRef.current?.close();
  };

  const field = (
    name: keyof typeof errors | 'kind' | 'publisher' | 'licence',
    label: string,
    value: string,
    set: (value: string) => void,
    type = 'text',
  ) => {
    const error = name in errors ? shown(name as keyof typeof errors) : null;
    return (
      <div className="editor-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          onChange={(event) => {
            set(event.target.value);
            touch(name);
            setPlan(null);
          }}
        />
        {error ? (
          <p id={`${id}-${name}-error`} className="editor-field__error">
            {label}: {error}
          </p>
        ) : null}
      </div>
    );
  };

  const heading = source ? t('editSource') : t('addSource');
  return (
    <dialog
      ref={dialogRef}
      className="editor-dialog"
      aria-labelledby={`${id}-heading`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-heading`}>{heading}</h2>
        {plan ? (
          <ReanchorReport plan={plan} dataset={dataset} />
        ) : (
          <>
            {field('title', t('fieldTitle'), title, setTitle)}
            <div className="editor-field">
              <label htmlFor={`${id}-text`}>{t('fieldText')}</label>
              <textarea
                id={`${id}-text`}
                rows={8}
                value={text}
                lang={language}
                aria-invalid={shown('text') ? true : undefined}
                aria-describedby={shown('text') ? `${id}-text-error` : undefined}
                onChange={(event) => {
                  setText(event.target.value);
                  touch('text');
                }}
              />
              {shown('text') ? (
                <p id={`${id}-text-error`} className="editor-field__error">
                  {t('fieldText')}: {shown('text')}
                </p>
              ) : null}
            </div>
            <div className="editor-field">
              <label htmlFor={`${id}-file`}>{t('fieldFile')}</label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (!file) return;
                  readSourceFile(file).then(
                    (read) => {
                      setText(read.text);
                      setPages(
                        read.pageStarts
                          ? { text: canonicalText(read.text), starts: read.pageStarts }
                          : null,
                      );
                      if (title.trim() === '') setTitle(read.title);
                      setFileError(null);
                    },
                    (error: unknown) => setFileError(t('errorFile', { reason: String(error) })),
                  );
                }}
              />
              {fileError ? <p className="editor-field__error">{fileError}</p> : null}
            </div>
            {field('kind', t('fieldKind'), kind, setKind)}
            {field('publisher', t('fieldPublisher'), publisher, setPublisher)}
            {field('date', t('fieldDate'), date, setDate)}
            {field('url', t('fieldAddress'), url, setUrl, 'url')}
            {field('licence', t('fieldLicence'), licence, setLicence)}
            <div className="editor-field">
              <label htmlFor={`${id}-lang`}>{t('fieldLanguage')}</label>
              <select
                id={`${id}-lang`}
                value={language}
                onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'de')}
              >
                <option value="de">{t('langDe')}</option>
                <option value="en">{t('langEn')}</option>
              </select>
            </div>
          </>
        )}
        <div className="editor-dialog__actions">
          <button type="submit" className="button button--primary">
            {plan ? t('reanchorApply') : source ? t('sourceSave') : t('addSource')}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Each quote of the source and what the new text does to it, before it applies. */
function ReanchorReport({ plan, dataset }: { plan: readonly AnchorChange[]; dataset: Dataset }) {
  const { t } = useTranslate();
  const titles = new Map(dataset.facts.map((f) => [f.id, f.title.de]));
  if (plan.length === 0) return <p>{t('reanchorNone')}</p>;
  return (
    <section aria-label={t('reanchorTitle')}>
      <h3>{t('reanchorTitle')}</h3>
      <ul className="reanchor-report">
        {plan.map((change) => (
          <li key={`${change.factId}-${change.evidence}`} data-status={change.status}>
            <strong>{titles.get(change.factId) ?? change.factId}</strong>:{' '}
            <span className="reanchor-report__status">{t(`anchor_${change.status}`)}</span>
            {change.status === 'fuzzy' || change.status === 'orphaned' ? (
              <span className="reanchor-report__passages">
                {' '}
                {t('reanchorOld', { quote: change.old.quote })}
                {change.anchor ? ` · ${t('reanchorNew', { quote: change.anchor.quote })}` : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
