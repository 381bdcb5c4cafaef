import { formatCsv, neutralizeCell, parseCsv, restoreCell } from './csv';
import { ENTITY_KINDS, PLACE_KINDS } from '../dataset/dataset-schema';
import type { Category, Dataset, Entity, Fact, Place, Source } from '../dataset/dataset-schema';
import { foldText } from '../dataset/search';
import { isPartialDate } from '../time/partial-date';
import { factTimeStart } from '../time/fact-time';
import { asLocalizedText, type LocalizableText } from '../text/lang';
import type { DatasetIssue } from '../dataset/dataset-issue';
import { capIssues } from '../dataset/dataset-issue';
import { validateDataset, type ValidationResult } from '../dataset/validate-dataset';
import { freeSlug, germanAmount, readWrittenDate, slugify } from './import-kit';

/**
 * The CSV template (docs/dataset-format.md, "CSV template"; docs/examples/template.csv): one
 * fact per `id`. A fact's first row holds its fields; each of its rows may add one place, one
 * person and one quote, so a fact with three places and two quotes takes three rows. A row
 * without an `id` only describes a place (one that others lie in). Only `id` and `title` are
 * required columns; the simplest file has one row per fact. A fact without `start` has no
 * date, one without `quote` names its source without quoting it (or has no evidence), and a
 * place by `place` name alone is looked up in the gazetteer when the dataset opens.
 */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'category_id',
  'category',
  'category_en',
  'title',
  'title_en',
  'summary',
  'summary_en',
  'time_type',
  'start',
  'end',
  'as_of',
  'approximate',
  'inferred',
  'inferred_en',
  'inferred_part',
  'amount',
  'currency',
  'place_id',
  'place',
  'place_kind',
  'place_parent',
  'place_note',
  'place_note_en',
  'place_inferred',
  'place_inferred_en',
  'longitude',
  'latitude',
  'person_id',
  'person',
  'person_kind',
  'person_description',
  'person_description_en',
  'source_id',
  'source_title',
  'source_kind',
  'source_kind_en',
  'source_publisher',
  'source_date',
  'source_date_inferred',
  'source_date_inferred_en',
  'source_url',
  'quote',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['id', 'title'];
const TIME_TYPES = ['point', 'range', 'ongoing', 'asOf'] as const;
const YES = new Set(['ja', 'yes', 'true', 'wahr', '1', 'x']);

function unique(base: string, taken: Set<string>): string {
  const id = freeSlug(base, taken);
  taken.add(id);
  return id;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  const places = new Map<string, Mutable<Place>>();
  const categories = new Map<string, Category>();
  const entities = new Map<string, Entity>();
  const sourceIds = new Set<string>();
  const sources = new Map<string, Source>();
  const facts = new Map<string, Mutable<Fact>>();
  /** Each fact's position, so an issue finds its fact in constant time (20,000 rows, 20,000 issues). */
  const factAt = new Map<string, number>();
  /** Facts whose time is reported by row and column: validated without it, not twice. */
  const badTime = new Set<number>();
  /** The CSV row each fact starts on, for locating validation issues. */
  const factRows: number[] = [];

  body.forEach((cells, r) => {
    const line = r + 2;
    const cell = (c: Column) =>
      index.has(c) ? restoreCell((cells[index.get(c)!] ?? '').trim()) : '';
    // The fact this row belongs to: one already started, or the one it starts.
    const factIndex = () => factAt.get(cell('id')) ?? facts.size;
    const issue = (column: Column, code: DatasetIssue['code'], detail?: string) => {
      const at = factIndex();
      if (TIME_COLUMNS.has(column)) badTime.add(at);
      issues.push({
        path: `facts[${at}]`,
        code,
        ...(detail ? { detail } : {}),
        location: { line, column },
      });
    };

    const place = readPlace(cell, issue, places, placeIds);
    const id = cell('id');
    if (id === '') return;
    let fact = facts.get(id);
    if (!fact) {
      fact = readFact(cell, issue, categories);
      factAt.set(id, facts.size);
      facts.set(id, fact);
      factRows.push(line);
    }
    if (place && !fact.places.includes(place.id)) {
      fact.places.push(place.id);
      const reason = localizableCells(cell, 'place_inferred', 'place_inferred_en');
      if (reason) fact.placesInferred = { ...fact.placesInferred, [place.id]: reason };
    }

    const personName = cell('person');
    const personId = cell('person_id') || (personName ? slugify(personName) : '');
    if (personId !== '') {
      if (!entities.has(personId)) {
        const kind = cell('person_kind');
        const description = cell('person_description');
        const descriptionEn = cell('person_description_en');
        entities.set(personId, {
          id: personId,
          name: personName || personId,
          kind: (ENTITY_KINDS as readonly string[]).includes(kind)
            ? (kind as Entity['kind'])
            : 'person',
          ...(description
            ? { description: { de: description, ...(descriptionEn ? { en: descriptionEn } : {}) } }
            : {}),
        });
      }
      if (!fact.entities.includes(personId)) fact.entities.push(personId);
    }

    const quote = cell('quote');
    const namesSource = cell('source_id') || cell('source_title') || cell('source_url');
    if (quote !== '') {
      const source = readSource(cell, sources, sourceIds);
      fact.evidence.push({ source: source.id, quote });
    } else if (namesSource) {
      // A source without a quote is evidence all the same, shown as "no verbatim quote".
      const source = readSource(cell, sources, sourceIds);
      if (!fact.evidence.some((e) => e.source === source.id))
        fact.evidence.push({ source: source.id });
    }
  });

  const dataset = {
    format: 'kartenchronik-dataset',
    version: 1,
    title: { de: title },
    categories: [...categories.values()],
    sources: [...sources.values()],
    places: [...places.values()],
    entities: [...entities.values()],
    facts: [...facts.values()].map((fact, i) => (badTime.has(i) ? withoutTime(fact) : fact)),
  };
  const result = validateDataset(dataset);
  if (issues.length === 0) return result;
  const schemaIssues = result.ok ? [] : result.issues;
  // The schema's own "and N more" adds to the count of the combined list.
  const more = Number(schemaIssues.find((i) => i.code === 'more')?.detail ?? 0);
  const all = [...issues, ...schemaIssues.filter((i) => i.code !== 'more')].map((i) =>
    withCsvLocation(i, index, factRows),
  );
  return { ok: false, issues: capIssues(all, more) };
}

