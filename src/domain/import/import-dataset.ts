import { csvToDataset } from '@/domain/csv-dataset';
import type { Dataset } from '@/domain/dataset-schema';
import type { DatasetIssue } from '@/domain/dataset-issue';
import { parseJsonText, validateDataset } from '@/domain/validate-dataset';
import { geoJsonToDataset, isGeoJson } from './geojson';
import type { ImportReport } from './import-report';
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

export function importDataset(text: string, name: string): OpenResult {
  const title =
    name.replace(/^.*[/\\]/, '').replace(/\.(?:json|geojson|csv|tsv|txt)$/i, '') || name;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/^\s*[[{]/.test(body)) {
    const parsed = parseJsonText(body);
    if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
    const value = parsed.value;
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
  return result.ok ? { ok: true, dataset: result.dataset, report } : result;
}
