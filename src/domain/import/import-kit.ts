import type {
  Category,
  Dataset,
  Entity,
  Era,
  Fact,
  Media,
  Place,
  Source,
} from '../dataset/dataset-schema';
import { foldText } from '../dataset/search';
import {
  formatPartialDateIso,
  isPartialDate,
  parsePartialDate,
  partialDateInterval,
} from '../time/partial-date';
import type { Lang, LocalizedText } from '../text/lang';
import type { DatasetIssue } from '../dataset/dataset-issue';
import { datasetTextLang } from './detect-lang';
import { hasMarkup, htmlToText } from './html-text';
import { mediaKindOf } from '../dataset/media';

/**
 * What every importer shares: unique slugs, text from HTML fields, dates from parts, media
 * kinds, places by name and point, categories by group. Importers stay pure: the dataset they
 * make is validated like any other file.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Nesting an importer follows at most (geometry collections, values written as text). */
export const MAX_DEPTH = 32;

/** A problem of the file that ends its import, thrown from deep inside an importer. */
export class ImportFault extends Error {
  constructor(readonly issue: DatasetIssue) {
    super(`${issue.path}: ${issue.code}`);
  }
}

/**
 * A value as compact JSON for a line of text, at most `max` characters and `MAX_DEPTH` deep
 * ("…" marks what is left out): a property nested 100,000 arrays deep costs what it shows.
 */
export function compactJson(value: unknown, max: number): string {
  let out = '';
  const write = (v: unknown, depth: number): void => {
    if (out.length > max) return;
    if (Array.isArray(v) || (v !== null && typeof v === 'object')) {
      if (depth >= MAX_DEPTH) {
        out += '…';
        return;
      }
      const array = Array.isArray(v);
      out += array ? '[' : '{';
      let first = true;
      for (const [key, item] of array ? v.entries() : Object.entries(v)) {
        if (out.length > max) break;
        if (!first) out += ',';
        first = false;
        if (!array) out += `${JSON.stringify(key)}:`;
        write(item, depth + 1);
      }
      out += array ? ']' : '}';
      return;
    }
    out += JSON.stringify(v) ?? 'null';
  };
  write(value, 0);
  return out;
}

/**
 * A stable slug from free text: "Roßleben (Kyffhäuser)" → "rossleben-kyffhauser". Cut to 80
 * characters first and trimmed after, so a long title never leaves an id ending in "-".
 */
export function slugify(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 80)
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/**
 * An amount with a decimal comma, as German spreadsheets write it: "1234,5", "1.234,5",
 * "1.234.567"; `null` for anything else (a plain "1234.5" is read as written).
 */
export function germanAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^[+-]?\d+,\d+$/.test(compact)) return Number(compact.replace(',', '.'));
  if (
    /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(compact) &&
    (compact.includes(',') || /\..*\./.test(compact))
  )
    return Number(compact.replace(/\./g, '').replace(',', '.'));
  return null;
}

/** `base`, or the first of "base-2", "base-3", … that `taken` does not hold. */
export function freeSlug(base: string, taken: { has(id: string): boolean }): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Slugs unique within one namespace: "besuch", "besuch-2", … */
export function uniqueIds(): (text: string, fallback: string) => string {
  const taken = new Set<string>();
  return (text, fallback) => {
    const id = freeSlug(text.trim() === '' ? fallback : slugify(text), taken);
    taken.add(id);
    return id;
  };
}

/**
 * Characters that show nothing: zero-width spaces and joiners, bidi marks, the soft hyphen,
 * word joiners, Hangul and Braille blanks. A title of only these is no title.
 */