type Cell = (column: Column) => string;

const TIME_COLUMNS = new Set<Column>(['time_type', 'start', 'end', 'as_of']);

function withoutTime(fact: Fact): Fact {
  const { time: _time, ...rest } = fact;
  return rest;
}

/**
 * A date cell: the format's partial dates as they are, else a date as people and spreadsheets
 * write it ("19.03.2018" from a German Excel, "19. März 2018", "44 v. Chr."); anything else,
 * an impossible day or month too, is kept as written, for the validation to report by row and
 * column.
 */
function csvDate(text: string): string {
  return text === '' ? text : (readWrittenDate(text) ?? text);
}

/** A reason, note or kind from its German cell and the optional English one beside it. */
function localizableCells(
  cell: Cell,
  column: Column,
  enColumn: Column,
): LocalizableText | undefined {
  const de = cell(column);
  const en = cell(enColumn);
  if (!de) return undefined;
  return en ? { de, en } : de;
}

/** The German and English cells of a reason, note or kind, for the export. */
function cellsOfLocalizable(text: LocalizableText | undefined): [string, string] {
  if (text === undefined) return ['', ''];
  const localized = asLocalizedText(text);
  return [localized.de, localized.en ?? ''];
}
type Report = (column: Column, code: DatasetIssue['code'], detail?: string) => void;

/** The row's place: by `place_id`, else by its folded name; its first description wins. */
function readPlace(
  cell: Cell,
  issue: Report,
  places: Map<string, Mutable<Place>>,
  placeIds: Set<string>,
): Place | null {
  const name = cell('place');
  const givenId = cell('place_id');
  if (name === '' && givenId === '') return null;
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
  const key = givenId !== '' ? `id:${givenId}` : foldText(name);
  let place = places.get(key);
  if (!place) {
    const kind = cell('place_kind');
    const parent = cell('place_parent');
    const note = localizableCells(cell, 'place_note', 'place_note_en');
    place = {
      id: givenId !== '' ? givenId : unique(slugify(name), placeIds),
      name: name || givenId,
      kind: (PLACE_KINDS as readonly string[]).includes(kind) ? (kind as Place['kind']) : 'other',
      ...(coordinates ? { coordinates } : {}),
      ...(parent ? { parent } : {}),
      ...(note ? { note } : {}),
    };
    placeIds.add(place.id);
    places.set(key, place);
  } else if (coordinates && !place.coordinates) {
    place.coordinates = coordinates;
  }
  return place;
}

