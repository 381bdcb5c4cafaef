import { createContext, useContext } from 'react';
import type { Lang } from '@/domain/text/lang';
import { parsePagePath, withPageTarget, type PageTarget } from '@/domain/output/page-path';
import { formatViewState, parseViewState, type LinkState } from '@/domain/view/view-state';
import { DISCRETE_KEYS, fromLinkState, toLinkState } from './link-state';
import type { ViewState, ViewStore } from './view-store';

/** The browser's location and history, narrowed to what the sync needs (tests pass a fake). */
export interface HistoryPort {
  /** The current query string, with its `?` or ''. */
  read(): string;
  /** The fact or place page the app runs on (`fakt/<id>/`), if any. */
  page?(): PageTarget | null;
  push(search: string): void;
  replace(search: string): void;
  /** Calls back on Back and Forward; returns the unsubscribe. */
  listen(onPop: () => void): () => void;
}

export interface UrlSync {
  /** Starts listening to the store and to popstate. */
  start(): void;
  /** Runs a store update that is a correction, not a user step: the URL is replaced, not pushed. */
  replacing(update: () => void): void;
  stop(): void;
}

/**
 * Continuous changes (pan, zoom, timeline window, cursor) replace the current entry at most
 * this often: enough to keep the URL current without flooding the history API.
 */
export const REPLACE_DEBOUNCE_MS = 300;
/** Typing in the search box pushes one entry once the user pauses, not one per key. */
export const QUERY_DEBOUNCE_MS = 500;

function discreteChanged(a: LinkState, b: LinkState): boolean {
  return DISCRETE_KEYS.some((key) => {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) return x.join(',') !== y.join(',');
    // A tour position is an object: a new step is a new position.
    if (key === 'tour') return a.tour?.id !== b.tour?.id || a.tour?.step !== b.tour?.step;
    return x !== y;
  });
}

/**
 * Keeps the URL and the store in step. The URL is read at start (by the caller, to build the
 * store) and on popstate; store changes write it. Applying a URL never writes one back.
 */
export function createUrlSync(
  store: ViewStore,
  port: HistoryPort,
  options: { fallbackLang: Lang; onWrite?: (search: string) => void },
): UrlSync {
  let applying = false;
  let forceReplace = false;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;
  let written = toLinkState(store.getState());
  let unsubscribe = () => {};
  let stopListening = () => {};

  let queryPending = false;

  const write = (mode: 'push' | 'replace', state: ViewState = store.getState()) => {
    if (mode === 'push') queryPending = false;
    const link = toLinkState(state);
    const search = formatViewState(link);
    written = link;
    if (search === port.read()) return;
    if (mode === 'push') port.push(search);
    else port.replace(search);
    options.onWrite?.(search);
  };

  const onStoreChange = (state: ViewState, previous: ViewState) => {
    if (applying) return;
    const next = toLinkState(state);
    const before = toLinkState(previous);
    if (formatViewState(next) === formatViewState(before)) return;
    if (forceReplace) {
      write('replace');
      return;
    }
    if (discreteChanged(written, next)) {
      clearTimeout(replaceTimer);
      clearTimeout(queryTimer);
      // A search still waiting for its pause gets its own entry first, so Back returns to it.
      if (queryPending) write('push', previous);
      write('push');
    } else if (next.query !== written.query) {
      clearTimeout(queryTimer);
      queryPending = true;
      queryTimer = setTimeout(() => write('push'), QUERY_DEBOUNCE_MS);
    } else {
      clearTimeout(replaceTimer);
      replaceTimer = setTimeout(() => write('replace'), REPLACE_DEBOUNCE_MS);
    }
  };

  const onPop = () => {
    clearTimeout(replaceTimer);
    clearTimeout(queryTimer);
    const parsed = parseViewState(port.read());
    const state = withPageTarget(parsed.state, port.page?.() ?? null);
    const { ignored } = parsed;
    applying = true;
    try {
      store.setState({ ...fromLinkState(state, options.fallbackLang), ignored });
    } finally {
      applying = false;
    }
    written = state;
    if (ignored.length > 0) write('replace');
  };

  return {
    start() {
      written = toLinkState(store.getState());
      // Parameters dropped as invalid leave the address once the notice lists them.
      if (store.getState().ignored.length > 0) write('replace');
      unsubscribe = store.subscribe(onStoreChange);
      stopListening = port.listen(onPop);
    },
    replacing(update) {
      forceReplace = true;
      try {
        update();
      } finally {
        forceReplace = false;
      }
    },
    stop() {
      clearTimeout(replaceTimer);
      clearTimeout(queryTimer);
      unsubscribe();
      stopListening();
    },
  };
}

/** The real browser history. */
export const browserHistory: HistoryPort = {
  read: () => window.location.search,
  page: () => parsePagePath(window.location.pathname).target,
  push: (search) =>
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    ),
  replace: (search) =>
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    ),
  listen: (onPop) => {
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  },
};

export const UrlSyncContext = createContext<UrlSync | null>(null);

export function useUrlSync(): UrlSync | null {
  return useContext(UrlSyncContext);
}