const INVISIBLE = /^[\s\p{Cf}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** A field as imports find it: text, a number, or anything else (ignored); blank text is "". */
export function textOf(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.trim();
    return INVISIBLE.test(text) ? '' : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Plain text and, when the field had markup, the markup too (for the details). */
export function richText(value: unknown): { text: string; html?: string } {
  const raw = textOf(value);
  if (!hasMarkup(raw)) return { text: htmlToText(raw) };
  return { text: htmlToText(raw), html: raw };
}

export interface DateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
}

const int = (value: unknown): number | null => {
  const text = textOf(value);
  return /^[+-]?\d+$/.test(text) ? Number(text) : null;
};

/**
 * A partial date from TimelineJS's parts: `{ year: -44, month: 3, day: 15 }` → `-0044-03-15`.
 * Coarser parts are kept when finer ones are missing or wrong (a day without a month is
 * dropped); `null` without a year, for year 0 and for years beyond four digits.
 */
export function partialDateFromParts(parts: DateParts): string | null {
  return datePartsChecked(parts).date;
}

/**
 * The date of `partialDateFromParts`, and whether a part given was wrong and left out (month
 * 13, 31 February): the import report counts those, since the date shown is coarser than written.
 */
export function datePartsChecked(parts: DateParts): { date: string | null; reduced: boolean } {
  const none = { date: null, reduced: false };
  const year = int(parts.year);
  if (year === null || year === 0 || Math.abs(year) > 9999) return none;
  const candidates: string[] = [];
  const yearText = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
  candidates.push(yearText);
  const month = int(parts.month);
  if (month !== null) {
    const monthText = `${yearText}-${String(month).padStart(2, '0')}`;
    candidates.push(monthText);
    const day = int(parts.day);
    if (day !== null) {
      const dayText = `${monthText}-${String(day).padStart(2, '0')}`;
      candidates.push(dayText);
      const hour = int(parts.hour);
      if (hour !== null) {
        const minute = int(parts.minute) ?? 0;
        candidates.push(
          `${dayText}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
        );
      }
    }
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const parsed = parsePartialDate(candidates[i]!);
    if (parsed) return { date: formatPartialDateIso(parsed), reduced: i < candidates.length - 1 };
  }
  return none;
}

/** Month names and abbreviations, German and English, lower case → 1…12. */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['january', 'januar', 'jan', 'jänner'],
    ['february', 'februar', 'feb'],
    ['march', 'märz', 'mar', 'mär', 'maerz'],
    ['april', 'apr'],
    ['may', 'mai'],
    ['june', 'juni', 'jun'],
    ['july', 'juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oktober', 'oct', 'okt'],
    ['november', 'nov'],
    ['december', 'dezember', 'dec', 'dez'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/**
 * A date written as text, as StoryMapJS slides and GeoJSON properties have them: ISO partial
 * dates, `1804`, `May 14, 1804`, `14 May 1804`, `14. Mai 1804`, `14.05.1804`, `1804-05-14T10:30`
 * (seconds and zones dropped), `44 BC` / `44 v. Chr.`. `null` for anything else ("Spring 1804").
 */
export function partialDateFromText(value: unknown): string | null {
  return dateTextChecked(value).date;
}

/**
 * A date as a person types it or a spreadsheet writes it: the format's partial dates as they
 * are, else "19.03.2018", "19. März 2018", "44 v. Chr."; `null` for anything else, an
 * impossible day or month too ("32.13.2018" is a mistake to say, not a year to keep).
 */
export function readWrittenDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (isPartialDate(trimmed)) return trimmed;
  const read = dateTextChecked(trimmed);
  return read.date !== null && !read.reduced ? read.date : null;
}

/** The date of `partialDateFromText`, and whether a wrong day or month was left out. */
export function dateTextChecked(value: unknown): { date: string | null; reduced: boolean } {
  const none = { date: null, reduced: false };
  const exact = (date: string) => ({ date, reduced: false });
  const text = textOf(value).replace(/\s+/g, ' ');
  if (text === '' || text.length > 64) return none;
  const iso =
    /^(-?\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?)(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (iso && parsePartialDate(iso[1]!)) return exact(iso[1]!);
  const era = /^(\d{1,4})\s*(?:BC|BCE|v\.\s?Chr\.|v\.\s?u\.\s?Z\.)$/i.exec(text);
  if (era) return datePartsChecked({ year: -Number(era[1]) });
  if (/^\d{1,4}$/.test(text)) return datePartsChecked({ year: text });
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return datePartsChecked({ year: dotted[3], month: dotted[2], day: dotted[1] });
  // "03.2018": a month, as German spreadsheets write one.
  const dottedMonth = /^(\d{1,2})\.(\d{4})$/.exec(text);
  if (dottedMonth) return datePartsChecked({ year: dottedMonth[2], month: dottedMonth[1] });
  const month = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];
  const mdy = /^([\p{L}.]+) (\d{1,2}),? (\d{4})$/u.exec(text);
  if (mdy && month(mdy[1]!))
    return datePartsChecked({ year: mdy[3], month: month(mdy[1]!), day: mdy[2] });
  const dmy = /^(\d{1,2})\.? ([\p{L}.]+),? (\d{4})$/u.exec(text);
  if (dmy && month(dmy[2]!))
    return datePartsChecked({ year: dmy[3], month: month(dmy[2]!), day: dmy[1] });
  const my = /^([\p{L}.]+),? (\d{4})$/u.exec(text);
  if (my && month(my[1]!)) return datePartsChecked({ year: my[2], month: month(my[1]!) });
  return none;
}

/** TimelineJS's and StoryMapJS's media object; `null` without an address. */
export function mediaFrom(value: unknown): Media | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const url = textOf(record.url);
  // A media "url" may be an embed snippet (an <iframe> or <blockquote>): its first address.
  const address = url.startsWith('<') ? (/\b(?:src|href)="([^"]+)"/i.exec(url)?.[1] ?? '') : url;
  if (address === '') return null;
  const plain = (field: unknown) => htmlToText(textOf(field));
  const caption = plain(record.caption);
  const credit = plain(record.credit);
  const alt = plain(record.alt) || plain(record.title);
  const thumbnail = textOf(record.thumbnail);
  return {
    url: address,
    kind: mediaKindOf(address),
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(alt ? { alt } : {}),
    ...(thumbnail ? { thumbnail } : {}),
  };
}

/** "51.3660, 11.2920" (latitude, longitude); without a point, "#3". */
function unnamedPlace(coordinates: readonly [number, number] | undefined, n: number): string {
  return coordinates ? `${coordinates[1].toFixed(4)}, ${coordinates[0].toFixed(4)}` : `#${n}`;
}

/** The dataset an importer fills, with its lookups. */
export function createDatasetBuilder(fileSource: Source) {
  const factIds = uniqueIds();
  const placeIds = uniqueIds();
  const categoryIds = uniqueIds();
  const eraIds = uniqueIds();
  const entityIds = uniqueIds();
  const entities = new Map<string, Entity>();
  const categories = new Map<string, Category>();
  const places = new Map<string, Mutable<Place>>();
  const facts: Fact[] = [];
  const eras: Era[] = [];

  return {
    factId: (text: string) => factIds(text, `fakt-${facts.length + 1}`),
    /**
     * The category of a group name, made on first use. No group is the default ("Ereignisse"),
     * and a group named like the default ("Ereignisse", "Events") is the same category.
     */
    category(group: string, fallback: { de: string; en: string }): string {
      const folded = foldText(group);
      const key =
        folded === '' || folded === foldText(fallback.en) ? foldText(fallback.de) : folded;
      let category = categories.get(key);
      if (!category) {
        category = {
          id: categoryIds(group, slugify(fallback.de)),
          label: group === '' ? fallback : { de: group },
        };
        categories.set(key, category);
      }
      return category.id;
    },
    /**
     * A place by name and point: the same name at the same point is one place. Without a
     * point the gazetteer looks it up when the dataset opens.
     */
    place(name: string, coordinates?: readonly [number, number]): string {
      const key = `${foldText(name)}\u0000${coordinates?.join(',') ?? ''}`;
      let place = places.get(key);
      if (!place) {
        place = {
          id: placeIds(name, `ort-${places.size + 1}`),
          // Unnamed: its coordinates, as maps write them in any language.
          name: name || unnamedPlace(coordinates, places.size + 1),
          kind: 'other',
          ...(coordinates ? { coordinates: [coordinates[0], coordinates[1]] } : {}),
        };
        places.set(key, place);
      }
      return place.id;
    },
    /** A person (or organisation) by name, made on first use. */
    entity(name: string): string {
      const key = foldText(name);
      let entity = entities.get(key);
      if (!entity) {
        entity = { id: entityIds(name, `person-${entities.size + 1}`), name, kind: 'person' };
        entities.set(key, entity);
      }
      return entity.id;
    },
    era(title: string, start: string, end: string) {
      eras.push({
        id: eraIds(title, `epoche-${eras.length + 1}`),
        title: { de: title },
        start,
        end,
      });
    },
    fact(fact: Fact) {
      facts.push(fact);
    },
    /** Evidence that names the file as the source, without a quote (imports have none). */
    evidence: () => [{ source: fileSource.id }],
    /** The dataset; its `lang` is read from its text, what the file declares when the text says too little. */
    build(head: { title: string; description?: string; lang?: Lang | null }): Dataset {
      return {
        format: 'kartenchronik-dataset',
        version: 1,
        lang: datasetTextLang(facts, head.lang ?? null),
        title: { de: head.title },
        ...(head.description ? { description: { de: head.description } } : {}),
        categories: [...categories.values()],
        sources: [fileSource],
        places: [...places.values()],
        entities: [...entities.values()],
        facts,
        ...(eras.length > 0 ? { eras } : {}),
      };
    },
    get facts(): readonly Fact[] {
      return facts;
    },
    get eraCount() {
      return eras.length;
    },
  };
}

export type DatasetBuilder = ReturnType<typeof createDatasetBuilder>;

/**
 * Words the importers write themselves (not the file's text), in both UI languages, so the
 * English UI shows no German word the file did not bring.
 */
export const DERIVED = {
  sourceKind: {
    timelinejs: { de: 'TimelineJS-Zeitleiste', en: 'TimelineJS timeline' },
    'timelinejs-sheet': { de: 'TimelineJS-Tabelle', en: 'TimelineJS sheet' },
    storymap: { de: 'StoryMapJS-Geschichte', en: 'StoryMapJS story' },
    geojson: { de: 'GeoJSON', en: 'GeoJSON' },
    file: { de: 'Quelle', en: 'Source' },
  },
  dateAsGiven: (text: string): LocalizedText => ({
    de: `Datum laut Datei: ${text}`,
    en: `Date as given in the file: ${text}`,
  }),
  event: (n: number): LocalizedText => ({ de: `Ereignis ${n}`, en: `Event ${n}` }),
  feature: (n: number): LocalizedText => ({ de: `Objekt ${n}`, en: `Feature ${n}` }),
} as const;

/**
 * A text (and its markup) as the fact's summary fields. `extra` lines are added below it:
 * the file's own words as they are, the importer's words in both languages.
 */
export function summaryFields(
  text: { text: string; html?: string },
  extra: readonly (string | LocalizedText)[] = [],
) {
  const lines = (lang: 'de' | 'en') =>
    extra.map((line) => (typeof line === 'string' ? line : (line[lang] ?? line.de)));
  const translated = extra.some((line) => typeof line !== 'string');
  const join = (more: readonly string[]) =>
    [text.text, ...more].filter((line) => line !== '').join('\n\n');
  const summary = join(lines('de'));
  if (summary === '') return {};
  const html = (more: readonly string[]) =>
    [text.html, ...more.map((line) => `<p>${escapeText(line)}</p>`)].join('');
  return {
    summary: { de: summary, ...(translated ? { en: join(lines('en')) } : {}) },
    ...(text.html
      ? {
          summaryHtml: {
            de: html(lines('de')),
            ...(translated ? { en: html(lines('en')) } : {}),
          },
        }
      : {}),
  };
}

/** Text as HTML text (for a line added to imported markup). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The time of a fact from its start and optional end date. An end before the start (a typo in
 * a spreadsheet) is not trusted: the fact keeps its start as a point.
 */
export function timeFrom(start: string | null, end: string | null): Fact['time'] {
  if (start === null) return undefined;
  if (end === null || end === start) return { type: 'point', date: start };
  const from = partialDateInterval(parsePartialDate(start)!);
  const to = partialDateInterval(parsePartialDate(end)!);
  if (to.end <= from.start) return { type: 'point', date: start };
  return { type: 'range', start, end };
}
