import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layers import only downward: app → features → state/data → domain (see docs/architecture.md). */
const layer = (files, forbidden, message, upward = ['../*', '../../*']) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          // Cross-module imports go through the @/ alias so these rules can see them.
          { group: upward, message: 'Import across folders with @/…' },
          { group: forbidden, message },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-floor',
      'node_modules',
      '.scratch',
      'test-results',
      'playwright-report',
      'tools/*/node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['scripts/**', 'tools/**', 'bench/**', 'e2e/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // bench/ also passes functions to page.evaluate, which run in the browser.
    files: ['src/**/*.{ts,tsx}', 'bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  layer(
    ['src/domain/**'],
    [
      '@/data/*',
      '@/state/*',
      '@/features/*',
      '@/app/*',
      'react',
      'react-dom',
      'zustand',
      'maplibre-gl',
      'vis-*',
      '@tanstack/*',
    ],
    'domain/ is pure: no React, stores, widgets or upper layers.',
    // Between its own groups (time/, dataset/, …) relative, so that the build's Node-side code
    // (vite.config.ts → the schema, scripts/pages/) reads the domain without the @/ alias.
    ['../../*'],
  ),
  layer(
    ['src/data/**'],
    ['@/state/*', '@/features/*', '@/app/*', 'react', 'react-dom'],
    'data/ sits below state, features and app, and renders nothing: hooks live in state/.',
  ),
  layer(
    ['src/state/**'],
    ['@/data/*', '@/features/*', '@/app/*'],
    'state/ sits below features and app.',
  ),
  layer(
    ['src/ui/**'],
    ['@/data/*', '@/features/*', '@/app/*'],
    'ui/ holds shared pieces below the features.',
  ),
  layer(
    ['src/features/**'],
    ['@/features/*', '@/app/*'],
    'Features never import each other or the app.',
  ),
  {
    // The static pages are built from the domain alone: no app, store, widget or React code.
    files: ['scripts/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../src/*', '!../../src/domain', '@/*', 'react', 'react-dom'],
              message: 'scripts/pages/ may import only src/domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset text is never markup.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Dataset text is never markup.',
        },
      ],
    },
  },
);
