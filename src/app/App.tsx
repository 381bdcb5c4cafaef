import {
  useCallback,
  useDeferredValue,
  useEffect,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { encodingOf, keepFailureOf } from '@/data/dataset-query';
import { DatasetLoadError } from '@/data/load-protocol';
import { isProvided, sourceOf } from '@/data/index-source';
import { ExportMenu } from '@/features/dataset-io/ExportMenu';
import { ImportSummary } from '@/features/dataset-io/ImportSummary';
import { LoadProgressBar } from '@/features/dataset-io/LoadProgressBar';
import { OpenDataset } from '@/features/dataset-io/OpenDataset';
import { localize } from '@/domain/text/lang';
import type { Translate } from '@/domain/text/messages';
import { describeIssue } from '@/domain/dataset/dataset-issue';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import { Details } from '@/features/details/Details';
import { FactsList } from '@/features/facts-list/FactsList';
// Types only (erased from the build): the views' code stays in their own chunks.
import type FactMapView from '@/features/map/FactMap';
import type FactTimelineView from '@/features/timeline/FactTimeline';
import { FilterBar } from '@/features/filters/FilterBar';
import { ShareButton } from '@/features/share/ShareButton';
import { TourButton, TourStartButton } from '@/features/tour/TourButton';
import { TourPlayer } from '@/features/tour/TourPlayer';
import { AppliedQuery } from '@/state/use-matching-facts';
import { shareableUrl } from '@/state/share-link';
import { useUrlSync } from '@/state/url-sync';
import { clearSelection, reconcileWithDataset, stepTour } from '@/state/view-actions';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Announcer } from './Announcer';
import { MAX_MEGABYTES, useDataset } from './use-dataset';
import { LinkNotice } from './LinkNotice';
import { UpdateNotice } from './UpdateNotice';
import { useAppReady } from './app-ready';
import { defineChunk, useChunk } from './chunk';
import { DeferredView } from './DeferredView';
import { LanguageSwitch } from './LanguageSwitch';
import { ViewBoundary } from './ViewBoundary';
import { DataLangProvider } from '@/ui/data-lang';
import { BottomSheet } from '@/ui/BottomSheet';
import { NARROW_LAYOUT } from './layout';
import { useMediaQuery } from './use-media-query';
import { useEditing } from './use-editing';
import type EditorView from '@/features/editor/Editor';

/** The host of a dataset address on another origin; `null` for the app's own. */
function foreignHost(address: string): string | null {
  try {
    const url = new URL(address, window.location.href);
    return url.origin === window.location.origin ? null : url.host;
  } catch {
    return null;
  }
}

/** Views that must have drawn before the app counts as ready. */
const READY_VIEWS = ['facts', 'map', 'timeline'] as const;

// Each widget library is its own chunk, downloaded in parallel with the entry chunk (the HTML
// preloads them) and evaluated when its view first renders: the shell and list paint first.
const mapChunk = defineChunk(() => import('@/features/map/FactMap'));
const timelineChunk = defineChunk(() => import('@/features/timeline/FactTimeline'));
// The editor is loaded when it is opened: readers never download it.
const editorChunk = defineChunk(() => import('@/features/editor/Editor'));

/** A key per loaded dataset, for remounting the timeline when the dataset changes. */
const datasetKeys = new WeakMap<object, number>();
let nextDatasetKey = 1;
function datasetKey(index: object): number {
  const known = datasetKeys.get(index);
  if (known !== undefined) return known;
  const key = nextDatasetKey++;
  datasetKeys.set(index, key);
  return key;
}

