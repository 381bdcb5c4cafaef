import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** Builds the floor page on its own, next to the app's dist/ (see bench/run.mjs). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../dist-floor', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
