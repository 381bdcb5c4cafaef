import type { Plugin } from 'vite';
import { WIDE_LAYOUT } from '../../src/app/layout';
import { BUNDLED_DATASET_URL } from '../../src/data/bundled-dataset';

/** The views' own chunks, imported dynamically by src/app/App.tsx. */
const VIEW_CHUNKS = /src\/features\/(map\/FactMap|timeline\/FactTimeline)\.tsx$/;

/**
 * Preloads the map and timeline chunks from the HTML, so they download in parallel with the
 * app's entry chunk instead of after it has run (the map is on the critical path to app-ready).
 */
export function preloadViewChunksPlugin(): Plugin {
  return {
    name: 'kartenchronik-preload-view-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const files = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) {
          if (
            chunk.type === 'chunk' &&
            chunk.isDynamicEntry &&
            VIEW_CHUNKS.test(chunk.facadeModuleId ?? '')
          )
            visit(chunk.fileName);
        }
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        if (entry?.type === 'chunk') {
          files.delete(entry.fileName);
          entry.viteMetadata?.importedCss.forEach((css) => styles.delete(css));
        }
        const preload = (as: 'fetch' | 'style' | 'script', href: string, view = false) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as,
            crossorigin: 'anonymous',
            href,
            // Views' files at low priority, not applied or run: the shell and list paint
            // first. Not on the phone layout: there the views mount once their region is in
            // view (src/app/DeferredView.tsx: at once, below the header), after the sheet's
            // text has painted, and a preload would take that text's bandwidth.
            ...(view ? { fetchpriority: 'low', media: WIDE_LAYOUT } : {}),
          },
          injectTo: 'head' as const,
        });
        return [
          // The bundled dataset is on the path to the list's first paint (the LCP element):
          // fetched alongside the entry chunk, not after it has run. 10 KB gzip, unused only
          // when a link names another dataset.
          preload('fetch', `./${BUNDLED_DATASET_URL}`),
          ...[...styles].map((href) => preload('style', `./${href}`, true)),
          ...[...files].map((href) => preload('script', `./${href}`, true)),
        ];
      },
    },
  };
}
