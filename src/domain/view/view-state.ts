import { formatCamera, parseCamera, type Camera } from './camera';
import { isLang, type Lang } from '../text/lang';
import { formatPartialDateIso, parsePartialDate, partialDateInterval } from '../time/partial-date';

/** A visible time window; both ends are partial dates, `to` inclusive at its precision. */
/** Where a tour stands: its id and the step shown, 1-based as in links ("Schritt 2 von 8"). */
export interface TourPosition {
  readonly id: string;
  readonly step: number;
}

export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

/** Everything a link can carry (see README, "Deep links"). Absent keys are defaults. */
export interface LinkState {
  readonly fact: string | null;
  readonly place: string | null;
  readonly window: TimeWindow | null;
  /** Time cursor as a partial date. */
  readonly at: string | null;
  readonly camera: Camera | null;
  readonly query: string;
  readonly categories: readonly string[];
  /** Only facts with at least one verbatim quote (`quoted=1`). */
  readonly quotedOnly: boolean;
  readonly lang: Lang | null;
  readonly data: string | null;
  readonly embed: boolean;
  /** A running tour and its step (1-based); `null` without a tour. */
  readonly tour: TourPosition | null;
  /** The editor is open (`edit=1`), on a dataset kept in this browser (`data=local:…`). */
  readonly edit: boolean;
}

export type IgnoredReason =
  | 'invalid-id'
  | 'unknown-fact'
  | 'unknown-place'
  | 'unknown-category'
  | 'invalid-date'
  | 'window-reversed'
  | 'invalid-camera'
  | 'invalid-lang'
  | 'too-long'
  | 'invalid-url'
  | 'unknown-tour'
  | 'invalid-step'
  | 'unknown-step'
  | 'duplicate'
  | 'edit-needs-copy';

/** One parameter that was dropped, and why; the rest of the link still applies. */
export interface IgnoredParam {
  readonly param: string;
  readonly value: string;
  readonly reason: IgnoredReason;
}

export const EMPTY_LINK_STATE: LinkState = {
  fact: null,
  place: null,
  window: null,
  at: null,
  camera: null,
  query: '',
  categories: [],
  quotedOnly: false,
  lang: null,
  data: null,
  embed: false,
  tour: null,
  edit: false,
};

/** Longest search text kept from a link; longer ones are dropped, not cut, so meaning is not changed. */
export const MAX_QUERY_LENGTH = 200;
const MAX_URL_LENGTH = 2048;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A dataset opened from a file, kept in this browser: `local:` and 128 bits of its SHA-256. */
export function isLocalDatasetKey(text: string): boolean {
  return /^local:[0-9a-f]{32}$/.test(text);
}

/**
 * Relative paths, http(s) URLs and local keys only: no `javascript:`, `data:` or `file:`
 * datasets.
 */
