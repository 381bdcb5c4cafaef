import { VitePWA } from 'vite-plugin-pwa';
import { ICONS, THEME } from './app-icons-plugin';

/**
 * Installable and offline after the first visit: a manifest and a generated service worker
 * that precaches the shell, the view chunks, the basemap, the font and the bundled dataset.
 * `prompt`: a new version waits until the reader reloads (src/app/UpdateNotice.tsx).
 */
export function offlinePlugin() {
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
      globIgnores: [
        'og/**',
        'gazetteer/**',
        'basemap/world.geojson',
        'assets/pdf*',
        // DuckDB (18 MB of WebAssembly) is for Parquet datasets only: fetched when one opens,
        // then cached (below).
        'assets/duckdb*',
        'assets/parquet-*',
      ],
      runtimeCaching: [
        {
          urlPattern: ({ url }) =>
            url.pathname.endsWith('/gazetteer/places.json') ||
            url.pathname.endsWith('/basemap/world.geojson'),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'kartenchronik-on-demand' },
        },
        {
          // Hashed names: a file never changes, a new build names new ones. Its own cache, so
          // that an old version's 18 MB are dropped (two builds kept).
          urlPattern: ({ url }) => /\/assets\/(duckdb|parquet-)[^/]*$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'kartenchronik-duckdb',
            expiration: { maxEntries: 12 },
          },
        },
      ],
      // The map chunk is over workbox's 2 MiB default in development builds with source maps.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
