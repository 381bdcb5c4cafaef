import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { appIconsPlugin } from './scripts/build/app-icons-plugin';
import { contentSecurityPolicyPlugin } from './scripts/build/csp-plugin';
import { datasetSchemaPlugin } from './scripts/build/dataset-schema-plugin';
import { offlinePlugin } from './scripts/build/offline-plugin';
import { preloadViewChunksPlugin } from './scripts/build/preload-view-chunks-plugin';
import { pagesPlugin } from './scripts/pages/pages-plugin';
import { publishDatasetPlugin } from './scripts/publish-dataset';

// The build's own plugins live in scripts/build/ (one file each) and scripts/pages/.
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
