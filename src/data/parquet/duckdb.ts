import {
  AsyncDuckDB,
  DuckDBDataProtocol,
  selectBundle,
  VoidLogger,
  type AsyncDuckDBConnection,
  type DuckDBBundles,
} from '@duckdb/duckdb-wasm';
// Served from the app's own origin: the CDN bundles of duckdb-wasm are never used (the CSP
// would refuse them, and a reader's Parquet file is nobody else's business).
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/**
 * Our own bundle list: WebAssembly exceptions where the browser has them (every current
 * one), the MVP build elsewhere. No `coi` bundle: its threads need cross-origin isolation,
 * which a static host rarely sends.
 */
const BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpModule, mainWorker: mvpWorker },
  eh: { mainModule: ehModule, mainWorker: ehWorker },
};

let started: Promise<AsyncDuckDB> | null = null;

/** The page's one DuckDB, in its worker, started on first use (only a Parquet dataset uses it). */
export function duckdb(): Promise<AsyncDuckDB> {
  started ??= start().catch((error: unknown) => {
    started = null;
    throw error;
  });
  return started;
}

async function start(): Promise<AsyncDuckDB> {
  const bundle = await selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!, { name: 'kartenchronik-duckdb' });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  // Nothing beyond what is built in: extensions would be fetched from extensions.duckdb.org.
  await db.open({
    query: { castBigIntToDouble: true },
    // A host without range requests: the file is read whole rather than not at all.
    filesystem: { allowFullHTTPReads: true },
  });
  const connection = await db.connect();
  await connection.query(
    'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET enable_http_metadata_cache = true',
  );
  await connection.close();
  return db;
}

/**
 * Where a Parquet dataset is: an address (read by range requests), the parts a manifest lists
 * (addresses too), or a file the reader chose.
 */
export type ParquetLocation =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'urls'; readonly urls: readonly string[]; readonly meta: string | null }
  | { readonly kind: 'file'; readonly file: File };

let files = 0;

/** Registers the files with DuckDB under fresh names, the names its queries read them by. */
export async function registerParquet(
  db: AsyncDuckDB,
  location: ParquetLocation,
): Promise<string[]> {
  const id = ++files;
  if (location.kind === 'file') {
    const name = `dataset-${id}.parquet`;
    await db.registerFileHandle(name, location.file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    return [name];
  }
  const urls = location.kind === 'url' ? [location.url] : location.urls;
  return Promise.all(
    urls.map(async (url, part) => {
      const name = `dataset-${id}-${part}.parquet`;
      await db.registerFileURL(name, url, DuckDBDataProtocol.HTTP, true);
      return name;
    }),
  );
}

export type { AsyncDuckDB, AsyncDuckDBConnection };
