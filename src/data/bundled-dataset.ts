/**
 * The dataset the app opens without a `data=` link, relative to the page so the site works from
 * any sub-path. Dependency-free, so that vite.config.ts can preload it from the HTML.
 */
export const BUNDLED_DATASET_URL = 'data/dataset.json';

/** The offline gazetteer (tools/gazetteer), fetched by the worker when a place has only a name. */
export const GAZETTEER_URL = 'gazetteer/places.json';
