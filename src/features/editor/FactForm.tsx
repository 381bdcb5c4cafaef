import { useId, useState, type ReactNode } from 'react';
import type { Dataset, Fact, FactTimeValue } from '@/domain/dataset/dataset-schema';
import type { GazetteerCandidate } from '@/domain/import/import-report';
import {
  addCategory,
  confirmedReason,
  ensurePlace,
  freeId,
  isSuggestion,
  removeFact,
  updateFact,
} from '@/domain/authoring/edit-dataset';
import { suggestDates } from '@/domain/authoring/suggest';
import { foldText } from '@/domain/dataset/search';
import { localize, type LocalizableText } from '@/domain/text/lang';
import { partialDateInterval, parsePartialDate } from '@/domain/time/partial-date';
import { useEditorTranslate as useTranslate } from './editor-messages';
import { readWrittenDate } from '@/domain/import/import-kit';

/** One edit of the dataset; edits with the same `coalesce` key in a row are one undo step. */
export type Edit = (change: (dataset: Dataset) => Dataset, coalesce?: string) => void;

type TimeType = 'none' | FactTimeValue['type'];

const timeStart = (time: Fact['time']) =>
  !time ? '' : time.type === 'range' || time.type === 'ongoing' ? time.start : time.date;

/** Whether the quotes of a fact say this time: a date read from their words. */
function timeInQuotes(fact: Fact, time: FactTimeValue): boolean {
  const key = (t: FactTimeValue) =>
    JSON.stringify({ ...t, inferred: undefined, inferredPart: undefined, approximate: undefined });
  return fact.evidence.some(
    (e) =>
      e.quote !== undefined && suggestDates(e.quote, '').some((s) => key(s.time) === key(time)),
  );
}

/** Whether a quote of the fact names the place (folded: case, accents, ß). */
function placeInQuotes(fact: Fact, name: string): boolean {
  const folded = foldText(name);
  return fact.evidence.some((e) => e.quote !== undefined && foldText(e.quote).includes(folded));
}

/** The page (1-based) a quote starts on, when its source knows where its pages begin. */
function pageOf(starts: readonly number[] | undefined, at: number | undefined): number | null {
  if (!starts || at === undefined) return null;
  let page = 0;
  while (page < starts.length && starts[page]! <= at) page += 1;
  return page;
}

