import { csvToDataset } from './csv-dataset';
import type { Dataset } from '../dataset/dataset-schema';
import type { DatasetIssue } from '../dataset/dataset-issue';
import { parseJsonText, validateDataset } from '../dataset/validate-dataset';
import { geoJsonToDataset, isGeoJson } from './geojson';
import type { ImportReport } from './import-report';
import { ImportFault, MAX_DEPTH } from './import-kit';
import { isStoryMap, storyMapToDataset } from './storymap';
import { isTimelineJs, timelineJsToDataset } from './timelinejs';
import { isTimelineJsSheet, timelineJsSheetToDataset } from './timelinejs-sheet';

/**
 * Any file the app opens, recognised by its content (not its name): dataset JSON, TimelineJS
 * JSON, StoryMapJS JSON, GeoJSON, TimelineJS's spreadsheet template (CSV or TSV), or our CSV
 * template. Imports become format v1 and are validated like a dataset file.
 */
export type OpenResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly report?: ImportReport }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** Lists an import found nothing in, by format: "events: keine Ereignisse gefunden". */
const ITEMS_PATH: Readonly<Record<ImportReport['format'], string>> = {
  timelinejs: 'events',
  'timelinejs-sheet': '(CSV)',
  storymap: 'storymap.slides',
  geojson: 'features',
  parquet: '(Parquet)',
};

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * Never throws: whatever a file holds comes back as a dataset or as the file's problems. A
 * throw that escaped here would reach the reader as a network failure.
 */
export function importDataset(text: string, name: string): OpenResult {
  try {
    return importUnguarded(text, name);
  } catch (error) {
    if (error instanceof ImportFault) return { ok: false, issues: [error.issue] };
    // The engine's own limit (a stack exhausted by nesting) is the file's, said as such.
    if (error instanceof RangeError)
      return {
        ok: false,
        issues: [{ path: '(root)', code: 'too-deep', detail: String(MAX_DEPTH) }],
      };
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          code: 'invalid',
          detail: error instanceof Error ? error.message : String(error),
        },
      ],
    };
  }
}

/** A JSON text that is a bare value ("hello", 42, true, null): the kind it is, else `null`. */
function bareJsonKind(body: string): 'string' | 'number' | 'boolean' | 'null' | null {
  if (!/^\s*(?:"|-?\d|true\b|false\b|null\b)/.test(body)) return null;
  try {
    const value: unknown = JSON.parse(body);
    if (value === null) return 'null';
    const kind = typeof value;
    return kind === 'string' || kind === 'number' || kind === 'boolean' ? kind : null;
  } catch {
    return null;
  }
}

function importUnguarded(text: string, name: string): OpenResult {
  const title =
    name.replace(/^.*[/\\]/, '').replace(/\.(?:json|geojson|csv|tsv|txt)$/i, '') || name;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/^\s*[[{]/.test(body)) {
    const parsed = parseJsonText(body);
    if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
    const value = parsed.value;
    if (Array.isArray(value))
      return { ok: false, issues: [{ path: '(root)', code: 'json-kind', detail: 'array' }] };
    const type = (value as { type?: unknown }).type;
    if (typeof type === 'string' && GEOMETRY_TYPES.has(type))
      return { ok: false, issues: [{ path: '(root)', code: 'geojson-geometry', detail: type }] };
    const imported = isStoryMap(value)
      ? storyMapToDataset(value, title)
      : isGeoJson(value)
        ? geoJsonToDataset(value, title)
        : isTimelineJs(value) && (value as { format?: unknown }).format === undefined
          ? timelineJsToDataset(value, title)
          : null;
    if (!imported) return validateDataset(value);
    return withReport(validateDataset(imported.dataset), imported.report);
  }
  const bare = bareJsonKind(body);
  if (bare) return { ok: false, issues: [{ path: '(root)', code: 'json-kind', detail: bare }] };
  if (isTimelineJsSheet(body)) {
    const imported = timelineJsSheetToDataset(body, title);
    if ('error' in imported) {
      return {
        ok: false,
        issues: [
          {
            path: '(CSV)',
            code: 'csv-syntax',
            location: { line: imported.error.line, column: '"' },
          },
        ],
      };
    }
    return withReport(validateDataset(imported.dataset), imported.report);
  }
  return csvToDataset(body, title);
}

function withReport(result: ReturnType<typeof validateDataset>, report: ImportReport): OpenResult {
  // Nothing to show is said as such, not as the empty dataset's first schema problem.
  if (report.items === 0)
    return { ok: false, issues: [{ path: ITEMS_PATH[report.format], code: 'no-items' }] };
  return result.ok ? { ok: true, dataset: result.dataset, report } : result;
}
