import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { gazetteerQueryOptions } from '@/data/gazetteer';
import { saveDraft, watchDraft } from '@/data/drafts';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset, Fact, TourStep } from '@/domain/dataset/dataset-schema';
import { quoteAt } from '@/domain/authoring/anchor';
import {
  addSource,
  changeSource,
  ensurePlace,
  factFromQuote,
  freeId,
  reattachQuote,
  suggestionReason,
  updateFact,
} from '@/domain/authoring/edit-dataset';
import {
  sentenceAround,
  suggestDates,
  suggestPlaces,
  suggestTitle,
} from '@/domain/authoring/suggest';
import { formatCamera } from '@/domain/view/camera';
import { validateDataset } from '@/domain/dataset/validate-dataset';
import { describeIssue } from '@/domain/dataset/dataset-issue';
import { slugify } from '@/domain/import/import-kit';
import { truncate } from '@/domain/text/truncate';
import { selectFact } from '@/state/view-actions';
import { useEditorTranslate as useTranslate } from './editor-messages';
import { useView, useViewStoreApi } from '@/state/view-store';
import { download } from '@/ui/download';
import { createDraftStore } from './draft-store';
import { FactForm, type Edit } from './FactForm';
import { SourceForm } from './SourceForm';
import { SourceText, type TextSelection } from './SourceText';
import './editor.css';

/** Why a suggestion is not in the quote: only its sentence says it. */
const IN_SENTENCE = {
  de: 'im Satz genannt, nicht im Zitat',
  en: 'named in the sentence, not in the quote',
};
const FROM_SENTENCE = { de: 'aus dem Satz', en: 'from the sentence' };

type SaveState =
  { readonly state: 'saved' | 'saving' } | { readonly state: 'failed'; readonly reason: string };

/**
 * The editor of a dataset kept in this browser: its sources as selectable text, facts made
 * from a selected passage, the selected fact's form, undo and redo, a tour from views, the
 * export. Every edit is saved at once and shown at once on the map, the timeline and the list
 * (the app's index is replaced through `onDataset`). Loaded on demand: not in the first load.
 */
