import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { WIDE_LAYOUT } from './src/app/layout';
import { BUNDLED_DATASET_URL } from './src/data/bundled-dataset';
import { datasetJsonSchema } from './src/domain/dataset-schema';

const SCHEMA_PATH = 'data/dataset.schema.json';

/**
 * Serves the dataset's JSON Schema, generated from the zod schema in src/domain, so the
 * published schema can never drift from the validator the app runs.
 */
function datasetSchemaPlugin(): Plugin {
  const json = () => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  return {
    name: 'kartenchronik-dataset-schema',
    configureServer(server) {
      server.middlewares.use(`/${SCHEMA_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(json());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEMA_PATH, source: json() });
    },
  };
}

/**
 * The built site's Content-Security-Policy: no inline or eval'd script and nothing from another
 * origin. Build only: the dev server injects an inline React Refresh preamble.
 * `connect-src` admits http(s) so that `data=` can name a CORS-enabled dataset elsewhere; the
 * default build itself requests nothing outside its origin (tested end to end).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'kartenchronik-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The views' own chunks, imported dynamically by src/app/App.tsx. */
const VIEW_CHUNKS = /src\/features\/(map\/FactMap|timeline\/FactTimeline)\.tsx$/;

/**
 * Preloads the map and timeline chunks from the HTML, so they download in parallel with the
 * app's entry chunk instead of after it has run (the map is on the critical path to app-ready).
 */
function preloadViewChunksPlugin(): Plugin {
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
            // first. Not on the narrow layout, where the views load when scrolled to
            // (src/app/DeferredView.tsx) and would take a phone's bandwidth from the list.
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

export default defineConfig({
  // Relative base: the built site works from any sub-path (GitHub Pages, a folder on a server).
  base: './',
  plugins: [
    react(),
    datasetSchemaPlugin(),
    contentSecurityPolicyPlugin(),
    preloadViewChunksPlugin(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
