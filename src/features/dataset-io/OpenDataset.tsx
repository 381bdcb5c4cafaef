import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { DatasetLoadReason } from '@/data/load-protocol';
import { formatNumber } from '@/domain/text/messages';
import { describeIssue, type DatasetIssue } from '@/domain/dataset/dataset-issue';
import { useTranslate } from '@/state/use-translate';
import { Disclosure } from '@/ui/Disclosure';
import { RecentDatasets } from './RecentDatasets';

/** What went wrong opening a dataset, already sorted into a reason the UI can explain. */
export interface OpenError {
  readonly reason: Exclude<DatasetLoadReason, 'cancelled'> | 'url';
  readonly detail?: string;
  /** The size of a file that was too large, in bytes. */
  readonly bytes?: number;
  readonly issues: readonly DatasetIssue[];
}

interface Props {
  /** What an import of the dataset in use recognised and looked up (ImportSummary). */
  readonly summary?: ReactNode;
  readonly maxMegabytes: number;
  readonly error: OpenError | null;
  readonly status: string;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenUrl: (url: string) => void;
  readonly onDismissError: () => void;
}

/** A file picker for datasets; cleared after each choice, so the same file can be chosen again. */
function DatasetFileInput({ id, onOpenFile }: { id: string; onOpenFile: (file: File) => void }) {
  return (
    <input
      id={id}
      type="file"
      accept=".json,.geojson,.csv,.tsv,.txt,.parquet,application/json,application/geo+json,text/csv,text/tab-separated-values,application/vnd.apache.parquet"
      onChange={(event) => {
        const file = event.target.files?.[0];
        if (file) onOpenFile(file);
        event.target.value = '';
      }}
    />
  );
}

/**
 * "Datensatz öffnen": a disclosure with a file picker and an address field. Errors list every
 * problem with where it is; the dataset in use stays loaded.
 */
export function OpenDataset({
  summary,
  maxMegabytes,
  error,
  status,
  onOpenFile,
  onOpenUrl,
  onDismissError,
}: Props) {
  const { lang, t } = useTranslate();
  const [url, setUrl] = useState('');
  const fileId = useId();
  const urlId = useId();
  const reopenId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (url.trim() !== '') onOpenUrl(url.trim());
  };

  const reason =
    error === null
      ? ''
      : error.reason === 'network'
        ? t('loadNetwork')
        : error.reason === 'timeout'
          ? t('loadTimeout')
          : error.reason === 'worker'
            ? t('loadWorker')
            : error.reason === 'http'
              ? t('loadHttp', { detail: error.detail ?? '' })
              : error.reason === 'too-large'
                ? error.bytes === undefined
                  ? t('loadTooLarge', { mb: maxMegabytes })
                  : t('loadTooLargeSize', {
                      size: formatNumber(Math.ceil(error.bytes / 1024 / 1024), lang),
                      mb: maxMegabytes,
                    })
                : error.reason === 'url'
                  ? t('invalidUrl')
                  : error.reason === 'missing-local'
                    ? t('loadMissingLocal')
                    : t('loadInvalid');

  return (
    <div className="open-dataset">
      <Disclosure label={t('openDataset')} className="open-dataset__panel">
        {({ open, close }) => (
          <>
            <h2 className="open-dataset__title">{t('openDatasetTitle')}</h2>
            <label htmlFor={fileId}>{t('openFile')}</label>
            <DatasetFileInput id={fileId} onOpenFile={onOpenFile} />
            <form onSubmit={submit} className="open-dataset__url">
              <label htmlFor={urlId}>{t('openUrl')}</label>
              <input
                id={urlId}
                type="text"
                inputMode="url"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
              <button type="submit" className="button">
                {t('openUrlButton')}
              </button>
            </form>
            <p className="open-dataset__hint">{t('dropHint', { mb: maxMegabytes })}</p>
            {open ? <RecentDatasets onChosen={close} /> : null}
          </>
        )}
      </Disclosure>
      <p className="open-dataset__status" role="status">
        {status}
      </p>
      {/* A live region of its own: what the import recognised is read out once it is there. */}
      <div role="status">{summary}</div>
      {error ? (
        <div className="open-dataset__error" role="alert">
          <p>
            {t('loadFailedKeep')} {reason}
          </p>
          {error.issues.length > 0 ? (
            <ul>
              {error.issues.map((issue, i) => (
                <li key={i}>{describeIssue(issue, lang)}</li>
              ))}
            </ul>
          ) : null}
          {error.reason === 'missing-local' ? (
            // The file is on the reader's disk, not in this browser: offer to open it here.
            <p className="open-dataset__reopen">
              <label htmlFor={reopenId}>{t('openFileHere')}</label>{' '}
              <DatasetFileInput id={reopenId} onOpenFile={onOpenFile} />
            </p>
          ) : null}
          <button type="button" className="button" onClick={onDismissError}>
            {t('close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
