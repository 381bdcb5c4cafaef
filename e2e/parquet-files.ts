import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

/** What the page asked of a file: each range it read, and the bytes sent. */
export interface ReadLog {
  readonly ranges: string[];
  /** When each range was asked for (ms since the epoch, as the page's clock tells it). */
  readonly at: number[];
  bytes: number;
}

/**
 * Serves a file at `pattern` as a static host with range requests does (206 and
 * Content-Range), so DuckDB reads a Parquet file's footer and columns, not all of it; `log`
 * records what was read.
 */
export async function serveWithRanges(
  context: BrowserContext,
  pattern: string,
  path: string,
  log: ReadLog = { ranges: [], at: [], bytes: 0 },
): Promise<ReadLog> {
  const body = readFileSync(path);
  await context.route(pattern, async (route) => {
    const request = route.request();
    const headers = {
      'accept-ranges': 'bytes',
      'content-type': 'application/vnd.apache.parquet',
    };
    if (request.method() === 'HEAD') {
      return route.fulfill({
        status: 200,
        headers: { ...headers, 'content-length': String(body.length) },
      });
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers()['range'] ?? '');
    if (!range) {
      log.ranges.push('all');
      log.at.push(Date.now());
      log.bytes += body.length;
      return route.fulfill({ status: 200, headers, body });
    }
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    const slice = body.subarray(start, end + 1);
    log.ranges.push(`${start}-${end}`);
    log.at.push(Date.now());
    log.bytes += slice.length;
    return route.fulfill({
      status: 206,
      headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` },
      body: slice,
    });
  });
  return log;
}
