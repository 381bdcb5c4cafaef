import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Lang } from '@/domain/text/lang';
import type { Camera } from '@/domain/view/camera';
import type { IgnoredParam, TimeWindow, TourPosition } from '@/domain/view/view-state';

/** Everything a user can change about the view; the URL mirrors it (see README, "Deep links"). */
export interface ViewState {
  readonly lang: Lang;
  readonly selectedFactId: string | null;
  readonly selectedPlaceId: string | null;
  /** The time cursor as a partial date (a day when set by dragging); `null` until set. */
  readonly cursor: string | null;
  /** The timeline's visible window; `null` shows all facts. */
  readonly window: TimeWindow | null;
  /** The map camera after the user moved it or a link set it; `null` fits the places. */
  readonly camera: Camera | null;
  readonly query: string;
  /** Categories shown; empty shows all. */
  readonly categories: readonly string[];
  /** Facts without a verbatim quote are hidden. */
  readonly quotedOnly: boolean;
  /** Another dataset's URL, or the `local:` key of one opened from a file; `null` for the bundled one. */
  readonly dataUrl: string | null;
  /** Compact layout for iframes. */
  readonly embed: boolean;
  /** The tour being shown, or paused when the selection differs from its step's. */
  readonly tour: TourPosition | null;
  /** The editor is open on the dataset in use (a copy kept in this browser). */
  readonly editing: boolean;
  /** Set while the editor waits for a point clicked on the map; not part of any link. */
  readonly mapPick: ((point: readonly [number, number]) => void) | null;
  /** Link parameters that were dropped, for the notice; empty when there is nothing to say. */
  readonly ignored: readonly IgnoredParam[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  lang: 'de',
  selectedFactId: null,
  selectedPlaceId: null,
  cursor: null,
  window: null,
  camera: null,
  query: '',
  categories: [],
  quotedOnly: false,
  dataUrl: null,
  embed: false,
  tour: null,
  editing: false,
  mapPick: null,
  ignored: [],
};

/** A new store; the app makes one, and every test makes its own. */
export function createViewStore(initial: Partial<ViewState> = {}) {
  return createStore<ViewState>()(
    subscribeWithSelector(() => ({ ...DEFAULT_VIEW_STATE, ...initial })),
  );
}

export type ViewStore = ReturnType<typeof createViewStore>;

export const ViewStoreContext = createContext<ViewStore | null>(null);

export function useViewStoreApi(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStoreApi outside ViewStoreContext');
  return store;
}

/** Subscribes a component to the smallest slice it needs. */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useViewStoreApi(), selector);
}
