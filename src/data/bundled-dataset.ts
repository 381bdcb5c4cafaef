/**
 * The dataset the app opens without a `data=` link, relative to the page so the site works from
 * any sub-path. Dependency-free, so that vite.config.ts can preload it from the HTML.
 */
export const BUNDLED_DATASET_URL = 'data/dataset.json';
