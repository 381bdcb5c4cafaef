import type { Evidence, Fact, Source } from '../dataset/dataset-schema';
import type { ImportReport } from './import-report';
import { truncate } from '../text/truncate';
import type { LocalizedText } from '../text/lang';
import {
  compactJson,
  createDatasetBuilder,
  DERIVED,
  freeSlug,
  ImportFault,
  MAX_DEPTH,
  mediaFrom,
  dateTextChecked,
  partialDateFromText,
  richText,
  slugify,
  summaryFields,
  textOf,
  timeFrom,
} from './import-kit';

/**
 * GeoJSON (RFC 7946): a FeatureCollection (or one Feature). Each feature becomes a fact at
 * its point; a line or an area at a representative point (the middle vertex of a line, the
 * centroid of the largest area). Properties by their usual names: title or name, description,
 * date or start/end, category or group, place, and the fields our own GeoJSON export writes
 * (so an export opens again with its quotes); every other property is kept as a line
 * "name: value" in the summary. docs/dataset-format.md, "GeoJSON", lists the names.
 */

type Position = readonly number[];
interface Geometry {
  readonly type?: unknown;
  readonly coordinates?: unknown;
  readonly geometries?: unknown;
}
interface Feature {
  readonly type?: unknown;
  readonly id?: unknown;
  readonly geometry?: Geometry | null;
  readonly properties?: Record<string, unknown> | null;
}

const NAMES = {
  title: ['title', 'name', 'Name', 'NAME', 'headline', 'label', 'titel', 'Titel'],
  description: ['description', 'summary', 'desc', 'text', 'beschreibung', 'Beschreibung'],
  date: ['date', 'datum', 'Datum', 'year', 'jahr', 'Jahr', 'when'],
  start: ['start', 'start_date', 'startDate', 'begin', 'from', 'von'],
  end: ['end', 'end_date', 'endDate', 'until', 'to', 'bis'],
  category: ['category_label', 'category', 'group', 'kategorie', 'Kategorie'],
  place: ['place', 'ort', 'Ort', 'location', 'address'],
  source: ['source', 'quelle', 'Quelle'],
  sourceUrl: ['source_url', 'url', 'link'],
  quote: ['quote', 'zitat', 'Zitat'],
  media: ['image', 'media', 'bild'],
} as const;
const FEATURES = { de: 'Objekte', en: 'Features' };

export function isGeoJson(value: unknown): value is Feature | { features: unknown[] } {
  const type = (value as { type?: unknown } | null)?.type;
  return (
    (type === 'FeatureCollection' && Array.isArray((value as { features?: unknown }).features)) ||
    type === 'Feature'
  );
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]) &&
  Math.abs(value[0]) <= 180 &&
  Math.abs(value[1]) <= 90;

const positions = (value: unknown): Position[] =>
  Array.isArray(value) ? value.filter(isPosition) : [];

/**
 * A ring across the antimeridian (Fiji, the Chukchi Sea: longitudes 179 and -179 side by
 * side) taken on one side: west longitudes shifted by 360°, so its centroid stays on it
 * instead of landing on the other side of the world.
 */
function unwrapRing(ring: Position[]): Position[] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of ring) {
    min = Math.min(min, p[0]!);
    max = Math.max(max, p[0]!);
  }
  if (max - min <= 180) return ring;
  return ring.map((p) => (p[0]! < 0 ? [p[0]! + 360, p[1]!] : p));
}

const wrapLongitude = (lon: number) => (lon > 180 ? lon - 360 : lon);

/** Signed area and centroid of a ring (shoelace), in degrees. */
function ringCentroid(given: Position[]): { area: number; point: [number, number] } | null {
  const ring = unwrapRing(given);
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]! as [number, number];
    const [x1, y1] = ring[i]! as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) {
    const first = ring[0];
    return first ? { area: 0, point: [wrapLongitude(first[0]!), first[1]!] } : null;
  }
  return { area: Math.abs(area / 2), point: [wrapLongitude(x / (3 * area)), y / (3 * area)] };
}