/** A fact's fields from its first row. */
function readFact(cell: Cell, issue: Report, categories: Map<string, Category>): Mutable<Fact> {
  const start = csvDate(cell('start'));
  const end = csvDate(cell('end'));
  const asOf = csvDate(cell('as_of'));
  const given = cell('time_type');
  const type = (TIME_TYPES as readonly string[]).includes(given)
    ? (given as NonNullable<Fact['time']>['type'])
    : asOf !== ''
      ? 'ongoing'
      : end === ''
        ? 'point'
        : 'range';
  if (given !== '' && type !== given) issue('time_type', 'time-type', TIME_TYPES.join(', '));
  const undated = start === '' && end === '' && asOf === '' && given === '';
  if (!undated && !isPartialDate(start)) issue('start', 'partial-date', start);
  if (type === 'range' && !isPartialDate(end)) issue('end', 'partial-date', end);
  if (type === 'ongoing' && !isPartialDate(asOf)) issue('as_of', 'partial-date', asOf);
  const flags = {
    ...(YES.has(cell('approximate').toLowerCase()) ? { approximate: true } : {}),
    ...(cell('inferred') ? { inferred: localizableCells(cell, 'inferred', 'inferred_en') } : {}),
    ...(cell('inferred') && cell('inferred_part') === 'asOf'
      ? { inferredPart: 'asOf' as const }
      : {}),
  };
  const time: Fact['time'] = undated
    ? undefined
    : type === 'range'
      ? { type, start, end, ...flags }
      : type === 'ongoing'
        ? { type, start, asOf, ...flags }
        : { type, date: start, ...flags };

  const label = cell('category');
  const categoryId = cell('category_id') || slugify(label || 'Allgemein');
  if (!categories.has(categoryId)) {
    const en = cell('category_en');
    categories.set(categoryId, {
      id: categoryId,
      // Without a label the app names it, in both languages.
      label:
        label || cell('category_id')
          ? { de: label || categoryId, ...(en ? { en } : {}) }
          : { de: 'Allgemein', en: 'General' },
    });
  }
  const localized = (de: string, en: string) => ({ de, ...(en ? { en } : {}) });
  const amount = cell('amount');
  const value = germanAmount(amount) ?? Number(amount);
  if (amount !== '' && !Number.isFinite(value)) issue('amount', 'number', amount);
  const summary = cell('summary');
  return {
    id: cell('id'),
    kind: cell('kind') || (type === 'point' ? 'event' : 'role'),
    category: categoryId,
    title: localized(cell('title'), cell('title_en')),
    ...(summary ? { summary: localized(summary, cell('summary_en')) } : {}),
    ...(time ? { time } : {}),
    places: [],
    entities: [],
    ...(amount !== '' && Number.isFinite(value)
      ? { amount: { value, currency: cell('currency') || 'EUR' } }
      : {}),
    evidence: [],
  };
}

/** The row's source: by `source_id`, else by title and address. */
function readSource(cell: Cell, sources: Map<string, Source>, sourceIds: Set<string>): Source {
  const givenId = cell('source_id');
  const title = cell('source_title') || cell('source_url') || givenId || 'Quelle';
  const url = cell('source_url');
  const key = givenId !== '' ? `id:${givenId}` : `${title}\u0000${url}`;
  let source = sources.get(key);
  if (!source) {
    const optional = (field: keyof Source, column: Column) =>
      cell(column) ? { [field]: cell(column) } : {};
    source = {
      id: givenId !== '' ? givenId : unique(slugify(title), sourceIds),
      title,
      kind: localizableCells(cell, 'source_kind', 'source_kind_en') ?? {
        de: 'Quelle',
        en: 'Source',
      },
      ...optional('publisher', 'source_publisher'),
      ...(cell('source_date') ? { date: csvDate(cell('source_date')) } : {}),
      ...(cell('source_date_inferred')
        ? {
            dateInferred: localizableCells(cell, 'source_date_inferred', 'source_date_inferred_en'),
          }
        : {}),
      ...(url ? { url } : {}),
    };
    sourceIds.add(source.id);
    sources.set(key, source);
  }
  return source;
}

/** The CSV column a dataset field of a fact comes from. */
const FIELD_COLUMNS: Readonly<Record<string, Column>> = {
  id: 'id',
  kind: 'kind',
  title: 'title',
  summary: 'summary',
  category: 'category',
  evidence: 'quote',
  places: 'place',
  entities: 'person',
  amount: 'amount',
};

