/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional online basemap style URL (e.g. OpenFreeMap); unset, the map stays offline. */
  readonly VITE_MAP_STYLE_URL?: string;
}