/** The point a geometry is drawn at, and whether it was a shape (a line or an area). */
export function representativePoint(
  geometry: Geometry | null | undefined,
  depth = 0,
): { point: [number, number]; shape: boolean } | null {
  if (!geometry || typeof geometry !== 'object') return null;
  if (depth > MAX_DEPTH)
    throw new ImportFault({ path: 'geometry', code: 'too-deep', detail: String(MAX_DEPTH) });
  const c = geometry.coordinates;
  switch (geometry.type) {
    case 'Point':
      return isPosition(c) ? { point: [c[0]!, c[1]!], shape: false } : null;
    case 'MultiPoint': {
      const all = positions(c);
      if (all.length === 0) return null;
      let x = 0;
      let y = 0;
      for (const p of all) {
        x += p[0]!;
        y += p[1]!;
      }
      return { point: [x / all.length, y / all.length], shape: false };
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines =
        geometry.type === 'LineString'
          ? [positions(c)]
          : (Array.isArray(c) ? c : []).map(positions);
      const longest = lines.reduce<Position[]>((a, b) => (b.length > a.length ? b : a), []);
      const middle = longest[Math.floor(longest.length / 2)];
      return middle ? { point: [middle[0]!, middle[1]!], shape: true } : null;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [c] : Array.isArray(c) ? c : [];
      let best: { area: number; point: [number, number] } | null = null;
      for (const polygon of polygons) {
        const outer = Array.isArray(polygon) ? positions(polygon[0]) : [];
        const found = ringCentroid(outer);
        if (found && (!best || found.area > best.area)) best = found;
      }
      return best ? { point: best.point, shape: true } : null;
    }
    case 'GeometryCollection': {
      for (const part of Array.isArray(geometry.geometries) ? geometry.geometries : []) {
        const found = representativePoint(part as Geometry, depth + 1);
        if (found) return { point: found.point, shape: true };
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * The first non-empty property of `names`, and its key marked as read: what is not marked is
 * kept as a line "name: value", so nothing a feature carries is lost silently.
 */
type Reader = (names: readonly string[], accept?: (value: unknown) => boolean) => unknown;

function readerOf(properties: Record<string, unknown>, read: Set<string>): Reader {
  return (names, accept) => {
    for (const name of names) {
      const value = properties[name];
      if (value === undefined || value === null || value === '') continue;
      if (accept && !accept(value)) continue;
      read.add(name);
      return value;
    }
    return undefined;
  };
}

/** LocalizedText (our export) or a plain string, as German text. */
const localizedOf = (value: unknown): { de: string; en?: string } | null => {
  if (value && typeof value === 'object' && typeof (value as { de?: unknown }).de === 'string') {
    const { de, en } = value as { de: string; en?: unknown };
    return {
      de: richText(de).text,
      ...(typeof en === 'string' && en.trim() ? { en: en.trim() } : {}),
    };
  }
  const text = textOf(value);
  return text ? { de: text } : null;
};

/** A property value as one line of text: strings as they are, anything else as JSON. */
const asLine = (name: string, value: unknown): string => {
  const text = typeof value === 'string' ? value.trim() : compactJson(value, 502);
  return `${name}: ${truncate(text, 502, ' …')}`;
};

/** Our export's `{id, name}` lists (places, people), or names as strings. */
const namesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) =>
      item && typeof item === 'object'
        ? textOf((item as { name?: unknown }).name)
        : typeof item === 'string'
          ? textOf(item)
          : '',
    )
    .filter((name) => name !== '');

/** An amount as our export writes it: `{ value, currency }` with an ISO 4217 code. */
const amountOf = (value: unknown): Fact['amount'] | null => {
  if (!value || typeof value !== 'object') return null;
  const { value: number, currency } = value as { value?: unknown; currency?: unknown };
  return typeof number === 'number' &&
    Number.isFinite(number) &&
    typeof currency === 'string' &&
    /^[A-Z]{3}$/.test(currency)
    ? { value: number, currency }
    : null;
};

const isSlug = (value: unknown) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(textOf(value));

export function geoJsonToDataset(
  file: Feature | { features: unknown[] },
  name: string,
): { dataset: unknown; report: ImportReport } {
  const features = ('features' in file ? file.features : [file]).filter(
    (feature): feature is Feature => typeof feature === 'object' && feature !== null,
  );
  const fileSource: Source = { id: 'datei', title: name, kind: DERIVED.sourceKind.geojson };
  const builder = createDatasetBuilder(fileSource);
  const sources = new Map<string, Source>([[fileSource.id, fileSource]]);
  /** Title and address → source id, for the sources the features name. */
  const sourceKeys = new Map<string, string>();
  const byFact = new Map<string, Fact & { places: string[] }>();
  let skipped = ('features' in file ? file.features.length : 1) - features.length;
  let unreadDates = 0;
  let reducedDates = 0;
  let pointsFromShapes = 0;
  let invalidCoordinates = 0;
  /** Category id → both labels, when the file gives them (our export's `category_label`). */
  const labels = new Map<string, { de: string; en?: string }>();
  // Members of the collection itself (`bbox`, `crs`, a feed's `metadata`) have no place.
  const dropped = new Set(
    Object.keys(file).filter(
      (key) => !['type', 'features', 'geometry', 'properties', 'id'].includes(key),
    ),
  );

  features.forEach((feature, n) => {
    const properties =
      feature.properties && typeof feature.properties === 'object' ? feature.properties : {};
    const read = new Set<string>();
    const pick = readerOf(properties, read);
    let located: ReturnType<typeof representativePoint>;
    try {
      located = representativePoint(feature.geometry);
    } catch (error) {
      if (error instanceof ImportFault)
        throw new ImportFault({ ...error.issue, path: `features[${n}].${error.issue.path}` });
      throw error;
    }
    if (!located && feature.geometry && typeof feature.geometry === 'object')
      invalidCoordinates += 1;
    // Our own export: one feature per fact and place, the fact named in `fact`.
    const exported = textOf(properties.fact) !== '' && Array.isArray(properties.evidence);
    const title = localizedOf(pick(NAMES.title));
    const description = pick(NAMES.description);
    const described = richText(
      description && typeof description === 'object'
        ? (description as { de?: unknown }).de
        : description,
    );
    // Our export writes the markup apart (`summary_html`), beside the plain summary.
    const exportedHtml = textOf((pick(['summary_html']) as { de?: unknown } | undefined)?.de);
    const body = exportedHtml ? { text: described.text, html: exportedHtml } : described;
    if (!title && body.text === '' && !located) {
      skipped += 1;
      return;
    }
    if (located?.shape) pointsFromShapes += 1;
    // Without a geometry only a `place` property names a place (looked up by the gazetteer).
    const placeName = textOf(pick(NAMES.place)) || (located ? (title?.de ?? '') : '');
    const placeId = located || placeName ? builder.place(placeName, located?.point) : null;
    // One fact drawn at several places comes back as one feature per place: merged only when
    // the file is our export; other files may share ids by mistake, and both features are kept.
    const givenId = exported ? textOf(pick(['fact'])) : textOf(feature.id);
    const known = exported ? byFact.get(givenId) : undefined;
    if (known) {
      if (placeId && !known.places.includes(placeId)) known.places.push(placeId);
      return;
    }
    if (exported)
      for (const key of ['place_id', 'places', 'quote', 'source', 'source_url', 'category'])
        read.add(key);

    const time = timeOf(pick);
    if (time.unread) unreadDates += 1;
    if (time.reduced) reducedDates += 1;
    const categoryLabel = localizedOf(pick(NAMES.category));
    const category = builder.category(categoryLabel?.de ?? '', FEATURES);
    if (categoryLabel?.en) labels.set(category, categoryLabel);
    // An address, a media object, or our export's list of them (the first is kept).
    const given = pick(NAMES.media);
    const media = mediaFrom(
      typeof given === 'string' ? { url: given } : Array.isArray(given) ? given[0] : given,
    );
    const kind = pick(['kind'], isSlug);
    const amount = amountOf(pick(['amount'], (value) => amountOf(value) !== null));
    const people = namesOf(pick(['people'], (value) => namesOf(value).length > 0));
    const titleEn = textOf(pick(['title_en']));
    const evidence = evidenceOf(pick, sources, sourceKeys, fileSource);
    const unread = Object.entries(properties)
      .filter(([key, value]) => !read.has(key) && value !== null && value !== '')
      .map(([key, value]) => asLine(key, value));
    const lines: (string | LocalizedText)[] = time.unread
      ? [DERIVED.dateAsGiven(time.unread), ...unread]
      : unread;
    const fact: Fact & { places: string[] } = {
      id: builder.factId(givenId || title?.de || placeName),
      kind: kind === undefined ? 'event' : textOf(kind),
      category,
      title: title
        ? { ...title, ...(titleEn ? { en: titleEn } : {}) }
        : placeName
          ? { de: placeName }
          : DERIVED.feature(builder.facts.length + 1),
      ...summaryFields(body, lines),
      ...(time.value ? { time: time.value } : {}),
      places: placeId ? [placeId] : [],
      entities: people.map((person) => builder.entity(person)),
      ...(amount ? { amount } : {}),
      ...(media ? { media: [media] } : {}),
      evidence,
    };
    builder.fact(fact);
    if (exported) byFact.set(givenId, fact);
  });

  const dataset = builder.build({ title: name });
  // Sources named by the features join the file itself.
  const used = new Set(dataset.facts.flatMap((fact) => fact.evidence.map((e) => e.source)));
  return {
    dataset: {
      ...dataset,
      categories: dataset.categories.map((c) => ({ ...c, label: labels.get(c.id) ?? c.label })),
      sources: [...sources.values()].filter((source) => used.has(source.id)),
    },
    report: {
      format: 'geojson',
      items: dataset.facts.length,
      eras: 0,
      undated: dataset.facts.filter((fact) => !fact.time).length,
      skipped,
      unreadDates,
      reducedDates,
      invalidCoordinates,
      pointsFromShapes,
      dropped: [...dropped],
    },
  };
}

/** A date as epoch milliseconds (USGS feeds' `time`), to the minute in UTC. */
function dateFromEpoch(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || Number.isNaN(date.getTime()) || year < 1 || year > 9999) return null;
  return date.toISOString().slice(0, 16);
}

/** Whether a value reads as a date: `from`/`to` may as well name places ("from: Berlin"). */
const isDate = (value: unknown) => partialDateFromText(value) !== null;
/** The start and end names that are always dates; `from` and `to` only when they read as one. */
const START_NAMES = NAMES.start.filter((n) => n !== 'from');
const END_NAMES = NAMES.end.filter((n) => n !== 'to');

/**
 * The time from a `time` object (our export), a date, start and end, or a `time` written as
 * text or as epoch milliseconds.
 */
function timeOf(pick: Reader): { value?: Fact['time']; unread?: string; reduced?: boolean } {
  const exported = pick(
    ['time'],
    (value) => typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string',
  );
  if (exported !== undefined) return { value: exported as Fact['time'] };
  const start = pick(START_NAMES) ?? pick(['from'], isDate);
  const date =
    pick(NAMES.date) ??
    start ??
    pick(['time'], (value) => typeof value === 'string' || typeof value === 'number');
  if (date === undefined) return {};
  if (typeof date === 'number' && Math.abs(date) >= 1e10) {
    const from = dateFromEpoch(date);
    return from ? { value: timeFrom(from, null) } : { unread: String(date) };
  }
  const from = dateTextChecked(date);
  if (from.date === null) return { unread: textOf(date) || compactJson(date, 80) };
  const end = pick(END_NAMES) ?? pick(['to'], isDate);
  const to = end === undefined ? null : dateTextChecked(end);
  return {
    value: timeFrom(from.date, to?.date ?? null),
    reduced: from.reduced || (to?.reduced ?? false),
  };
}

/** Our export's evidence (quotes and their sources), a source and quote by name, or the file. */
function evidenceOf(
  pick: Reader,
  sources: Map<string, Source>,
  sourceKeys: Map<string, string>,
  fileSource: Source,
): Evidence[] {
  // The same title and address is one source; looked up by key, not by a walk (a file may
  // have 100,000 features).
  const sourceFor = (
    title: string,
    url: string,
    kind: Source['kind'] = DERIVED.sourceKind.file,
  ): string => {
    const key = `${title}\u0000${url}`;
    let id = sourceKeys.get(key);
    if (id === undefined) {
      id = freeSlug(slugify(title), sources);
      sources.set(id, { id, title, kind, ...(/^https?:\/\//i.test(url) ? { url } : {}) });
      sourceKeys.set(key, id);
    }
    return id;
  };
  const exported = pick(['evidence'], Array.isArray) as unknown[] | undefined;
  if (exported) {
    const found = exported.flatMap((item): Evidence[] => {
      if (!item || typeof item !== 'object') return [];
      const record = item as Record<string, unknown>;
      const title = textOf(record.source_title) || textOf(record.source);
      if (!title) return [];
      const quote = textOf(record.quote);
      const id = sourceFor(
        title,
        textOf(record.source_url),
        localizedOf(record.source_kind) ?? DERIVED.sourceKind.file,
      );
      return [{ source: id, ...(quote ? { quote } : {}) }];
    });
    if (found.length > 0) return found;
  }
  const title = textOf(pick(NAMES.source));
  if (title) {
    const quote = textOf(pick(NAMES.quote));
    return [
      {
        source: sourceFor(title, textOf(pick(NAMES.sourceUrl))),
        ...(quote ? { quote } : {}),
      },
    ];
  }
  return [{ source: fileSource.id }];
}
