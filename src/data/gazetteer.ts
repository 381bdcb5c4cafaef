import { queryOptions } from '@tanstack/react-query';
import { createGazetteer, type Gazetteer, type GazetteerFile } from '@/domain/import/gazetteer';
import { GAZETTEER_URL } from './bundled-dataset';

/**
 * The gazetteer on the page, for the editor's place search and suggestions (the dataset worker
 * has its own copy for imports). Fetched from the app's own origin on first use; the service
 * worker keeps it.
 */
export function gazetteerQueryOptions() {
  return queryOptions({
    queryKey: ['gazetteer'],
    queryFn: async (): Promise<Gazetteer> => {
      const response = await fetch(new URL(GAZETTEER_URL, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return createGazetteer((await response.json()) as GazetteerFile);
    },
    staleTime: Infinity,
    retry: false,
  });
}
