import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { datasetQueryOptions, DatasetLoadError } from '@/data/dataset-query';
import { localize } from '@/domain/lang';
import type { Translate } from '@/domain/messages';
import { describeIssue } from '@/domain/validate-dataset';
import { Details } from '@/features/details/Details';
import { FactsList } from '@/features/facts-list/FactsList';
import { FilterBar } from '@/features/filters/FilterBar';
import { ShareButton } from '@/features/share/ShareButton';
import { useUrlSync } from '@/state/url-sync';
import { clearSelection, reconcileWithDataset } from '@/state/view-actions';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Announcer } from './Announcer';
import { LinkNotice } from './LinkNotice';
import { useAppReady } from './app-ready';
import { LanguageSwitch } from './LanguageSwitch';
import { ViewBoundary } from './ViewBoundary';

/** Views that must have drawn before the app counts as ready. */
const READY_VIEWS = ['facts', 'map', 'timeline'] as const;

// Each widget library is its own chunk. Both start downloading as soon as the app starts, in
// parallel with the dataset, instead of after it: the list paints first, the widgets follow.
const mapChunk = import('@/features/map/FactMap');
const timelineChunk = import('@/features/timeline/FactTimeline');
const FactMap = lazy(() => mapChunk);
const FactTimeline = lazy(() => timelineChunk);

export function App() {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const dataUrl = useView((s) => s.dataUrl);
  const embed = useView((s) => s.embed);
  const sync = useUrlSync();
  const dataset = useQuery(datasetQueryOptions(dataUrl ?? undefined));
  const reportReady = useAppReady(READY_VIEWS);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An open dialog handles its own Escape; the selection stays.
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        document.querySelector('dialog[open]')
      )
        return;
      clearSelection(store);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  useEffect(() => {
    if (dataset.data) reportReady('facts');
  }, [dataset.data, reportReady]);
  // A link from an older dataset may name ids this one lacks: report them, replace the URL.
  useEffect(() => {
    const index = dataset.data;
    if (!index) return;
    if (sync) sync.replacing(() => reconcileWithDataset(store, index));
    else reconcileWithDataset(store, index);
  }, [dataset.data, store, sync]);
  const mapReady = useCallback(() => reportReady('map'), [reportReady]);
  const timelineReady = useCallback(() => reportReady('timeline'), [reportReady]);

  const index = dataset.data;
  const title = index ? localize(index.dataset.title, lang) : null;
  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      <header className="app__header">
        <h1 className="app__title">{t('appTitle')}</h1>
        <p className="app__subtitle">{title ?? t('appTagline')}</p>
        <ShareButton />
        <LanguageSwitch />
      </header>
      <LinkNotice />
      <Announcer index={index} />
      <main className="app__main">
        <Region id="facts" label={t('regionFacts')} className="app__facts">
          {index ? (
            <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
              <FilterBar index={index} />
              <FactsList index={index} />
            </ViewBoundary>
          ) : (
            <DatasetState error={dataset.error} onRetry={() => void dataset.refetch()} t={t} />
          )}
        </Region>
        <Region id="map" label={t('regionMap')} className="app__map" headingHidden>
          {index ? (
            <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />} onFailed={mapReady}>
              <Suspense fallback={null}>
                <FactMap index={index} onReady={mapReady} />
              </Suspense>
            </ViewBoundary>
          ) : null}
        </Region>
        <Region id="details" label={t('regionDetails')} className="app__details" headingHidden>
          {index ? (
            <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
              <Details index={index} />
            </ViewBoundary>
          ) : null}
        </Region>
        <Region id="timeline" label={t('regionTimeline')} className="app__timeline" headingHidden>
          {index ? (
            <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />} onFailed={timelineReady}>
              <Suspense fallback={null}>
                <FactTimeline index={index} onReady={timelineReady} />
              </Suspense>
            </ViewBoundary>
          ) : null}
        </Region>
      </main>
    </div>
  );
}

/** A landmark named by its own heading; the heading is hidden where the view speaks for itself. */
function Region({
  id,
  label,
  className,
  headingHidden = false,
  children,
}: {
  id: string;
  label: string;
  className: string;
  headingHidden?: boolean;
  children?: ReactNode;
}) {
  return (
    <section
      id={`region-${id}`}
      className={`region ${className}`}
      aria-labelledby={`region-${id}-title`}
    >
      <h2 id={`region-${id}-title`} className={headingHidden ? 'visually-hidden' : 'region__title'}>
        {label}
      </h2>
      {children}
    </section>
  );
}

function ViewFailed({ error, t }: { error: Error; t: Translate }) {
  return (
    <p className="view-failed" role="alert">
      {t('viewFailed', { message: error.message })}
    </p>
  );
}

function DatasetState({
  error,
  onRetry,
  t,
}: {
  error: Error | null;
  onRetry: () => void;
  t: Translate;
}) {
  const { lang } = useTranslate();
  if (!error) return <p role="status">{t('loading')}</p>;
  const issues = error instanceof DatasetLoadError ? error.issues : [];
  return (
    <div className="dataset-error" role="alert">
      <p>{issues.length > 0 ? t('loadInvalid') : t('loadFailed')}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue, lang)}</li>
          ))}
        </ul>
      ) : (
        <p className="dataset-error__detail">{error.message}</p>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
