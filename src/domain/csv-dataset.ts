import { formatCsv, neutralizeCell, parseCsv, restoreCell } from './csv';
import type { Dataset, Fact } from './dataset-schema';
import { foldText } from './search';
import { isPartialDate } from './partial-date';
import { validateDataset, type DatasetIssue, type ValidationResult } from './validate-dataset';

/**
 * The CSV template: one row per fact (docs/dataset-format.md, docs/examples/template.csv).
 * `end` empty: an event at `start`. `longitude`/`latitude` empty: a place without a point.
 */
export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'place',
  'longitude',
  'latitude',
  'category',
  'source_title',
  'source_url',
  'quote',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['id', 'title', 'start', 'quote'];

/** A stable slug from free text: "Roßleben (Kyffhäuser)" → "rossleben-kyffhauser". */
export function slugify(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Turns a CSV in the template's columns into dataset format v1 and validates it. Problems are
 * reported by row (1 is the header) and column name, in addition to the dataset path.
 */
export function csvToDataset(text: string, title: string): ValidationResult {
  const { rows, error } = parseCsv(text);
  if (error)
    return {
      ok: false,
      issues: [{ path: '(CSV)', code: 'csv-syntax', location: { line: error.line, column: '"' } }],
    };
  const [header = [], ...body] = rows;
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map<Column, number>();
  for (const column of CSV_COLUMNS) {
    const at = names.indexOf(column);
    if (at >= 0) index.set(column, at);
  }
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((c) => ({
        path: '(CSV)',
        code: 'csv-missing-column',
        detail: c,
        location: { line: 1, column: c },
      })),
    };
  }
  if (body.length === 0) return { ok: false, issues: [{ path: '(CSV)', code: 'csv-empty' }] };

  const issues: DatasetIssue[] = [];
  const placeIds = new Set<string>();
  const places = new Map<string, Dataset['places'][number]>();
  const categories = new Map<string, Dataset['categories'][number]>();
  const sourceIds = new Set<string>();
  const sources = new Map<string, Dataset['sources'][number]>();
  const facts: Fact[] = [];

  body.forEach((cells, r) => {
    const line = r + 2;
    const cell = (c: Column) =>
      index.has(c) ? restoreCell((cells[index.get(c)!] ?? '').trim()) : '';
    const issue = (column: Column, code: DatasetIssue['code'], detail?: string) =>
      issues.push({
        path: `facts[${r}]`,
        code,
        ...(detail ? { detail } : {}),
        location: { line, column },
      });

    const start = cell('start');
    const end = cell('end');
    if (!isPartialDate(start)) issue('start', 'partial-date', start);
    if (end !== '' && !isPartialDate(end)) issue('end', 'partial-date', end);

    const factPlaces: string[] = [];
    const placeName = cell('place');
    if (placeName !== '') {
      const lon = cell('longitude');
      const lat = cell('latitude');
      let coordinates: [number, number] | undefined;
      if ((lon === '') !== (lat === ''))
        issue(lon === '' ? 'longitude' : 'latitude', 'coordinates-pair');
      else if (lon !== '') {
        const x = Number(lon.replace(',', '.'));
        const y = Number(lat.replace(',', '.'));
        if (!Number.isFinite(x) || x < -180 || x > 180) issue('longitude', 'number', '-180…180');
        else if (!Number.isFinite(y) || y < -90 || y > 90) issue('latitude', 'number', '-90…90');
        else coordinates = [x, y];
      }
      const key = foldText(placeName);
      let place = places.get(key);
      if (!place) {
        place = {
          id: unique(slugify(placeName), placeIds),
          name: placeName,
          kind: 'other',
          ...(coordinates ? { coordinates } : {}),
        };
        places.set(key, place);
      } else if (coordinates && !place.coordinates) {
        place.coordinates = coordinates;
      }
      factPlaces.push(place.id);
    }

    const categoryLabel = cell('category') || 'Allgemein';
    const categoryId = slugify(categoryLabel);
    if (!categories.has(categoryId))
      categories.set(categoryId, { id: categoryId, label: { de: categoryLabel } });

    const sourceTitle = cell('source_title') || cell('source_url') || 'Quelle';
    const sourceUrl = cell('source_url');
    const sourceKey = `${sourceTitle}\u0000${sourceUrl}`;
    let source = sources.get(sourceKey);
    if (!source) {
      source = {
        id: unique(slugify(sourceTitle), sourceIds),
        title: sourceTitle,
        kind: 'Quelle',
        ...(sourceUrl ? { url: sourceUrl } : {}),
      };
      sources.set(sourceKey, source);
    }

    facts.push({
      id: cell('id'),
      kind: end === '' ? 'event' : 'role',
      category: categoryId,
      title: { de: cell('title') },
      time: end === '' ? { type: 'point', date: start } : { type: 'range', start, end },
      places: factPlaces,
      entities: [],
      // A citation without offsets: the CSV does not carry the source's full text.
      evidence: [{ source: source.id, quote: cell('quote') }],
    });
  });

  const dataset = {
    format: 'kartenchronik-dataset',
    version: 1,
    title: { de: title },
    categories: [...categories.values()],
    sources: [...sources.values()],
    places: [...places.values()],
    entities: [],
    facts,
  };
  const result = validateDataset(dataset);
  // Dates already reported by row and column are not reported a second time by the schema.
  const schemaIssues = result.ok
    ? []
    : result.issues.filter((i) => !(issues.length > 0 && i.path.includes('.time')));
  const all = [...issues, ...schemaIssues].map((i) => withCsvLocation(i, index));
  return all.length === 0 ? result : { ok: false, issues: all };
}

/** The CSV column a dataset field of a fact comes from. */
const FIELD_COLUMNS: Readonly<Record<string, Column>> = {
  id: 'id',
  title: 'title',
  category: 'category',
  evidence: 'quote',
  places: 'place',
};

/** Gives a validation issue on `facts[n].field` the CSV row and column it came from. */
function withCsvLocation(issue: DatasetIssue, index: ReadonlyMap<Column, number>): DatasetIssue {
  if (issue.location) return issue;
  const match = /^facts\[(\d+)\]\.?([a-z]+)?/.exec(issue.path);
  if (!match) return issue;
  const column = FIELD_COLUMNS[match[2] ?? ''] ?? 'id';
  return index.has(column) ? { ...issue, location: { line: Number(match[1]) + 2, column } } : issue;
}

/**
 * The facts as CSV in the template's columns: the first place of each (with the point of the
 * nearest place it lies in, when it has none of its own) and its first quote.
 */
export function datasetToCsv(dataset: Dataset): string {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const categories = new Map(dataset.categories.map((c) => [c.id, c]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const fact of dataset.facts) {
    const place = fact.places.map((id) => places.get(id)).find(Boolean);
    let point = place;
    while (point && !point.coordinates && point.parent) point = places.get(point.parent);
    const evidence = fact.evidence[0];
    const source = evidence ? sources.get(evidence.source) : undefined;
    const time = fact.time;
    const [start, end] =
      time.type === 'range'
        ? [time.start, time.end]
        : time.type === 'ongoing'
          ? [time.start, time.asOf]
          : [time.date, ''];
    rows.push([
      fact.id,
      fact.title.de,
      start,
      end,
      place?.name ?? '',
      point?.coordinates ? String(point.coordinates[0]) : '',
      point?.coordinates ? String(point.coordinates[1]) : '',
      categories.get(fact.category)?.label.de ?? fact.category,
      source?.title ?? '',
      source?.url ?? '',
      evidence?.quote ?? '',
    ]);
  }
  return formatCsv(rows.map((row) => row.map(neutralizeCell)));
}
