import type { Category, Fact, Place } from '../dataset/dataset-schema';
import type { DatasetIssue } from '../dataset/dataset-issue';
import { capIssues, MAX_ISSUES } from '../dataset/dataset-issue';
import { foldText } from '../dataset/search';
import {
  isPartialDate,
  parsePartialDate,
  partialDateInterval,
  type Interval,
} from '../time/partial-date';
import { freeSlug, slugify } from './import-kit';

/**
 * A Parquet dataset's table (docs/dataset-format.md, "Parquet"): one row per fact, in the CSV
 * template's column names. What the views need of every fact, before any text is read: these
 * columns, read at once; `title`, `summary` and the evidence are read per fact when shown.
 */
export const PARQUET_INDEX_COLUMNS = [
  'id',
  'kind',
  'category_id',
  'category',
  'category_en',
  'start',
  'end',
  'place_id',
  'place',
  'longitude',
  'latitude',
] as const;

/** What is read when a fact is shown (its row), beside the index columns. */
export const PARQUET_ROW_COLUMNS = [
  'title',
  'title_en',
  'summary',
  'summary_en',
  'source_id',
  'source_title',
  'source_url',
  'quote',
] as const;

export type ParquetIndexColumn = (typeof PARQUET_INDEX_COLUMNS)[number];
export type ParquetRowColumn = (typeof PARQUET_ROW_COLUMNS)[number];

/** Without these a table is not a dataset: every fact needs its id and title. */
export const PARQUET_REQUIRED: readonly string[] = ['id', 'title'];

/** The index columns as read: one array per column present, a value (or null) per row. */
export type ParquetIndexValues = Partial<
  Record<ParquetIndexColumn, ArrayLike<string | number | null | undefined>>
>;

