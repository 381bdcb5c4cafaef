import type { Plugin } from 'vite';

/**
 * The built site's Content-Security-Policy: no inline or eval'd script and nothing from another
 * origin. Build only: the dev server injects an inline React Refresh preamble.
 * `connect-src` admits http(s) so that `data=` can name a CORS-enabled dataset elsewhere; the
 * default build itself requests nothing outside its origin (tested end to end).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': DuckDB (WebAssembly) reads Parquet datasets; it admits compiling
  // WebAssembly only, never eval of script (docs/decisions.md, "Parquet through DuckDB").
  "script-src 'self' 'wasm-unsafe-eval'",
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

export function contentSecurityPolicyPlugin(): Plugin {
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
