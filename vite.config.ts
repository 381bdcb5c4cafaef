import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { pagesPlugin } from './scripts/pages/pages-plugin';
import { publishDatasetPlugin } from './scripts/publish-dataset';
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
  // https: only for images a reader asks for ("Bild von example.org laden"); nothing loads one by itself.
  "img-src 'self' data: blob: https:",
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

const THEME = '#0b5cad';
const ICON_SVG = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');

/** The app icons, drawn from public/favicon.svg at build time (no browser, no committed PNGs). */
const ICONS = [
  { fileName: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { fileName: 'icons/icon-512.png', size: 512, purpose: 'any' },
  // Maskable: the platform crops to a circle or squircle, so the mark sits inside the middle
  // 80 % (the safe zone) on a full-bleed background.
  { fileName: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
  { fileName: 'icons/apple-touch-icon-180.png', size: 180, purpose: 'any' },
] as const;

function iconPng(size: number, maskable: boolean): Buffer {
  const svg = maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${THEME}"/><svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">${ICON_SVG.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</svg></svg>`
    : ICON_SVG;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function appIconsPlugin(): Plugin {
  return {
    name: 'kartenchronik-app-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: icon.fileName,
          source: iconPng(icon.size, icon.purpose === 'maskable'),
        });
      }
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon-180.png' },
        injectTo: 'head',
      },
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME }, injectTo: 'head' },
    ],
  };
}

/**
 * Installable and offline after the first visit: a manifest and a generated service worker
 * that precaches the shell, the view chunks, the basemap, the font and the bundled dataset.
 * `prompt`: a new version waits until the reader reloads (src/app/UpdateNotice.tsx).
 */
function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by src/app/service-worker.ts after load: no inline script (CSP).
    injectRegister: false,
    manifest: {
      name: 'Kartenchronik',
      short_name: 'Kartenchronik',
      description: 'Orte und Zeiten belegter Fakten: Karte und Zeitleiste, verknüpft',
      lang: 'de',
      theme_color: THEME,
      background_color: '#ffffff',
      display: 'standalone',
      // Relative: the site works from any sub-path, and so does its scope.
      start_url: './',
      scope: './',
      icons: ICONS.filter((icon) => icon.size !== 180).map((icon) => ({
        src: icon.fileName,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,json,geojson}'],
      // Preview images are for link previews, not for the app. The gazetteer (1,376 KB) and the
      // world basemap load only for datasets that need them, and are cached then (below).
      // pdfjs-dist (a PDF source in the editor) loads when a PDF is chosen, never before.
      globIgnores: ['og/**', 'gazetteer/**', 'basemap/world.geojson', 'assets/pdf*'],
      runtimeCaching: [
        {
          urlPattern: ({ url }) =>
            url.pathname.endsWith('/gazetteer/places.json') ||
            url.pathname.endsWith('/basemap/world.geojson'),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'kartenchronik-on-demand' },
        },
      ],
      // The map chunk is over workbox's 2 MiB default in development builds with source maps.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
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

export default defineConfig({
  // Relative base: the built site works from any sub-path (GitHub Pages, a folder on a server).
  base: './',
  plugins: [
    react(),
    datasetSchemaPlugin(),
    contentSecurityPolicyPlugin(),
    preloadViewChunksPlugin(),
    appIconsPlugin(),
    // Before the service worker's plugin: the pages are precached with the app.
    publishDatasetPlugin(),
    pagesPlugin(process.env.SITE_URL),
    offlinePlugin(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true },
  // The dataset worker is a module worker (src/data/worker-client.ts).
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
