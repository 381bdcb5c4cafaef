import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
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

export default defineConfig({
  // Relative base: the built site works from any sub-path (GitHub Pages, a folder on a server).
  base: './',
  plugins: [react(), datasetSchemaPlugin(), contentSecurityPolicyPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
