import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Lang } from '@/domain/lang';

/** Everything a user can change about the view; the URL mirrors it (see docs/architecture.md). */
export interface ViewState {
  readonly lang: Lang;
  readonly selectedFactId: string | null;
  readonly selectedPlaceId: string | null;
  /** The time cursor, UTC ms; `null` until the user or a link sets it. */
  readonly cursor: number | null;
}

/** A new store; the app makes one, and every test makes its own. */
export function createViewStore(initial: Partial<ViewState> = {}) {
  return createStore<ViewState>()(
    subscribeWithSelector(() => ({
      lang: 'de' as Lang,
      selectedFactId: null,
      selectedPlaceId: null,
      cursor: null,
      ...initial,
    })),
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