function isDatasetUrl(text: string): boolean {
  if (text.length > MAX_URL_LENGTH) return false;
  if (isLocalDatasetKey(text)) return true;
  try {
    // Only a base for resolving relative paths; nothing is fetched here.
    const url = new URL(text, 'http://localhost/');
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Reads a query string into link state. Never throws: each parameter is checked on its own;
 * an invalid one is dropped and listed in `ignored`, the others still apply. Only the form is
 * checked here: whether the ids exist in the dataset (a link made with an older one may name
 * ids it lacks) is `reconcileWithDataset`'s (state/view-actions.ts), once the dataset is open.
 */
export function parseViewState(search: string): { state: LinkState; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const state: { -readonly [K in keyof LinkState]: LinkState[K] } = {
    ...EMPTY_LINK_STATE,
    categories: [],
  };
  const drop = (param: string, value: string, reason: IgnoredReason) =>
    ignored.push({ param, value, reason });
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) drop(name, all.slice(1).join(', '), 'duplicate');
    return all[0] ?? null;
  };

  const id = (name: 'fact' | 'place') => {
    const value = single(name);
    if (value === null || value === '') return null;
    if (!SLUG.test(value) || value.length > 120)
      return (void drop(name, value, 'invalid-id'), null);
    return value;
  };
  state.fact = id('fact');
  state.place = id('place');

  const date = (name: string) => {
    const value = single(name);
    if (value === null || value === '') return null;
    const parsed = parsePartialDate(value);
    if (!parsed) return (void drop(name, value, 'invalid-date'), null);
    return formatPartialDateIso(parsed);
  };
  const from = date('from');
  const to = date('to');
  if (from !== null && to !== null) {
    const start = partialDateInterval(parsePartialDate(from)!).start;
    const end = partialDateInterval(parsePartialDate(to)!).end;
    if (end <= start) drop('to', to, 'window-reversed');
    else state.window = { from, to };
  } else if (from !== null || to !== null) {
    // A window needs both ends; one alone is kept as neither, and said so.
    if (from !== null) drop('from', from, 'invalid-date');
    if (to !== null) drop('to', to, 'invalid-date');
  }
  state.at = date('at');

  const map = single('map');
  if (map !== null && map !== '') {
    state.camera = parseCamera(map);
    if (state.camera === null) drop('map', map, 'invalid-camera');
  }

  const q = single('q');
  if (q !== null) {
    if (q.length > MAX_QUERY_LENGTH) drop('q', `${q.slice(0, 40)}…`, 'too-long');
    else state.query = q.trim();
  }

  const cat = single('cat');
  if (cat !== null && cat !== '') {
    const kept: string[] = [];
    for (const value of cat.split(',')) {
      if (value === '') continue;
      if (!SLUG.test(value)) drop('cat', value, 'invalid-id');
      else if (!kept.includes(value)) kept.push(value);
    }
    state.categories = kept;
  }

  const lang = single('lang');
  if (lang !== null && lang !== '') {
    if (isLang(lang)) state.lang = lang;
    else drop('lang', lang, 'invalid-lang');
  }

  const data = single('data');
  if (data !== null && data !== '') {
    if (isDatasetUrl(data)) state.data = data;
    else drop('data', data.length > 80 ? `${data.slice(0, 80)}…` : data, 'invalid-url');
  }

  state.embed = single('embed') === '1';
  // Only a copy kept in this browser is edited: a link to another dataset opens it to read.
  const edit = single('edit');
  if (edit === '1' && state.data !== null && isLocalDatasetKey(state.data)) state.edit = true;
  else if (edit !== null && edit !== '') drop('edit', edit, 'edit-needs-copy');
  state.quotedOnly = single('quoted') === '1';
  state.tour = parseTour(single('tour'), single('step'), drop);
  return { state, ignored };
}

/** `tour=<id>&step=<n>`: a step needs its tour; a tour without a step starts at step 1. */
function parseTour(
  id: string | null,
  step: string | null,
  drop: (param: string, value: string, reason: IgnoredReason) => void,
): TourPosition | null {
  const stepText = step ?? '';
  if (id === null || id === '') {
    if (stepText !== '') drop('step', stepText, 'invalid-step');
    return null;
  }
  if (!SLUG.test(id) || id.length > 120) return (void drop('tour', id, 'invalid-id'), null);
  if (stepText !== '' && !/^[1-9]\d{0,3}$/.test(stepText)) {
    drop('step', stepText, 'invalid-step');
    return null;
  }
  return { id, step: stepText === '' ? 1 : Number(stepText) };
}

/**
 * Writes link state as a query string (with its leading `?`, or '' when everything is
 * default). Keys in a fixed order, defaults left out, numbers rounded, dates at their precision.
 */
export function formatViewState(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.data) params.set('data', state.data);
  if (state.lang) params.set('lang', state.lang);
  if (state.tour) {
    params.set('tour', state.tour.id);
    params.set('step', String(state.tour.step));
  }
  if (state.fact) params.set('fact', state.fact);
  if (state.place) params.set('place', state.place);
  if (state.query) params.set('q', state.query);
  if (state.categories.length > 0) params.set('cat', state.categories.join(','));
  if (state.quotedOnly) params.set('quoted', '1');
  if (state.window) {
    params.set('from', state.window.from);
    params.set('to', state.window.to);
  }
  if (state.at) params.set('at', state.at);
  if (state.camera) {
    params.set('map', formatCamera(state.camera));
  }
  if (state.embed) params.set('embed', '1');
  if (state.edit) params.set('edit', '1');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