export function App() {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const embed = useView((s) => s.embed);
  const sync = useUrlSync();
  const {
    index: loaded,
    query: dataset,
    openFile,
    openUrl,
    openError,
    dismissOpenError,
    status,
    choosePlace,
  } = useDataset();
  // A dataset renders in the background, in slices between which the page answers input:
  // rendering 100,000 facts' views at once was one 300 ms task.
  const index = useDeferredValue(loaded);
  // What the views read the dataset through (domain/dataset/fact-source.ts).
  const source = index ? sourceOf(index) : null;
  const [dragging, setDragging] = useState(false);
  // One layout decision (app/layout.ts): the phone layout below it, the desktop grid above.
  const phone = useMediaQuery(NARROW_LAYOUT) && !embed;
  const [menuOpen, setMenuOpen] = useState(false);
  // A failed open is reported in the menu: it opens to show it.
  const menuShown = menuOpen || openError !== null;
  const reportReady = useAppReady(READY_VIEWS);
  const { editing, startEditing, stopEditing, newDraft, onDataset } = useEditing(loaded ?? null);

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
      // Escape first cancels a wait for a point on the map (the editor's), then the selection.
      if (store.getState().mapPick) {
        store.setState({ mapPick: null });
        return;
      }
      clearSelection(store);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  useEffect(() => {
    if (index) reportReady('facts');
  }, [index, reportReady]);
  // A dataset whose facts name no place (a TimelineJS file) has no map to draw: its room goes
  // to the timeline, and the map's region says why it is empty.
  // While editing, the map stays: a new dataset has no places until its first fact.
  const placeless = source && !editing ? source.placeless : false;
  useEffect(() => {
    if (placeless) reportReady('map');
  }, [placeless, reportReady]);
  // A link from an older dataset may name ids this one lacks: report them, replace the URL.
  useEffect(() => {
    if (!index) return;
    if (sync) sync.replacing(() => reconcileWithDataset(store, index));
    else reconcileWithDataset(store, index);
  }, [index, store, sync]);
  const mapReady = useCallback(() => reportReady('map'), [reportReady]);
  const timelineReady = useCallback(() => reportReady('timeline'), [reportReady]);

  const title = source ? localize(source.meta.title, lang) : null;
  const dataUrl = useView((s) => s.dataUrl);
  // Whose data this is (a shared `data=` link may point anywhere) and how its file was read.
  const host = dataUrl === null ? null : foreignHost(dataUrl);
  const encoding = index ? encodingOf(index) : undefined;
  const keepFailure = index ? keepFailureOf(index) : undefined;
  // A Parquet table is read where it is, row by row: it is not kept offline, nor edited here.
  const parquet = index ? isProvided(index) : false;
  const notes = [
    ...(host ? [t('dataFrom', { host })] : []),
    ...(encoding ? [t(`readAs_${encoding}`)] : []),
    ...(keepFailure ? [t(`storeFailed_${keepFailure.reason}`)] : []),
    ...(parquet ? [t('parquetNotKept')] : []),
  ];
  const subtitle = (
    <p className="app__subtitle">
      {title ?? t('appTagline')}
      {notes.length > 0 ? (
        <span className="app__source" role="status">
          {' · '}
          {notes.join(' · ')}
        </span>
      ) : null}
    </p>
  );
  // The header's controls; on a phone they live in the menu.
  const tools = [
    <OpenDataset
      key="open"
      summary={index ? <ImportSummary index={index} onChoosePlace={choosePlace} /> : null}
      maxMegabytes={MAX_MEGABYTES}
      error={openError}
      status={status ? t('fileLoaded', status) : ''}
      onOpenFile={(file) => void openFile(file)}
      onOpenUrl={openUrl}
      onDismissError={dismissOpenError}
    />,
    <LoadProgressBar key="progress" />,
    index ? (
      <ExportMenu key="export" index={index} />
    ) : (
      // Same place and size before the data arrives: the header does not shift (CLS 0).
      <button key="export" type="button" className="button" disabled>
        {t('export')}
      </button>
    ),
    embed || parquet ? null : (
      <button
        key="edit"
        type="button"
        className="button"
        aria-pressed={editing}
        disabled={!index}
        onClick={() => (editing ? stopEditing() : void startEditing())}
      >
        {t('edit')}
      </button>
    ),
    <ShareButton key="share" url={() => shareableUrl(store.getState(), source)} />,
    <LanguageSwitch key="lang" />,
  ];
  const factsRegion = (
    <Region id="facts" label={t('regionFacts')} className="app__facts">
      {source ? (
        <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
          {/* On a phone, search and filters are in the menu. */}
          {phone ? null : <FilterBar source={source} />}
          <FactsList source={source} />
        </ViewBoundary>
      ) : (
        <DatasetState error={dataset.error} onRetry={() => void dataset.refetch()} t={t} />
      )}
    </Region>
  );
  const mapRegion = (
    <Region id="map" label={t('regionMap')} className="app__map" headingHidden>
      {placeless ? (
        <p className="map-none" role="status">
          {t('noPlaces')}
        </p>
      ) : (
        // The map does not wait for the data: its style and basemap load meanwhile.
        <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />} onFailed={mapReady}>
          <DeferredView pending={t('mapDeferred')} load={t('mapLoad')} textPainted={index !== null}>
            <MapView source={source} onReady={mapReady} />
          </DeferredView>
        </ViewBoundary>
      )}
    </Region>
  );
  const side = (
    <div className="app__side">
      {index ? (
        <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
          <TourPlayer index={index} detailsId="region-details" />
        </ViewBoundary>
      ) : null}
      <Region
        id="details"
        label={t('regionDetails')}
        className="app__details"
        headingHidden
        scrolls
      >
        {index ? (
          <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
            <Details
              source={sourceOf(index)}
              quoteFirst={phone}
              overviewActions={(index.dataset.tours ?? []).map((tour) => (
                <TourStartButton key={tour.id} index={index} tourId={tour.id} />
              ))}
            />
          </ViewBoundary>
        ) : null}
      </Region>
    </div>
  );
  // The editor starts from the dataset of its own key, never from the one still shown while
  // that loads (which it would then save under the new key).
  const editorRegion =
    editing && dataset.data && dataUrl !== null ? (
      <Region id="editor" label={t('editorLabel')} className="app__editor" scrolls>
        <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
          <EditorPanel
            key={dataUrl}
            index={dataset.data}
            dataKey={dataUrl}
            onDataset={onDataset}
            onNew={newDraft}
            onStop={stopEditing}
          />
        </ViewBoundary>
      </Region>
    ) : null;
  const timelineRegion = (
    <Region id="timeline" label={t('regionTimeline')} className="app__timeline" headingHidden>
      {index ? (
        <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />} onFailed={timelineReady}>
          <DeferredView
            pending={t('timelineDeferred')}
            load={t('timelineLoad')}
            textPainted={index !== null}
          >
            {/* A new dataset gets a new timeline (docs/decisions.md); filters and edits only diff. */}
            <TimelineView
              key={editing ? `edit:${dataUrl ?? ''}` : datasetKey(index)}
              source={sourceOf(index)}
              onReady={timelineReady}
            />
          </DeferredView>
        </ViewBoundary>
      ) : null}
    </Region>
  );
  return (
    // The search the views filter by: one for all of them (state/use-matching-facts.tsx).
    <AppliedQuery source={source}>
      <DataLangProvider lang={source?.meta.lang ?? 'de'}>
        <div
          className={embed ? 'app app--embed' : phone ? 'app app--phone' : 'app'}
          data-dragging={dragging || undefined}
          onDragOver={(event) => {
            if (!event.dataTransfer.types.includes('Files')) return;
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={(event) => {
            if (event.currentTarget === event.target) setDragging(false);
          }}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            const file = event.dataTransfer.files[0];
            if (file) void openFile(file);
          }}
        >
          {phone ? (
            <>
              <header className="app__header app__header--phone">
                <h1 className="app__title">{t('appTitle')}</h1>
                {index ? <TourButton index={index} /> : null}
                <button
                  type="button"
                  className="button app__menu-button"
                  aria-expanded={menuShown}
                  aria-controls="app-menu"
                  onClick={() => setMenuOpen((open) => !open)}
                >
                  {t('menu')}
                </button>
              </header>
              {/* Kept mounted while closed: an open dialog or a running load keeps its state. */}
              <section
                id="app-menu"
                className="app-menu"
                aria-label={t('menu')}
                hidden={!menuShown}
              >
                {subtitle}
                <div className="app-menu__tools">{tools}</div>
                {source ? (
                  <ViewBoundary fallback={(e) => <ViewFailed error={e} t={t} />}>
                    <FilterBar source={source} />
                  </ViewBoundary>
                ) : null}
              </section>
            </>
          ) : (
            <header className="app__header">
              <h1 className="app__title">{t('appTitle')}</h1>
              {subtitle}
              {tools.slice(0, 3)}
              {index ? (
                <TourButton index={index} />
              ) : (
                // Its place is kept while the data loads, as the export's: nothing shifts (CLS).
                <button type="button" className="button" disabled>
                  {t('tour')}
                </button>
              )}
              {tools.slice(3)}
            </header>
          )}
          <LinkNotice />
          <UpdateNotice />
          <Announcer index={index} />
          <main
            className={[
              'app__main',
              placeless ? 'app__main--placeless' : '',
              phone ? 'app__main--phone' : '',
              editorRegion && !phone ? 'app__main--editing' : '',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {phone ? (
              <>
                {mapRegion}
                {timelineRegion}
                <ViewSheet index={index ?? null}>
                  {editorRegion}
                  {side}
                  {factsRegion}
                </ViewSheet>
              </>
            ) : (
              <>
                {factsRegion}
                {editorRegion}
                {mapRegion}
                {side}
                {timelineRegion}
              </>
            )}
          </main>
        </div>
      </DataLangProvider>
    </AppliedQuery>
  );
}

/**
 * The phone's bottom sheet, back at its top when the selection or the tour step changes, and
 * turning the tour's step on a sideways swipe. Its own component: only it re-renders when the
 * selection changes, not the whole app.
 */
function ViewSheet({ index, children }: { index: DatasetIndex | null; children: ReactNode }) {
  const store = useViewStoreApi();
  const { t } = useTranslate();
  const resetKey = useView(
    (s) =>
      `${s.selectedFactId}|${s.selectedPlaceId}|${s.tour ? `${s.tour.id}:${s.tour.step}` : ''}`,
  );
  return (
    <BottomSheet
      expandLabel={t('sheetExpand')}
      collapseLabel={t('sheetCollapse')}
      resetKey={resetKey}
      onSwipe={(direction) => {
        if (index) stepTour(store, index, direction === 'next' ? 1 : -1);
      }}
    >
      {children}
    </BottomSheet>
  );
}

/** The map once its chunk is there (a chunk that failed throws to the view's boundary). */
function MapView(props: ComponentProps<typeof FactMapView>) {
  const FactMap = useChunk(mapChunk)?.default;
  return FactMap ? <FactMap {...props} /> : <ViewLoading />;
}

function EditorPanel(props: ComponentProps<typeof EditorView>) {
  const Editor = useChunk(editorChunk)?.default;
  return Editor ? <Editor {...props} /> : <ViewLoading />;
}

function TimelineView(props: ComponentProps<typeof FactTimelineView>) {
  const FactTimeline = useChunk(timelineChunk)?.default;
  return FactTimeline ? <FactTimeline {...props} /> : <ViewLoading />;
}

/** A view's region while its chunk loads (on a phone, a second or more after scrolling). */
function ViewLoading() {
  const { t } = useTranslate();
  return <p className="view-pending">{t('viewLoading')}</p>;
}

/** A landmark named by its own heading; the heading is hidden where the view speaks for itself. */
function Region({
  id,
  label,
  className,
  headingHidden = false,
  scrolls = false,
  children,
}: {
  id: string;
  label: string;
  className: string;
  headingHidden?: boolean;
  /**
   * The region scrolls and may hold nothing else to focus (an imported dataset's overview):
   * it is in the Tab order, so the keyboard can scroll it.
   */
  scrolls?: boolean;
  children?: ReactNode;
}) {
  return (
    <section
      id={`region-${id}`}
      className={`region ${className}`}
      aria-labelledby={`region-${id}-title`}
      // Otherwise not in the Tab order; focus lands here when a control in it goes (DeferredView).
      tabIndex={scrolls ? 0 : -1}
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