export default function Editor({
  index,
  dataKey,
  onDataset,
  onNew,
  onStop,
}: {
  index: DatasetIndex;
  dataKey: string;
  /** The edited dataset, for every view. */
  onDataset: (dataset: Dataset) => void;
  /** "Neuer Datensatz": the app keeps an empty one and opens it in the editor. */
  onNew: () => void;
  onStop: () => void;
}) {
  const { lang, t } = useTranslate();
  const view = useViewStoreApi();
  const id = useId();
  const [draft] = useState(() => createDraftStore(index.dataset));
  const dataset = useStore(draft, (s) => s.dataset);
  const canUndo = useStore(draft.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(draft.temporal, (s) => s.futureStates.length > 0);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const [otherTab, setOtherTab] = useState(false);
  const otherTabRef = useRef(false);
  const selectedFactId = useView((s) => s.selectedFactId);
  const picking = useView((s) => s.mapPick !== null);
  const gazetteer = useQuery(gazetteerQueryOptions());

  // Every change: shown by the views, saved under the key, told to other tabs.
  useEffect(() => {
    const watcher = watchDraft(dataKey, () => {
      otherTabRef.current = true;
      setOtherTab(true);
    });
    let saving = Promise.resolve();
    const unsubscribe = draft.subscribe((state, previous) => {
      if (state.dataset === previous.dataset) return;
      onDataset(state.dataset);
      if (otherTabRef.current) return;
      setSave({ state: 'saving' });
      // Saved in order: a slow save never lands after a newer one.
      saving = saving
        .then(() => saveDraft(dataKey, state.dataset, state.dataset.title.de))
        .then(
          () => {
            watcher.saved();
            setSave({ state: 'saved' });
          },
          (error: unknown) =>
            setSave({
              state: 'failed',
              reason: error instanceof Error ? error.message : String(error),
            }),
        );
    });
    return () => {
      unsubscribe();
      watcher.close();
    };
  }, [draft, dataKey, onDataset]);

  /** One edit; several in a row with the same `coalesce` key (typing in one field) are one undo step. */
  const lastCoalesce = useRef<string | undefined>(undefined);
  const edit = useCallback<Edit>(
    (change, coalesce) => {
      if (otherTabRef.current) return;
      const temporal = draft.temporal.getState();
      const same = coalesce !== undefined && coalesce === lastCoalesce.current;
      if (same) temporal.pause();
      draft.getState().edit(change);
      if (same) temporal.resume();
      lastCoalesce.current = coalesce;
    },
    [draft],
  );
  const undo = useCallback(() => {
    lastCoalesce.current = undefined;
    draft.temporal.getState().undo();
  }, [draft]);
  const redo = useCallback(() => {
    lastCoalesce.current = undefined;
    draft.temporal.getState().redo();
  }, [draft]);

  // Ctrl+Z and Ctrl+Shift+Z (Cmd on a Mac); a text field keeps its own undo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      const target = event.target as HTMLElement | null;
      const typing =
        target instanceof HTMLTextAreaElement
          ? target.getAttribute('aria-readonly') !== 'true'
          : target instanceof HTMLInputElement &&
            !['checkbox', 'radio', 'button', 'file'].includes(target.type);
      if (typing || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const textSources = dataset.sources.filter((s) => s.text !== undefined);
  const [sourceId, setSourceId] = useState<string | null>(textSources[0]?.id ?? null);
  const source = dataset.sources.find((s) => s.id === sourceId) ?? textSources[0];
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [dialog, setDialog] = useState<'add' | 'edit' | null>(null);
  const fact = dataset.facts.find((f) => f.id === selectedFactId);

  const lookup = gazetteer.data ? (name: string) => gazetteer.data.lookup(name) : undefined;

  const makeFact = () => {
    if (!source?.text || !selection) return;
    const text = source.text;
    const anchor = quoteAt(text, selection.start, selection.end);
    if (!anchor) return;
    const bounds = sentenceAround(text, anchor.start, anchor.end);
    const sentence = text.slice(bounds.start, bounds.end);
    const [date] = suggestDates(
      anchor.quote,
      sentence,
      source.date,
      text.slice(0, bounds.start),
      text.slice(bounds.end),
    );
    const places = suggestPlaces(anchor.quote, sentence, dataset.places, lookup);
    let made = '';
    edit((d) => {
      let next = d;
      const placeIds = places.map((p) => {
        let id = p.placeId;
        if (id === undefined) {
          const placed = ensurePlace(next, p.name, p.coordinates);
          next = placed.dataset;
          id = placed.id;
        }
        return {
          id,
          suggested: true,
          reason: suggestionReason(p.inQuote ? undefined : IN_SENTENCE),
        };
      });
      const time = date
        ? {
            ...date.time,
            inferred: suggestionReason(
              date.inQuote && !date.reason ? undefined : (date.reason ?? FROM_SENTENCE),
            ),
          }
        : undefined;
      const created = factFromQuote(next, {
        sourceId: source.id,
        anchor,
        title: suggestTitle(sentence) || truncate(anchor.quote, 80, '…'),
        ...(time ? { time } : {}),
        places: placeIds,
      });
      made = created.id;
      return created.dataset;
    });
    if (made) selectFact(view, made);
  };

  const addQuote = () => {
    if (!source?.text || !selection || !fact) return;
    const anchor = quoteAt(source.text, selection.start, selection.end);
    if (!anchor) return;
    edit((d) =>
      updateFact(d, fact.id, (f) => ({
        ...f,
        evidence: [
          ...f.evidence,
          {
            source: source.id,
            quote: anchor.quote,
            start: anchor.start,
            end: anchor.end,
            ...(anchor.prefix ? { prefix: anchor.prefix } : {}),
            ...(anchor.suffix ? { suffix: anchor.suffix } : {}),
          },
        ],
      })),
    );
  };
  const orphanHere = fact?.evidence.findIndex((e) => e.orphaned && e.source === source?.id) ?? -1;

  const stepFromView = () => {
    const state = view.getState();
    if (!state.selectedFactId && !state.selectedPlaceId) return;
    const target = state.selectedFactId
      ? dataset.facts.find((f) => f.id === state.selectedFactId)?.title.de
      : dataset.places.find((p) => p.id === state.selectedPlaceId)?.name;
    const viewPart = {
      ...(state.window ? { from: state.window.from, to: state.window.to } : {}),
      ...(state.cursor ? { at: state.cursor } : {}),
      ...(state.camera ? { map: formatCamera(state.camera) } : {}),
    };
    const step: TourStep = {
      ...(state.selectedFactId ? { fact: state.selectedFactId } : {}),
      ...(state.selectedPlaceId ? { place: state.selectedPlaceId } : {}),
      text: { de: target ?? '' },
      ...(Object.keys(viewPart).length > 0 ? { view: viewPart } : {}),
    };
    edit((d) => {
      const [tour, ...rest] = d.tours ?? [];
      if (!tour) {
        const title = d.title.de;
        return { ...d, tours: [{ id: freeId(title, []), title: { de: title }, steps: [step] }] };
      }
      return { ...d, tours: [{ ...tour, steps: [...tour.steps, step] }, ...rest] };
    });
  };

  const problems = useMemo(() => {
    const result = validateDataset(dataset);
    return result.ok ? [] : result.issues;
  }, [dataset]);

  const tour = dataset.tours?.[0];
  // Places found by name are offered nearest the map's view first: its camera, else the middle
  // of the dataset's places (the map fits them).
  const camera = view.getState().camera;
  const points = dataset.places.flatMap((p) => (p.coordinates ? [p.coordinates] : []));
  const nearPoint: readonly [number, number] | undefined = camera
    ? [camera.lon, camera.lat]
    : points.length > 0
      ? [
          points.reduce((n, p) => n + p[0], 0) / points.length,
          points.reduce((n, p) => n + p[1], 0) / points.length,
        ]
      : undefined;
  return (
    <div className="editor">
      <div className="editor__toolbar" role="toolbar" aria-label={t('editorLabel')}>
        <button
          type="button"
          className="button"
          onClick={() => setDialog('add')}
          disabled={otherTab}
        >
          {t('addSource')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setDialog('edit')}
          disabled={otherTab || !source}
        >
          {t('editSource')}
        </button>
        <button
          type="button"
          className="button"
          onClick={undo}
          disabled={!canUndo || otherTab}
          aria-keyshortcuts="Control+Z"
        >
          {t('undo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={redo}
          disabled={!canRedo || otherTab}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('redo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(
              `${slugify(dataset.title.de)}.json`,
              'application/json',
              `${JSON.stringify(dataset, null, 2)}\n`,
            )
          }
        >
          {t('exportDataset')}
        </button>
        <button type="button" className="button" onClick={onNew}>
          {t('newDataset')}
        </button>
        <button type="button" className="button" onClick={onStop}>
          {t('editStop')}
        </button>
        <span className="editor__save" role="status">
          {save.state === 'failed'
            ? t('saveFailed', { reason: save.reason })
            : save.state === 'saving'
              ? t('savingState')
              : t('savedState')}
        </span>
      </div>
      {otherTab ? (
        <div className="editor__alert" role="alert">
          {t('otherTab')}{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('reloadDraft')}
          </button>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <ul className="editor__problems" role="alert">
          {problems.slice(0, 5).map((p, i) => (
            <li key={i}>{describeIssue(p, lang)}</li>
          ))}
        </ul>
      ) : null}

      <section className="editor__source" aria-labelledby={`${id}-source-title`}>
        <h2 id={`${id}-source-title`} className="editor__title">
          {t('sourceText')}
        </h2>
        {textSources.length > 0 ? (
          <div className="editor-field">
            <label htmlFor={`${id}-source`}>{t('sourceChoice')}</label>
            <select
              id={`${id}-source`}
              value={source?.id ?? ''}
              onChange={(e) => setSourceId(e.target.value)}
            >
              {textSources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>{t('noSources')}</p>
        )}
        {source?.text ? (
          // A source of its own starts with nothing selected.
          <SourceText
            key={source.id}
            source={source}
            dataset={dataset}
            onSelection={setSelection}
            onSelectFact={(factId) => selectFact(view, factId)}
          />
        ) : null}
        <div className="editor-row">
          <button
            type="button"
            className="button button--primary"
            disabled={!selection || otherTab}
            onClick={makeFact}
          >
            {t('factFromQuote')}
          </button>
          {fact ? (
            <button
              type="button"
              className="button"
              disabled={!selection || otherTab}
              onClick={addQuote}
            >
              {t('addQuote')}
            </button>
          ) : null}
          {fact && orphanHere >= 0 ? (
            <button
              type="button"
              className="button"
              disabled={!selection || otherTab}
              onClick={() =>
                selection &&
                edit((d) => reattachQuote(d, fact.id, orphanHere, selection.start, selection.end))
              }
            >
              {t('reselectQuote')}
            </button>
          ) : null}
          {selection ? (
            <span className="editor-note" aria-live="polite">
              {t('selectionLength', { count: selection.end - selection.start })}
            </span>
          ) : null}
        </div>
      </section>

      <section className="editor__fact" aria-labelledby={`${id}-fact-title`}>
        <h2 id={`${id}-fact-title`} className="editor__title">
          {t('factFormLabel')}
        </h2>
        {fact ? (
          <FactForm
            key={fact.id}
            dataset={dataset}
            fact={fact}
            edit={edit}
            {...(lookup ? { lookupPlace: lookup } : {})}
            {...(gazetteer.data
              ? {
                  nearestPlace: (point: readonly [number, number]) =>
                    gazetteer.data.nearest(point, 2),
                }
              : {})}
            pickOnMap={(onPick) => view.setState({ mapPick: onPick })}
            picking={picking}
            {...(nearPoint ? { near: nearPoint } : {})}
            onDeleted={() => selectFact(view, null)}
          />
        ) : (
          <p>{t('noFactSelected')}</p>
        )}
      </section>

      <section className="editor__tour" aria-labelledby={`${id}-tour-title`}>
        <h2 id={`${id}-tour-title`} className="editor__title">
          {t('editorTour')}
        </h2>
        <button type="button" className="button" onClick={stepFromView} disabled={otherTab}>
          {t('stepFromView')}
        </button>
        {tour ? <TourSteps dataset={dataset} edit={edit} /> : null}
      </section>

      {dialog ? (
        <SourceForm
          dataset={dataset}
          {...(dialog === 'edit' && source ? { source } : {})}
          onClose={() => setDialog(null)}
          onSubmit={(input, plan) => {
            if (dialog === 'edit' && source) {
              edit((d) => changeSource(d, source.id, input, plan));
            } else {
              let added = '';
              edit((d) => {
                const next = addSource(d, input);
                added = next.id;
                return next.dataset;
              });
              setSourceId(added);
            }
          }}
        />
      ) : null}
    </div>
  );
}

/** The first tour's title and steps: text per step, moved up and down, removed. */
function TourSteps({ dataset, edit }: { dataset: Dataset; edit: Edit }) {
  const { t } = useTranslate();
  const id = useId();
  const tour = dataset.tours![0]!;
  const withTour = (change: (steps: TourStep[]) => TourStep[], title?: string) => (d: Dataset) => {
    const [first, ...rest] = d.tours ?? [];
    if (!first) return d;
    const steps = change([...first.steps]);
    if (steps.length === 0) {
      const { tours: _t, ...without } = d;
      return rest.length > 0 ? { ...without, tours: rest } : without;
    }
    return {
      ...d,
      tours: [
        { ...first, ...(title ? { title: { ...first.title, de: title } } : {}), steps },
        ...rest,
      ],
    };
  };
  const label = (step: TourStep) =>
    step.fact
      ? (dataset.facts.find((f: Fact) => f.id === step.fact)?.title.de ?? step.fact)
      : (dataset.places.find((p) => p.id === step.place)?.name ?? step.place ?? '');
  return (
    <>
      <div className="editor-field">
        <label htmlFor={`${id}-title`}>{t('tourTitleField')}</label>
        <input
          id={`${id}-title`}
          defaultValue={tour.title.de}
          onChange={(e) => {
            const title = e.target.value.trim();
            if (title)
              edit(
                withTour((steps) => steps, title),
                'tour-title',
              );
          }}
        />
      </div>
      <ol className="tour-steps" aria-label={t('tourSteps')}>
        {tour.steps.map((step, i) => (
          <li key={`${i}-${step.fact ?? step.place}`}>
            <span className="tour-steps__target">{label(step)}</span>
            <label htmlFor={`${id}-step-${i}`} className="visually-hidden">
              {t('stepText')} {i + 1}
            </label>
            <input
              id={`${id}-step-${i}`}
              defaultValue={step.text.de}
              onChange={(e) => {
                const text = e.target.value.trim();
                if (text)
                  edit(
                    withTour((steps) =>
                      steps.map((s, n) => (n === i ? { ...s, text: { ...s.text, de: text } } : s)),
                    ),
                    `step-${i}`,
                  );
              }}
            />
            <button
              type="button"
              className="button"
              disabled={i === 0}
              aria-label={`${t('stepUp')}: ${i + 1}`}
              onClick={() =>
                edit(
                  withTour((steps) => {
                    [steps[i - 1], steps[i]] = [steps[i]!, steps[i - 1]!];
                    return steps;
                  }),
                )
              }
            >
              ↑
            </button>
            <button
              type="button"
              className="button"
              disabled={i === tour.steps.length - 1}
              aria-label={`${t('stepDown')}: ${i + 1}`}
              onClick={() =>
                edit(
                  withTour((steps) => {
                    [steps[i + 1], steps[i]] = [steps[i]!, steps[i + 1]!];
                    return steps;
                  }),
                )
              }
            >
              ↓
            </button>
            <button
              type="button"
              className="button"
              aria-label={`${t('remove')}: ${i + 1}`}
              onClick={() => edit(withTour((steps) => steps.filter((_, n) => n !== i)))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
