import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { langFromLocale } from '@/domain/text/lang';
import { parsePagePath, withPageTarget } from '@/domain/output/page-path';
import { parseViewState } from '@/domain/view/view-state';
import { fromLinkState } from '@/state/link-state';
import { browserHistory, createUrlSync, UrlSyncContext } from '@/state/url-sync';
import { createViewStore, ViewStoreContext } from '@/state/view-store';

/** The message an embedded app posts to its host page after each URL change (see README). */
export interface EmbedMessage {
  readonly type: 'kartenchronik:view';
  readonly url: string;
}

/**
 * One query client and one view store per page. The store starts from the URL, read before
 * the first render, so a shared link paints its view at once instead of jumping to it.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const [fallbackLang] = useState(() => langFromLocale(navigator.language) ?? 'de');
  const [store] = useState(() => {
    const { state, ignored } = parseViewState(window.location.search);
    // On a fact's or place's page (`fakt/<id>/`), the page names the selection.
    const page = parsePagePath(window.location.pathname).target;
    return createViewStore({
      ...fromLinkState(withPageTarget(state, page), fallbackLang),
      ignored,
    });
  });
  const [sync] = useState(() =>
    createUrlSync(store, browserHistory, {
      fallbackLang,
      onWrite: () => {
        if (store.getState().embed && window.parent !== window) {
          const message: EmbedMessage = { type: 'kartenchronik:view', url: window.location.href };
          // The URL is public view state, so any host may receive it.
          window.parent.postMessage(message, '*');
        }
      },
    }),
  );
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);
  return (
    <QueryClientProvider client={queryClient}>
      <ViewStoreContext.Provider value={store}>
        <UrlSyncContext.Provider value={sync}>{children}</UrlSyncContext.Provider>
      </ViewStoreContext.Provider>
    </QueryClientProvider>
  );
}