/** "51.366, 11.292" or "51.366 11.292": latitude first, as maps write it. */
function parseCoordinates(text: string): [number, number] | null {
  const m = /^\s*(-?\d{1,2}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const lat = Number(m[1]!.replace(',', '.'));
  const lon = Number(m[2]!.replace(',', '.'));
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

const km = ([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]) => {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
};

/**
 * The selected fact's fields, each labelled, with the loader's messages beside a field as one
 * types. Suggestions carry "Vorschlag" until confirmed; a date or place the quotes do not say
 * needs a reason ("erschlossen").
 */
export function FactForm({
  dataset,
  fact,
  edit,
  lookupPlace,
  near,
  nearestPlace,
  pickOnMap,
  picking,
  onDeleted,
}: {
  dataset: Dataset;
  fact: Fact;
  edit: Edit;
  /** The gazetteer, once loaded. */
  lookupPlace?: (name: string) => readonly GazetteerCandidate[];
  /** The gazetteer's place nearest a point (a point clicked on the map, named). */
  nearestPlace?: (point: readonly [number, number]) => GazetteerCandidate | null;
  /** Asks the map for a point: the next click on it (null cancels). */
  pickOnMap: (onPick: ((point: readonly [number, number]) => void) | null) => void;
  /** Whether the map is waiting for that click. */
  picking: boolean;
  /** The map's centre: places nearest to it are offered first. */
  near?: readonly [number, number];
  onDeleted: () => void;
}) {
  const { lang, t } = useTranslate();
  const id = useId();
  const change = (field: string, next: (fact: Fact) => Fact) =>
    edit((d) => updateFact(d, fact.id, next), `${fact.id}:${field}`);

  const [title, setTitle] = useState(fact.title.de);
  const [titleEn, setTitleEn] = useState(fact.title.en ?? '');
  const [summary, setSummary] = useState(fact.summary?.de ?? '');
  const [summaryEn, setSummaryEn] = useState(fact.summary?.en ?? '');
  const time = fact.time;
  const [timeType, setTimeType] = useState<TimeType>(time?.type ?? 'none');
  const [start, setStart] = useState(timeStart(time));
  const [end, setEnd] = useState(time?.type === 'range' ? time.end : '');
  const [asOf, setAsOf] = useState(time?.type === 'ongoing' ? time.asOf : '');
  const [reason, setReason] = useState(
    time?.inferred && !isSuggestion(time.inferred) ? localize(time.inferred, 'de') : '',
  );
  const [people, setPeople] = useState(
    fact.entities.map((e) => dataset.entities.find((x) => x.id === e)?.name ?? e).join(', '),
  );
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<ReactNode[] | null>(null);
  const [newCategory, setNewCategory] = useState('');
  const [newColor, setNewColor] = useState('#0b5cad');

  // The time as the fields give it, or the error of the field that is wrong.
  const startValue = readWrittenDate(start);
  const endValue = readWrittenDate(end);
  const asOfValue = readWrittenDate(asOf);
  const timeErrors = {
    start: timeType !== 'none' && startValue === null ? t('errorDate') : null,
    end:
      timeType === 'range'
        ? endValue === null
          ? t('errorDate')
          : startValue &&
              partialDateInterval(parsePartialDate(endValue)!).end <=
                partialDateInterval(parsePartialDate(startValue)!).start
            ? t('errorEndBeforeStart')
            : null
        : null,
    asOf: timeType === 'ongoing' && asOfValue === null ? t('errorDate') : null,
  };
  const suggestedTime = time?.inferred !== undefined && isSuggestion(time.inferred);
  const typedTime = (): FactTimeValue | undefined => {
    if (timeType === 'none' || !startValue) return undefined;
    const flags = {
      ...(time?.approximate ? { approximate: true } : {}),
      ...(time?.inferred ? { inferred: time.inferred } : {}),
      ...(time?.inferredPart ? { inferredPart: time.inferredPart } : {}),
    };
    if (timeType === 'range')
      return endValue ? { type: 'range', start: startValue, end: endValue, ...flags } : undefined;
    if (timeType === 'ongoing')
      return asOfValue
        ? { type: 'ongoing', start: startValue, asOf: asOfValue, ...flags }
        : undefined;
    return { type: timeType, date: startValue, ...flags };
  };
  const inQuote = time ? timeInQuotes(fact, time) : true;
  const reasonError =
    time && !suggestedTime && !inQuote && reason.trim() === '' ? t('errorReason') : null;

  /** Writes the time the fields give, when they give a valid one (the author's own: confirmed). */
  const commitTime = (next: { type?: TimeType; start?: string; end?: string; asOf?: string }) => {
    const type = next.type ?? timeType;
    const s = readWrittenDate(next.start ?? start);
    const e = readWrittenDate(next.end ?? end);
    const a = readWrittenDate(next.asOf ?? asOf);
    change('time', (f) => {
      const { time: old, ...rest } = f;
      if (type === 'none') return rest;
      if (!s) return f;
      const flags = {
        ...(old?.approximate ? { approximate: true } : {}),
        ...(reason.trim() ? { inferred: reason.trim() } : {}),
      };
      const value: FactTimeValue | null =
        type === 'range'
          ? e
            ? { type, start: s, end: e, ...flags }
            : null
          : type === 'ongoing'
            ? a
              ? { type, start: s, asOf: a, ...flags }
              : null
            : { type, date: s, ...flags };
      if (!value) return f;
      if (
        type === 'range' &&
        partialDateInterval(parsePartialDate(e!)!).end <=
          partialDateInterval(parsePartialDate(s)!).start
      )
        return f;
      return { ...rest, time: value };
    });
  };

  const confirmTime = () => {
    const current = typedTime();
    if (!current) return;
    const why = confirmedReason(current.inferred);
    const { inferred: _i, ...plain } = current;
    change('time-confirm', (f) => ({
      ...f,
      time: timeInQuotes(f, plain as FactTimeValue)
        ? plain
        : { ...plain, ...(why ? { inferred: why } : {}) },
    }));
    if (why) setReason(why.de);
  };

  const placeReason = (placeId: string) => fact.placesInferred?.[placeId];
  const setPlaceReason = (placeId: string, text: string | undefined) =>
    change(`place-reason-${placeId}`, (f) => {
      const { [placeId]: _old, ...others } = f.placesInferred ?? {};
      const next: Record<string, LocalizableText> = text ? { ...others, [placeId]: text } : others;
      const { placesInferred: _p, ...rest } = f;
      return Object.keys(next).length > 0 ? { ...rest, placesInferred: next } : rest;
    });

  const addPlace = (
    name: string,
    coordinates?: readonly [number, number],
    existing?: string,
    note?: LocalizableText,
  ) => {
    edit((d) => {
      const placed = existing
        ? { dataset: d, id: existing }
        : ensurePlace(d, name, coordinates, note);
      return updateFact(placed.dataset, fact.id, (f) =>
        f.places.includes(placed.id) ? f : { ...f, places: [...f.places, placed.id] },
      );
    });
    setResults(null);
    setSearch('');
  };

  const runSearch = () => {
    const query = search.trim();
    if (query === '') return;
    const found: ReactNode[] = [];
    const point = parseCoordinates(query);
    if (point) {
      const name = `${point[1].toFixed(4)}, ${point[0].toFixed(4)}`;
      found.push(
        <li key="point">
          <button
            type="button"
            className="button"
            onClick={() =>
              addPlace(name, point, undefined, {
                de: 'nicht im Ortsverzeichnis',
                en: 'not in the gazetteer',
              })
            }
          >
            {t('placeAdd', { name })}
          </button>{' '}
          <span className="editor-note">{t('placeNotInGazetteer')}</span>
        </li>,
      );
    }
    const folded = foldText(query);
    for (const place of dataset.places
      .filter((p) => foldText(p.name).includes(folded))
      .slice(0, 8)) {
      found.push(
        <li key={`d-${place.id}`}>
          <button
            type="button"
            className="button"
            onClick={() => addPlace(place.name, undefined, place.id)}
          >
            {t('placeAdd', { name: place.name })}
          </button>{' '}
          <span className="editor-note">{t('placeInDataset')}</span>
        </li>,
      );
    }
    const candidates = [...(lookupPlace?.(query) ?? [])];
    if (near) candidates.sort((a, b) => km(a.coordinates, near) - km(b.coordinates, near));
    candidates.slice(0, 8).forEach((c, i) => {
      const where = [c.region, c.country].filter(Boolean).join(', ');
      found.push(
        <li key={`g-${i}`}>
          <button type="button" className="button" onClick={() => addPlace(c.name, c.coordinates)}>
            {t('placeAdd', { name: `${c.name}${where ? ` (${where})` : ''}` })}
          </button>{' '}
          <span className="editor-note">{t('placeFromGazetteer')}</span>
        </li>,
      );
    });
    setResults(found);
  };

  const fieldError = (name: string, label: string, error: string | null) =>
    error ? (
      <p id={`${id}-${name}-error`} className="editor-field__error">
        {label}: {error}
      </p>
    ) : null;
  const describedBy = (name: string, error: string | null) =>
    error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` } : {};

  const titleError = title.trim() === '' ? t('errorRequired') : null;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

  return (
    <form
      className="fact-form"
      aria-label={t('factFormLabel')}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <div className="editor-field">
        <label htmlFor={`${id}-title`}>{t('fieldTitle')}</label>
        <input
          id={`${id}-title`}
          value={title}
          lang={dataset.lang ?? 'de'}
          {...describedBy('title', titleError)}
          onChange={(e) => {
            setTitle(e.target.value);
            const value = e.target.value.trim();
            if (value) change('title', (f) => ({ ...f, title: { ...f.title, de: value } }));
          }}
        />
        {fieldError('title', t('fieldTitle'), titleError)}
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-title-en`}>{t('fieldTitleEn')}</label>
        <input
          id={`${id}-title-en`}
          value={titleEn}
          lang="en"
          onChange={(e) => {
            setTitleEn(e.target.value);
            const value = e.target.value.trim();
            change('title-en', (f) => {
              const { en: _en, ...de } = f.title;
              return { ...f, title: value ? { ...de, en: value } : de };
            });
          }}
        />
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-summary`}>{t('fieldSummary')}</label>
        <textarea
          id={`${id}-summary`}
          rows={3}
          value={summary}
          onChange={(e) => {
            setSummary(e.target.value);
            const value = e.target.value.trim();
            change('summary', (f) => {
              const { summary: old, ...rest } = f;
              return value ? { ...rest, summary: { ...(old ?? {}), de: value } } : rest;
            });
          }}
        />
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-summary-en`}>{t('fieldSummaryEn')}</label>
        <textarea
          id={`${id}-summary-en`}
          rows={2}
          value={summaryEn}
          lang="en"
          onChange={(e) => {
            setSummaryEn(e.target.value);
            const value = e.target.value.trim();
            change('summary-en', (f) => {
              if (!f.summary) return f;
              const { en: _en, ...de } = f.summary;
              return { ...f, summary: value ? { ...de, en: value } : de };
            });
          }}
        />
      </div>

      <fieldset className="editor-group">
        <legend>
          {t('fieldDate')}
          {suggestedTime ? <span className="suggestion-badge">{t('suggestion')}</span> : null}
        </legend>
        {suggestedTime && time?.inferred ? (
          <p className="editor-note">{localize(time.inferred, lang)}</p>
        ) : null}
        <div className="editor-field">
          <label htmlFor={`${id}-time-type`}>{t('fieldTimeType')}</label>
          <select
            id={`${id}-time-type`}
            value={timeType}
            onChange={(e) => {
              const type = e.target.value as TimeType;
              setTimeType(type);
              commitTime({ type });
            }}
          >
            <option value="none">{t('timeNone')}</option>
            <option value="point">{t('timePoint')}</option>
            <option value="range">{t('timeRange')}</option>
            <option value="ongoing">{t('timeOngoing')}</option>
            <option value="asOf">{t('timeAsOf')}</option>
          </select>
        </div>
        {timeType !== 'none' ? (
          <div className="editor-field">
            <label htmlFor={`${id}-start`}>{t('fieldDate')}</label>
            <input
              id={`${id}-start`}
              value={start}
              {...describedBy('start', timeErrors.start)}
              onChange={(e) => {
                setStart(e.target.value);
                commitTime({ start: e.target.value });
              }}
            />
            {fieldError('start', t('fieldDate'), timeErrors.start)}
          </div>
        ) : null}
        {timeType === 'range' ? (
          <div className="editor-field">
            <label htmlFor={`${id}-end`}>{t('fieldEnd')}</label>
            <input
              id={`${id}-end`}
              value={end}
              {...describedBy('end', timeErrors.end)}
              onChange={(e) => {
                setEnd(e.target.value);
                commitTime({ end: e.target.value });
              }}
            />
            {fieldError('end', t('fieldEnd'), timeErrors.end)}
          </div>
        ) : null}
        {timeType === 'ongoing' ? (
          <div className="editor-field">
            <label htmlFor={`${id}-as-of`}>{t('fieldAsOf')}</label>
            <input
              id={`${id}-as-of`}
              value={asOf}
              {...describedBy('asOf', timeErrors.asOf)}
              onChange={(e) => {
                setAsOf(e.target.value);
                commitTime({ asOf: e.target.value });
              }}
            />
            {fieldError('asOf', t('fieldAsOf'), timeErrors.asOf)}
          </div>
        ) : null}
        {timeType !== 'none' ? (
          <>
            <div className="editor-field editor-field--inline">
              <input
                id={`${id}-approximate`}
                type="checkbox"
                checked={time?.approximate === true}
                onChange={(e) => {
                  const on = e.target.checked;
                  change('approximate', (f) => {
                    if (!f.time) return f;
                    const { approximate: _a, ...rest } = f.time;
                    return { ...f, time: on ? { ...rest, approximate: true } : rest };
                  });
                }}
              />
              <label htmlFor={`${id}-approximate`}>{t('fieldApproximate')}</label>
            </div>
            {!suggestedTime ? (
              <div className="editor-field">
                <label htmlFor={`${id}-reason`}>{t('fieldReason')}</label>
                <input
                  id={`${id}-reason`}
                  value={reason}
                  {...describedBy('reason', reasonError)}
                  onChange={(e) => {
                    setReason(e.target.value);
                    const value = e.target.value.trim();
                    change('reason', (f) => {
                      if (!f.time) return f;
                      const { inferred: _i, inferredPart: _p, ...rest } = f.time;
                      return { ...f, time: value ? { ...rest, inferred: value } : rest };
                    });
                  }}
                />
                {fieldError('reason', t('fieldReason'), reasonError)}
              </div>
            ) : (
              <button type="button" className="button" onClick={confirmTime}>
                {t('confirm')}
              </button>
            )}
          </>
        ) : null}
      </fieldset>

      <fieldset className="editor-group">
        <legend>{t('fieldPlaces')}</legend>
        <ul className="fact-form__places">
          {fact.places.map((placeId) => {
            const place = dataset.places.find((p) => p.id === placeId);
            const name = place?.name ?? placeId;
            const why = placeReason(placeId);
            const suggested = isSuggestion(why);
            const named = placeInQuotes(fact, name);
            const error = !suggested && !named && !why ? t('errorReason') : null;
            return (
              <li key={placeId}>
                <span className="fact-form__place-name">{name}</span>
                {suggested ? <span className="suggestion-badge">{t('suggestion')}</span> : null}
                {suggested ? (
                  <button
                    type="button"
                    className="button"
                    aria-label={`${t('confirm')}: ${name}`}
                    onClick={() =>
                      setPlaceReason(
                        placeId,
                        named ? undefined : (confirmedReason(why)?.de ?? undefined),
                      )
                    }
                  >
                    {t('confirm')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button"
                  aria-label={`${t('remove')}: ${name}`}
                  onClick={() =>
                    change(`place-remove-${placeId}`, (f) => {
                      const { [placeId]: _x, ...others } = f.placesInferred ?? {};
                      const { placesInferred: _p, ...rest } = f;
                      return {
                        ...rest,
                        places: f.places.filter((p) => p !== placeId),
                        ...(Object.keys(others).length > 0 ? { placesInferred: others } : {}),
                      };
                    })
                  }
                >
                  {t('remove')}
                </button>
                {!suggested && !named ? (
                  <div className="editor-field">
                    <label htmlFor={`${id}-place-reason-${placeId}`}>
                      {t('fieldReason')}: {name}
                    </label>
                    <input
                      id={`${id}-place-reason-${placeId}`}
                      defaultValue={why ? localize(why, 'de') : ''}
                      {...describedBy(`place-reason-${placeId}`, error)}
                      onChange={(e) => setPlaceReason(placeId, e.target.value.trim() || undefined)}
                    />
                    {fieldError(`place-reason-${placeId}`, `${t('fieldReason')}: ${name}`, error)}
                  </div>
                ) : suggested && why ? (
                  <p className="editor-note">{localize(why, lang)}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <div className="editor-field">
          <label htmlFor={`${id}-place-search`}>{t('placeSearch')}</label>
          <span id={`${id}-place-search-hint`} className="editor-note">
            {t('placeSearchHint')}
          </span>
          <div className="editor-row">
            <input
              id={`${id}-place-search`}
              aria-describedby={`${id}-place-search-hint`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  runSearch();
                }
              }}
            />
            <button type="button" className="button" onClick={runSearch}>
              {t('placeSearchButton')}
            </button>
          </div>
        </div>
        <div className="editor-row">
          <button
            type="button"
            className="button"
            aria-pressed={picking}
            onClick={() =>
              pickOnMap(
                picking
                  ? null
                  : (point) => {
                      // Named by the gazetteer's town within 2 km, else by its coordinates.
                      const town = nearestPlace?.(point);
                      if (town) addPlace(town.name, town.coordinates);
                      else
                        addPlace(
                          `${point[1].toFixed(4)}, ${point[0].toFixed(4)}`,
                          [point[0], point[1]],
                          undefined,
                          { de: 'nicht im Ortsverzeichnis', en: 'not in the gazetteer' },
                        );
                    },
              )
            }
          >
            {t('pickOnMap')}
          </button>
          {picking ? (
            <span className="editor-note" role="status">
              {t('pickOnMapActive')}
            </span>
          ) : null}
        </div>
        {results ? (
          results.length > 0 ? (
            <ul className="fact-form__results" aria-label={t('placeResults')}>
              {results}
            </ul>
          ) : (
            <p role="status">{t('placeNoneFound')}</p>
          )
        ) : null}
      </fieldset>

      <div className="editor-field">
        <label htmlFor={`${id}-category`}>{t('fieldCategory')}</label>
        <select
          id={`${id}-category`}
          value={fact.category}
          onChange={(e) => {
            const category = e.target.value;
            change('category', (f) => ({ ...f, category }));
          }}
        >
          {dataset.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {localize(c.label, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-new-category`}>{t('fieldNewCategory')}</label>
        <div className="editor-row">
          <input
            id={`${id}-new-category`}
            value={newCategory}
            onChange={(e) => setNewCategory(e.target.value)}
          />
          <label htmlFor={`${id}-new-color`} className="visually-hidden">
            {t('fieldColor')}
          </label>
          <input
            id={`${id}-new-color`}
            type="color"
            value={newColor}
            onChange={(e) => setNewColor(e.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={newCategory.trim() === ''}
            onClick={() => {
              const label = newCategory.trim();
              edit((d) => {
                const made = addCategory(d, label, newColor);
                return updateFact(made.dataset, fact.id, (f) => ({ ...f, category: made.id }));
              });
              setNewCategory('');
            }}
          >
            {t('addCategory')}
          </button>
        </div>
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-people`}>{t('fieldPeople')}</label>
        <input
          id={`${id}-people`}
          value={people}
          onChange={(e) => setPeople(e.target.value)}
          onBlur={() => {
            const names = people
              .split(',')
              .map((n) => n.trim())
              .filter(Boolean);
            edit((d) => {
              let next = d;
              const ids = names.map((name) => {
                const known = next.entities.find((x) => x.name === name);
                if (known) return known.id;
                const made = freeId(
                  name,
                  next.entities.map((x) => x.id),
                );
                next = {
                  ...next,
                  entities: [...next.entities, { id: made, name, kind: 'person' }],
                };
                return made;
              });
              return updateFact(next, fact.id, (f) => ({ ...f, entities: ids }));
            }, `${fact.id}:people`);
          }}
        />
      </div>

      <section className="editor-group" aria-label={t('fieldQuotes')}>
        <h3 className="editor-group__title">{t('fieldQuotes')}</h3>
        <ul className="fact-form__quotes">
          {fact.evidence.map((e, i) => (
            <li key={i} data-orphaned={e.orphaned || undefined}>
              {e.orphaned ? <span className="orphan-badge">{t('orphaned')}</span> : null}
              <q lang={sources.get(e.source)?.lang ?? dataset.lang ?? 'de'}>
                {e.quote ?? '–'}
              </q>{' '}
              <span className="editor-note">
                {sources.get(e.source)?.title ?? e.source}
                {pageOf(sources.get(e.source)?.pageStarts, e.start) !== null
                  ? `, ${t('quotePage', { page: pageOf(sources.get(e.source)?.pageStarts, e.start)! })}`
                  : ''}
              </span>
              {fact.evidence.length > 1 ? (
                <button
                  type="button"
                  className="button"
                  aria-label={`${t('remove')}: ${e.quote ?? e.source}`}
                  onClick={() =>
                    change(`quote-remove-${i}`, (f) => ({
                      ...f,
                      evidence: f.evidence.filter((_, n) => n !== i),
                    }))
                  }
                >
                  {t('remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          edit((d) => removeFact(d, fact.id));
          onDeleted();
        }}
      >
        {t('deleteFact')}
      </button>
    </form>
  );
}
