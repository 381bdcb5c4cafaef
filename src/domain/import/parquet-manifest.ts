import type { DatasetIssue } from '../dataset/dataset-issue';

/**
 * A dataset in several Parquet files (partitioned by year, say), named by a small JSON file
 * (docs/dataset-format.md, "Parquet"):
 * `{ "format": "kartenchronik-parquet", "files": ["facts/year=2018/part-0.parquet", …],
 * "meta": "facts.meta.json" }`. Addresses are relative to the manifest; `meta` is optional.
 */
export interface ParquetManifest {
  readonly files: readonly string[];
  readonly meta: string | null;
}

const FORMAT = 'kartenchronik-parquet';

/**
 * The manifest in a JSON text, or `null` when the text is not one: looked for in its first
 * kilobyte only, so that a 40 MB dataset is not parsed twice.
 */
export function readParquetManifest(
  text: string,
): { ok: true; manifest: ParquetManifest } | { ok: false; issues: DatasetIssue[] } | null {
  const head = text.slice(0, 1024);
  if (!/^\s*\{/.test(head) || !head.includes(`"${FORMAT}"`)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { format?: unknown }).format !== FORMAT
  ) {
    return null;
  }
  const { files, meta } = parsed as { files?: unknown; meta?: unknown };
  const issues: DatasetIssue[] = [];
  if (!Array.isArray(files) || files.length === 0) {
    issues.push({ path: 'files', code: 'required', detail: 'array' });
  } else {
    files.forEach((file, i) => {
      if (typeof file !== 'string' || !/\.parquet(?:[?#].*)?$/i.test(file)) {
        issues.push({ path: `files[${i}]`, code: 'invalid-type', detail: '….parquet' });
      }
    });
  }
  if (meta !== undefined && typeof meta !== 'string') {
    issues.push({ path: 'meta', code: 'invalid-type', detail: 'string' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    manifest: { files: files as string[], meta: (meta as string | undefined) ?? null },
  };
}