/** Gives a validation issue on `facts[n].field` the CSV row and column it came from. */
function withCsvLocation(
  issue: DatasetIssue,
  index: ReadonlyMap<Column, number>,
  factRows: readonly number[],
): DatasetIssue {
  if (issue.location) return issue;
  const match = /^facts\[(\d+)\]\.?([a-z]+)?/.exec(issue.path);
  if (!match) return issue;
  const column = FIELD_COLUMNS[match[2] ?? ''] ?? 'id';
  const line = factRows[Number(match[1])];
  return index.has(column) && line !== undefined ? { ...issue, location: { line, column } } : issue;
}

/**
 * The dataset as CSV in the template's columns, every field the CSV can carry: facts grouped
 * by category in the dataset's order (so the categories keep it), one row per place, person
 * and quote of a fact, then a row for each place no fact names (the towns institutions lie
 * in). Not carried: the sources' full texts (so quotes lose their offsets), the dataset's
 * title and description, tours. Cells that a spreadsheet would run are neutralised.
 */
export function datasetToCsv(dataset: Dataset): string {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const categoryOrder = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const categories = new Map(dataset.categories.map((c) => [c.id, c]));
  const facts = [...dataset.facts].sort(
    (a, b) => (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0),
  );
  const blank = (): Record<Column, string> =>
    Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
  const placeCells = (row: Record<Column, string>, place: Place | undefined) => {
    if (!place) return;
    row.place_id = place.id;
    row.place = place.name;
    row.place_kind = place.kind;
    row.place_parent = place.parent ?? '';
    [row.place_note, row.place_note_en] = cellsOfLocalizable(place.note);
    row.longitude = place.coordinates ? String(place.coordinates[0]) : '';
    row.latitude = place.coordinates ? String(place.coordinates[1]) : '';
  };
  const rows: string[][] = [[...CSV_COLUMNS]];
  const named = new Set<string>();
  for (const fact of facts) {
    const lines = Math.max(1, fact.places.length, fact.entities.length, fact.evidence.length);
    for (let i = 0; i < lines; i++) {
      const row = blank();
      row.id = fact.id;
      if (i === 0) {
        const category = categories.get(fact.category);
        const time = fact.time;
        Object.assign(row, {
          kind: fact.kind,
          category_id: fact.category,
          category: category?.label.de ?? fact.category,
          category_en: category?.label.en ?? '',
          title: fact.title.de,
          title_en: fact.title.en ?? '',
          summary: fact.summary?.de ?? '',
          summary_en: fact.summary?.en ?? '',
          time_type: time?.type ?? '',
          start: factTimeStart(time) ?? '',
          end: time?.type === 'range' ? time.end : '',
          as_of: time?.type === 'ongoing' ? time.asOf : '',
          approximate: time?.approximate ? 'ja' : '',
          inferred: cellsOfLocalizable(time?.inferred)[0],
          inferred_en: cellsOfLocalizable(time?.inferred)[1],
          inferred_part: time?.inferredPart ?? '',
          amount: fact.amount ? String(fact.amount.value) : '',
          currency: fact.amount?.currency ?? '',
        });
      }
      const placeId = fact.places[i];
      if (placeId !== undefined) {
        named.add(placeId);
        placeCells(row, places.get(placeId));
        [row.place_inferred, row.place_inferred_en] = cellsOfLocalizable(
          fact.placesInferred?.[placeId],
        );
      }
      const entity = entities.get(fact.entities[i] ?? '');
      if (entity) {
        Object.assign(row, {
          person_id: entity.id,
          person: entity.name,
          person_kind: entity.kind,
          person_description: entity.description?.de ?? '',
          person_description_en: entity.description?.en ?? '',
        });
      }
      const evidence = fact.evidence[i];
      const source = evidence ? sources.get(evidence.source) : undefined;
      if (evidence) {
        Object.assign(row, {
          source_id: evidence.source,
          source_title: source?.title ?? '',
          source_kind: cellsOfLocalizable(source?.kind)[0],
          source_kind_en: cellsOfLocalizable(source?.kind)[1],
          source_publisher: source?.publisher ?? '',
          source_date: source?.date ?? '',
          source_date_inferred: cellsOfLocalizable(source?.dateInferred)[0],
          source_date_inferred_en: cellsOfLocalizable(source?.dateInferred)[1],
          source_url: source?.url ?? '',
          quote: evidence.quote ?? '',
        });
      }
      rows.push(CSV_COLUMNS.map((c) => row[c]));
    }
  }
  for (const place of dataset.places) {
    if (named.has(place.id)) continue;
    const row = blank();
    placeCells(row, place);
    rows.push(CSV_COLUMNS.map((c) => row[c]));
  }
  return formatCsv(rows.map((row) => row.map(neutralizeCell)));
}
