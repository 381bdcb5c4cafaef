import type { Evidence, Fact, Source } from '@/domain/dataset-schema';
import { slugify } from '@/domain/csv-dataset';
import type { ImportReport } from './import-report';
import { truncate } from '@/domain/truncate';
import type { LocalizedText } from '@/domain/lang';
import {
  createDatasetBuilder,
  DERIVED,
  mediaFrom,
  partialDateFromText,
  richText,
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
/** Our export's own fields, read as the fact they came from (not kept as text). */
const EXPORT_FIELDS = [
  'fact',
  'kind',
  'title_en',
  'time',
  'place_id',
  'places',
  'people',
  'amount',
  'evidence',
  'summary_html',
];
const KNOWN = new Set<string>([...Object.values(NAMES).flat(), ...EXPORT_FIELDS]);
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

/** Signed area and centroid of a ring (shoelace), in degrees. */
function ringCentroid(ring: Position[]): { area: number; point: [number, number] } | null {
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
    return first ? { area: 0, point: [first[0]!, first[1]!] } : null;
  }
  return { area: Math.abs(area / 2), point: [x / (3 * area), y / (3 * area)] };
}

/** The point a geometry is drawn at, and whether it was a shape (a line or an area). */
export function representativePoint(
  geometry: Geometry | null | undefined,
): { point: [number, number]; shape: boolean } | null {
  if (!geometry || typeof geometry !== 'object') return null;
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
        const found = representativePoint(part as Geometry);
        if (found) return { point: found.point, shape: true };
      }
      return null;
    }
    default:
      return null;
  }
}

const pick = (properties: Record<string, unknown>, names: readonly string[]): unknown => {
  for (const name of names) {
    const value = properties[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
};

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
  const text = typeof value === 'string' ? value.trim() : JSON.stringify(value);
  return `${name}: ${truncate(text, 502, ' …')}`;
};

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
  let pointsFromShapes = 0;
  /** Category id → both labels, when the file gives them (our export's `category_label`). */
  const labels = new Map<string, { de: string; en?: string }>();

  for (const feature of features) {
    const properties =
      feature.properties && typeof feature.properties === 'object' ? feature.properties : {};
    const located = representativePoint(feature.geometry);
    const title = localizedOf(pick(properties, NAMES.title));
    const described = richText(
      typeof pick(properties, NAMES.description) === 'object'
        ? (pick(properties, NAMES.description) as { de?: unknown }).de
        : pick(properties, NAMES.description),
    );
    // Our export writes the markup apart (`summary_html`), beside the plain summary.
    const exportedHtml = textOf((properties.summary_html as { de?: unknown } | undefined)?.de);
    const body = exportedHtml ? { text: described.text, html: exportedHtml } : described;
    if (!title && body.text === '' && !located) {
      skipped += 1;
      continue;
    }
    if (located?.shape) pointsFromShapes += 1;
    // Without a geometry only a `place` property names a place (looked up by the gazetteer).
    const placeName = textOf(pick(properties, NAMES.place)) || (located ? (title?.de ?? '') : '');
    const placeId = located || placeName ? builder.place(placeName, located?.point) : null;
    // One fact drawn at several places comes back as one feature per place (our export).
    const givenId = textOf(properties.fact) || textOf(feature.id);
    const known = givenId ? byFact.get(givenId) : undefined;
    if (known) {
      if (placeId && !known.places.includes(placeId)) known.places.push(placeId);
      continue;
    }

    const time = timeOf(properties);
    if (time.unread) unreadDates += 1;
    const unknown = Object.entries(properties)
      .filter(([key, value]) => !KNOWN.has(key) && value !== null && value !== '')
      .map(([key, value]) => asLine(key, value));
    const lines: (string | LocalizedText)[] = time.unread
      ? [DERIVED.dateAsGiven(time.unread), ...unknown]
      : unknown;
    const categoryLabel = localizedOf(pick(properties, NAMES.category));
    const category = builder.category(categoryLabel?.de ?? '', FEATURES);
    if (categoryLabel?.en) labels.set(category, categoryLabel);
    // An address, a media object, or our export's list of them (the first is kept).
    const given = pick(properties, NAMES.media);
    const media = mediaFrom(
      typeof given === 'string' ? { url: given } : Array.isArray(given) ? given[0] : given,
    );
    const fact: Fact & { places: string[] } = {
      id: builder.factId(givenId || title?.de || placeName),
      kind: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(textOf(properties.kind))
        ? textOf(properties.kind)
        : 'event',
      category,
      title: title
        ? { ...title, ...(textOf(properties.title_en) ? { en: textOf(properties.title_en) } : {}) }
        : placeName
          ? { de: placeName }
          : DERIVED.feature(builder.facts.length + 1),
      ...summaryFields(body, lines),
      ...(time.value ? { time: time.value } : {}),
      places: placeId ? [placeId] : [],
      entities: [],
      ...(media ? { media: [media] } : {}),
      evidence: evidenceOf(properties, sources, sourceKeys, fileSource),
    };
    builder.fact(fact);
    if (givenId) byFact.set(givenId, fact);
  }

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
      pointsFromShapes,
      dropped: [],
    },
  };
}

/** The time from a `time` object (our export), a date, or start and end. */
function timeOf(properties: Record<string, unknown>): { value?: Fact['time']; unread?: string } {
  const exported = properties.time;
  if (
    exported &&
    typeof exported === 'object' &&
    typeof (exported as { type?: unknown }).type === 'string'
  ) {
    return { value: exported as Fact['time'] };
  }
  const start = pick(properties, NAMES.start);
  const date = pick(properties, NAMES.date) ?? start;
  if (date === undefined) return {};
  const from = partialDateFromText(date);
  if (from === null) return { unread: textOf(date) || JSON.stringify(date) };
  const end = pick(properties, NAMES.end);
  const to = end === undefined ? null : partialDateFromText(end);
  return { value: timeFrom(from, to) };
}

/** Our export's evidence (quotes and their sources), a source and quote by name, or the file. */
function evidenceOf(
  properties: Record<string, unknown>,
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
      const base = slugify(title);
      id = base;
      for (let n = 2; sources.has(id); n++) id = `${base}-${n}`;
      sources.set(id, { id, title, kind, ...(/^https?:\/\//i.test(url) ? { url } : {}) });
      sourceKeys.set(key, id);
    }
    return id;
  };
  if (Array.isArray(properties.evidence)) {
    const found = properties.evidence.flatMap((item): Evidence[] => {
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
  const title = textOf(pick(properties, NAMES.source));
  if (title) {
    const quote = textOf(pick(properties, NAMES.quote));
    return [
      {
        source: sourceFor(title, textOf(pick(properties, NAMES.sourceUrl))),
        ...(quote ? { quote } : {}),
      },
    ];
  }
  return [{ source: fileSource.id }];
}
