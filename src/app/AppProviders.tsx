import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { langFromLocale } from '@/domain/lang';
import { createViewStore, ViewStoreContext } from '@/state/view-store';

/** One query client and one view store per page; the language starts from the browser's. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const [store] = useState(() =>
    createViewStore({ lang: langFromLocale(navigator.language) ?? 'de' }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>
    </QueryClientProvider>
  );
}