/** The facts of a table, without their text, and what was left out and why. */
export interface ParquetFacts {
  /** Per fact its id, kind, category, time and place; `title` is empty, `evidence` too. */
  readonly facts: readonly Fact[];
  readonly places: readonly Place[];
  /** The categories the rows name, labelled by their `category` cells. */
  readonly categories: readonly Category[];
  /** Per fact (as in `facts`), its row in the table, to read its text by. */
  readonly rows: Int32Array;
  /** Why rows were left out, by row (1 = the first row) and column; capped. */
  readonly issues: readonly DatasetIssue[];
  /** How many rows were left out. */
  readonly skipped: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Shared by every fact of a table: its people and evidence are in its row, read when shown. */
const NO_IDS: string[] = [];
const NO_EVIDENCE: Fact['evidence'] = [];
const NO_TITLE: Fact['title'] = { de: '' };

/**
 * Reads the index columns into facts. A row that cannot be a fact is left out and said why:
 * no id or not a slug, an id used before, a date that is not one, an end before its start,
 * coordinates out of range or only one of them. Nothing is silently dropped.
 */
export function readParquetFacts(rowCount: number, values: ParquetIndexValues): ParquetFacts {
  const reader = createParquetFactsReader(values);
  reader.read(0, rowCount);
  return reader.finish();
}

/**
 * readParquetFacts a range of rows at a time, so that a million rows are read in tasks the
 * page can paint between (data/parquet/parquet-dataset.ts). Rows must come in order.
 */
export function createParquetFactsReader(values: ParquetIndexValues): {
  read(from: number, to: number): void;
  finish(): ParquetFacts;
} {
  type Column = ArrayLike<string | number | null | undefined> | undefined;
  const text = (column: Column, row: number): string => {
    const value = column?.[row];
    if (value === null || value === undefined) return '';
    const written = typeof value === 'string' ? value : String(value);
    // Most cells have no space around them: no new string for those.
    const last = written.length - 1;
    return last >= 0 && written.charCodeAt(0) > 32 && written.charCodeAt(last) > 32
      ? written
      : written.trim();
  };
  const number = (column: Column, row: number): number | null => {
    const value = column?.[row];
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  };
  // Each column looked up once, not per cell: a million rows, eleven columns.
  const {
    id: ids_,
    kind: kinds,
    category_id: categoryIds,
    category: categoryLabels,
    category_en: categoryLabelsEn,
    start: starts,
    end: ends,
    place_id: placeIdColumn,
    place: placeNames,
    longitude: longitudes,
    latitude: latitudes,
  } = values;

  const issues: DatasetIssue[] = [];
  const facts: Fact[] = [];
  const rows: number[] = [];
  const ids = new Set<string>();
  const categories = new Map<string, Category>();
  const places = new Map<string, Place & { coordinates?: [number, number] }>();
  /** The place of a cell as written (by id, else by name): a million rows name 20,000. */
  const placeOfId = new Map<string, Place>();
  const placeOfName = new Map<string, Place>();
  const placeIds = new Set<string>();
  let skipped = 0;
  // A million rows hold some thousands of distinct dates: each is parsed once.
  const intervals = new Map<string, Interval | null>();
  // Facts of the same dates share one time, facts of one place one list of places: a
  // million small objects fewer (they are never changed: a Parquet dataset is not edited).
  const times = new Map<string, Map<string, NonNullable<Fact['time']>>>();
  const timeOf = (start: string, end: string): NonNullable<Fact['time']> => {
    let byEnd = times.get(start);
    if (!byEnd) times.set(start, (byEnd = new Map()));
    let time = byEnd.get(end);
    if (!time) {
      time =
        end === '' || end === start
          ? { type: 'point', date: start }
          : { type: 'range', start, end };
      byEnd.set(end, time);
    }
    return time;
  };
  /** Each distinct kind once: a column's cells are strings of their own, a million of them. */
  const kinds_ = new Map<string, string>();
  const intern = (value: string): string => {
    const known = kinds_.get(value);
    if (known !== undefined) return known;
    kinds_.set(value, value);
    return value;
  };
  const placeLists = new Map<string, string[]>();
  const placesOf = (placeId: string): string[] => {
    let list = placeLists.get(placeId);
    if (!list) placeLists.set(placeId, (list = [placeId]));
    return list;
  };
  const intervalOf = (text: string): Interval | null => {
    let interval = intervals.get(text);
    if (interval === undefined) {
      interval = isPartialDate(text) ? partialDateInterval(parsePartialDate(text)!) : null;
      intervals.set(text, interval);
    }
    return interval;
  };

  const read = (from: number, to: number) => {
    for (let row = from; row < to; row++) {
      const line = row + 1;
      const leaveOut = (column: string, code: DatasetIssue['code'], detail?: string) => {
        skipped++;
        if (issues.length < MAX_ISSUES) {
          issues.push({
            path: `facts[${row}]`,
            code,
            ...(detail ? { detail } : {}),
            location: { line, column },
          });
        }
      };
      const id = text(ids_, row);
      if (id === '') {
        leaveOut('id', 'required');
        continue;
      }
      if (!SLUG.test(id) || id.length > 120) {
        leaveOut('id', 'slug', id);
        continue;
      }
      if (ids.has(id)) {
        leaveOut('id', 'duplicate-id', id);
        continue;
      }
      const start = text(starts, row);
      const end = text(ends, row);
      const from = start === '' ? null : intervalOf(start);
      const to = end === '' ? null : intervalOf(end);
      if (start !== '' && !from) {
        leaveOut('start', 'partial-date', start);
        continue;
      }
      if (end !== '' && !to) {
        leaveOut('end', 'partial-date', end);
        continue;
      }
      if (end !== '' && start === '') {
        leaveOut('start', 'required');
        continue;
      }
      let time: Fact['time'];
      if (start !== '') {
        if (end !== '' && end !== start && to!.end < from!.start) {
          leaveOut('end', 'range-reversed');
          continue;
        }
        time = timeOf(start, end);
      }
      const longitude = number(longitudes, row);
      const latitude = number(latitudes, row);
      if ((longitude === null) !== (latitude === null)) {
        leaveOut(longitude === null ? 'longitude' : 'latitude', 'coordinates-pair');
        continue;
      }
      if (longitude !== null && !(Number.isFinite(longitude) && Math.abs(longitude) <= 180)) {
        leaveOut('longitude', 'number', '-180…180');
        continue;
      }
      if (latitude !== null && !(Number.isFinite(latitude) && Math.abs(latitude) <= 90)) {
        leaveOut('latitude', 'number', '-90…90');
        continue;
      }

      const placeName = text(placeNames, row);
      const givenPlaceId = text(placeIdColumn, row);
      let place: Place | undefined;
      if (placeName !== '' || givenPlaceId !== '') {
        const written = givenPlaceId !== '' ? placeOfId : placeOfName;
        const writtenKey = givenPlaceId !== '' ? givenPlaceId : placeName;
        place = written.get(writtenKey);
        if (!place) {
          const key = givenPlaceId !== '' ? `id:${givenPlaceId}` : foldText(placeName);
          place = places.get(key);
          if (!place) {
            const placeId =
              givenPlaceId !== '' && SLUG.test(givenPlaceId)
                ? givenPlaceId
                : freeSlug(slugify(placeName || givenPlaceId), placeIds);
            placeIds.add(placeId);
            place = { id: placeId, name: placeName || givenPlaceId, kind: 'other' };
            places.set(key, place);
          }
          written.set(writtenKey, place);
        }
        if (longitude !== null && latitude !== null && !place.coordinates) {
          (place as { coordinates?: [number, number] }).coordinates = [longitude, latitude];
        }
      }

      const label = text(categoryLabels, row);
      const categoryId = text(categoryIds, row) || slugify(label || 'Allgemein');
      if (!categories.has(categoryId)) {
        const en = text(categoryLabelsEn, row);
        categories.set(categoryId, {
          id: categoryId,
          label:
            label || text(categoryIds, row)
              ? { de: label || categoryId, ...(en ? { en } : {}) }
              : { de: 'Allgemein', en: 'General' },
        });
      }

      ids.add(id);
      rows.push(row);
      const fact: { -readonly [K in keyof Fact]: Fact[K] } = {
        id,
        kind: intern(text(kinds, row) || (time?.type === 'range' ? 'role' : 'event')),
        // The category's own id: one string for all its facts, not one per row.
        category: categories.get(categoryId)!.id,
        title: NO_TITLE,
        places: place ? placesOf(place.id) : NO_IDS,
        entities: NO_IDS,
        evidence: NO_EVIDENCE,
      };
      if (time) fact.time = time;
      facts.push(fact);
    }
  };
  return {
    read,
    finish: () => ({
      facts,
      places: [...places.values()],
      categories: [...categories.values()],
      rows: Int32Array.from(rows),
      issues: capIssues(issues, skipped - issues.length),
      skipped,
    }),
  };
}
