import {
  DatasetLoadError,
  FETCH_IDLE_TIMEOUT_MS,
  MAX_DATASET_BYTES,
  type LoadProgress,
} from './load-protocol';

/** Reading a dataset's bytes, from a stream or an address, within the size limit. */

export type Report = (progress: LoadProgress) => void;

/** Progress is reported at most this often while bytes arrive (each report is a message). */
const REPORT_EVERY_MS = 100;

/** Reads a stream to its end, within the size limit, reporting the bytes read so far. */
export async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  report: Report,
  onChunk: () => void = () => undefined,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let reported = 0;
  report({ phase: 'loading', loaded: 0, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    chunks.push(value);
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      void reader.cancel();
      throw new DatasetLoadError('too-large', 'over the limit', [], loaded, true);
    }
    const now = Date.now();
    if (now - reported >= REPORT_EVERY_MS) {
      reported = now;
      report({ phase: 'loading', loaded, total });
    }
  }
  report({ phase: 'loading', loaded, total: total ?? loaded });
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Fetches a dataset's bytes; gives up when the server sends nothing for a while. */
export async function fetchBytes(
  url: string,
  report: Report = () => undefined,
): Promise<{ bytes: Uint8Array; contentType: string }> {
  const idle = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), FETCH_IDLE_TIMEOUT_MS);
  };
  restart();
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: idle.signal,
        headers: { Accept: 'application/json, text/csv' },
      });
    } catch (error) {
      if (idle.signal.aborted) throw new DatasetLoadError('timeout', url);
      // A refused CORS request and an unreachable host look the same from here.
      throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`);
    // A compressed response announces its compressed length; the limit counts the file's bytes.
    const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
    const announced = encoded ? null : Number(response.headers.get('Content-Length') ?? NaN);
    const total = announced !== null && Number.isFinite(announced) ? announced : null;
    if (total !== null && total > MAX_DATASET_BYTES) {
      throw new DatasetLoadError('too-large', url, [], total);
    }
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!response.body) return { bytes: new Uint8Array(await response.arrayBuffer()), contentType };
    try {
      return { bytes: await readStream(response.body, total, report, restart), contentType };
    } catch (error) {
      if (idle.signal.aborted) throw new DatasetLoadError('timeout', url);
      if (error instanceof DatasetLoadError) throw error;
      throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
    }
  } finally {
    clearTimeout(timer);
  }
}
