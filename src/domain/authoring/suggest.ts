import type { Fact, Place } from '../dataset/dataset-schema';
import type { LocalizedText } from '../text/lang';
import { MONTHS } from '../import/import-kit';
import { foldText } from '../dataset/search';
import { isPartialDate, parsePartialDate } from '../time/partial-date';
import { truncate } from '../text/truncate';

/**
 * What a selected passage suggests for its fact: dates written in German or English words, the
 * places it names, a title from its sentence. Pure and offline; the editor shows each one as
 * "Vorschlag" until the author confirms it, and marks as inferred what the quote itself does
 * not say.
 */

export interface DateSuggestion {
  readonly time: NonNullable<Fact['time']>;
  /** The words it was read from ("am 19. März", "1989 bis 1999"). */
  readonly words: string;
  /** Whether the quote itself says it; otherwise only its sentence (or the source's date) does. */
  readonly inQuote: boolean;
  /** Why, when part of it comes from elsewhere (the year from the source's date). */
  readonly reason?: LocalizedText;
}

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})';
const SEASON =
  '(anfang|mitte|ende|fr\\u00fchjahr|fr\\u00fchling|sommer|herbst|winter|early|mid|late|spring|summer|autumn|fall)';

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A valid partial date from parts, or `null` (31 February, month 13). */
function dateOf(year: string, month?: number, day?: string): string | null {
  const text =
    month === undefined
      ? year
      : day === undefined
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  return isPartialDate(text) ? text : null;
}

interface Pattern {
  readonly re: RegExp;
  readonly read: (
    m: RegExpExecArray,
    sourceYear: string | null,
  ) => Omit<DateSuggestion, 'words' | 'inQuote'> | null;
}

const monthOf = (name: string) => MONTHS[name.toLowerCase()];

/** Most specific first: a range before its years, a day before its month. */
const PATTERNS: readonly Pattern[] = [
  {
    // "1989 bis 1999", "von 2009 bis 2014", "1990–1993", "from 1989 to 1999"
    re: new RegExp(`\\b${YEAR}\\s*(?:bis|–|—|-|to|until)\\s*${YEAR}\\b`, 'giu'),
    read: (m) =>
      Number(m[2]) > Number(m[1]) ? { time: { type: 'range', start: m[1]!, end: m[2]! } } : null,
  },
  {
    // "seit 2014", "since 2014": ongoing, as of the source's date
    re: new RegExp(`\\b(?:seit|since)\\s+${YEAR}\\b`, 'giu'),
    read: (m, sourceYear) =>
      sourceYear && Number(sourceYear) >= Number(m[1])
        ? {
            time: { type: 'ongoing', start: m[1]!, asOf: sourceYear },
            reason: {
              de: `„Stand“ ist das Jahr der Quelle (${sourceYear})`,
              en: `"as of" is the source's year (${sourceYear})`,
            },
          }
        : null,
  },
  {
    // "19. März 2018", "am 4. September 1786", "4 September 1786"
    re: new RegExp(`\\b${DAY}\\.?\\s+${MONTH}\\s+${YEAR}\\b`, 'giu'),
    read: (m) => {
      const date = dateOf(m[3]!, monthOf(m[2]!), m[1]);
      return date ? { time: { type: 'point', date } } : null;
    },
  },
  {
    // "March 19, 2018"
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'giu'),
    read: (m) => {
      const date = dateOf(m[3]!, monthOf(m[1]!), m[2]);
      return date ? { time: { type: 'point', date } } : null;
    },
  },
  {
    // "19.03.2018"
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/gu,
    read: (m) => {
      const date = dateOf(m[3]!, Number(m[2]), m[1]);
      return date ? { time: { type: 'point', date } } : null;
    },
  },
  {
    // "2018-03-19"
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/gu,
    read: (m) => {
      const date = dateOf(m[1]!, Number(m[2]), m[3]);
      return date ? { time: { type: 'point', date } } : null;
    },
  },
  {
    // "am 19. März" without a year: the year of the source's date
    re: new RegExp(`\\b${DAY}\\.\\s+${MONTH}(?!\\s+\\d)`, 'giu'),
    read: (m, sourceYear) => {
      const date = sourceYear ? dateOf(sourceYear, monthOf(m[2]!), m[1]) : null;
      return date
        ? {
            time: { type: 'point', date },
            reason: {
              de: `das Jahr aus dem Datum der Quelle (${sourceYear})`,
              en: `the year from the source's date (${sourceYear})`,
            },
          }
        : null;
    },
  },
  {
    // "März 2018", "in March 2018"
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'giu'),
    read: (m) => {
      const date = dateOf(m[2]!, monthOf(m[1]!));
      return date ? { time: { type: 'point', date } } : null;
    },
  },
  {
    // "Anfang 2018", "Ende des Jahres 2018", "early 2018": the year, approximate
    re: new RegExp(`\\b${SEASON}\\s+(?:des\\s+jahres\\s+|of\\s+)?${YEAR}\\b`, 'giu'),
    read: (m) => ({ time: { type: 'point', date: m[2]!, approximate: true } }),
  },
  {
    // A year alone: 1000–2099
    re: /\b(1\d{3}|20\d{2})\b/gu,
    read: (m) => ({ time: { type: 'point', date: m[1]! } }),
  },
];

/** The date suggestions of one text, most specific first, none inside a more specific one. */
function datesIn(text: string, sourceYear: string | null): Omit<DateSuggestion, 'inQuote'>[] {
  const taken: [number, number][] = [];
  const found: { at: number; order: number; suggestion: Omit<DateSuggestion, 'inQuote'> }[] = [];
  PATTERNS.forEach((pattern, order) => {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const read = pattern.read(m, sourceYear);
      if (!read) continue;
      taken.push([start, end]);
      found.push({ at: start, order, suggestion: { ...read, words: m[0] } });
    }
  });
  return found.sort((a, b) => a.order - b.order || a.at - b.at).map((f) => f.suggestion);
}

const sameTime = (a: Fact['time'], b: Fact['time']) => JSON.stringify(a) === JSON.stringify(b);

/** A sentence ends in a stop or a quotation mark; a line without one is a heading. */
const CLOSED = /[.!?:"“”»«]$/;
const isHeading = (line: string) => line.trim() !== '' && !CLOSED.test(line.trim());

/**
 * Dates the passage states, then those only its sentence states (for those the fact's date is
 * inferred from context). `sourceDate`: the source's date, for a day and month without a year.
 */
export function suggestDates(
  passage: string,
  sentence: string,
  sourceDate?: string,
  /** The text before the sentence: a report names its day once, in its first sentence. */
  before = '',
  /** The text after it: a heading's day is in the paragraph below it. */
  after = '',
): DateSuggestion[] {
  const sourceYear =
    sourceDate && parsePartialDate(sourceDate)
      ? sourceDate.slice(0, sourceDate.startsWith('-') ? 5 : 4)
      : null;
  const out: DateSuggestion[] = [];
  for (const s of datesIn(passage, sourceYear)) out.push({ ...s, inQuote: true });
  for (const s of datesIn(sentence, sourceYear))
    if (!out.some((o) => sameTime(o.time, s.time))) out.push({ ...s, inQuote: false });
  // The nearest day or month of the same section: before a sentence ("am 19. März … In der
  // ersten Einrichtung"), after a heading (a line without a closing stop). A heading before
  // the sentence starts its section: what lies before it belongs to another.
  const heading = !CLOSED.test(sentence.trim());
  const lines = before.split('\n');
  let cut = lines.length - 1;
  while (cut > 0 && !isHeading(lines[cut]!)) cut -= 1;
  const section = heading ? after.slice(0, 600) : lines.slice(cut).join('\n').slice(-600);
  const days = datesIn(section, sourceYear).filter(
    (d) => d.time.type === 'point' && d.time.date.length >= 7,
  );
  const position = (d: { words: string }) =>
    heading ? -section.indexOf(d.words) : section.lastIndexOf(d.words);
  const nearest = days.sort((a, b) => position(b) - position(a))[0];
  if (nearest && !out.some((o) => sameTime(o.time, nearest.time))) {
    out.push({
      ...nearest,
      inQuote: false,
      reason: {
        de: `aus dem Text ${heading ? 'darunter' : 'davor'} („${nearest.words}“)${nearest.reason ? `; ${nearest.reason.de}` : ''}`,
        en: `from the text ${heading ? 'below' : 'before'} ("${nearest.words}")${nearest.reason?.en ? `; ${nearest.reason.en}` : ''}`,
      },
    });
  }
  // Nothing dated in the words: what a dated document states holds as of its date.
  if (sourceDate && parsePartialDate(sourceDate)) {
    out.push({
      time: { type: 'asOf', date: sourceDate },
      words: sourceDate,
      inQuote: false,
      reason: { de: 'Stand: das Datum der Quelle', en: "as of the source's date" },
    });
  }
  return out;
}

/**
 * A sentence's bounds around [start, end): up to a full stop, question or exclamation mark,
 * or a line end. A stop after a number ("19. März") or a one-letter word ("z. B.") is none.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const endsSentence = (i: number) => {
    const ch = text[i];
    // A line is a sentence of its own: headings, list items, paragraphs of one line.
    if (ch === '\n') return true;
    if (ch !== '.' && ch !== '!' && ch !== '?') return false;
    if (!/\s/.test(text[i + 1] ?? ' ')) return false;
    if (ch === '.') {
      const word = /(\p{L}+|\d+)$/u.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
      if (/^\d+$/.test(word) || word.length === 1) return false;
    }
    return true;
  };
  let from = start;
  while (from > 0 && !endsSentence(from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !endsSentence(to)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/** A title from the sentence: its text in one line, at most 80 characters. */
export function suggestTitle(sentence: string): string {
  const line = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–•*]\s+/, '')
    .replace(/[.:;,]$/, '');
  return truncate(line, 80, '…');
}

export interface PlaceSuggestion {
  /** A place of the dataset the text names. */
  readonly placeId?: string;
  /** Or a name found in the gazetteer: a new place at this point. */
  readonly name: string;
  readonly coordinates?: readonly [number, number];
  readonly inQuote: boolean;
}

/** Words that start a place name after them: "in Artern", "nach Altenburg", "bei Leipzig". */
const LOCATIVE =
  /\b(?:in|im|nach|aus|bei|von|zu|zum|zur|am|to|at|from|near)\s+((?:\p{Lu}[\p{L}-]+)(?:\s+(?:\p{Lu}[\p{L}-]+|am|an der|bei|\(\p{L}+\)))*)/gu;

/**
 * The places a text names: the dataset's own places first (by name, case and accents folded,
 * as whole words), then names after a locative word that the gazetteer knows.
 */
export function suggestPlaces(
  passage: string,
  sentence: string,
  places: readonly Place[],
  lookup?: (name: string) => readonly { readonly coordinates: readonly [number, number] }[],
): PlaceSuggestion[] {
  const out: PlaceSuggestion[] = [];
  const scan = (text: string, inQuote: boolean) => {
    const folded = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    for (const place of places) {
      const name = ` ${foldText(place.name)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `;
      if (name.trim().length < 3 || !folded.includes(name)) continue;
      if (!out.some((o) => o.placeId === place.id))
        out.push({ placeId: place.id, name: place.name, inQuote });
    }
    if (!lookup) return;
    LOCATIVE.lastIndex = 0;
    for (let m = LOCATIVE.exec(text); m; m = LOCATIVE.exec(text)) {
      const words = m[1]!.split(/\s+/);
      // The longest run of words the gazetteer knows: "Frankfurt am Main" before "Frankfurt".
      for (let n = words.length; n > 0; n--) {
        const name = words.slice(0, n).join(' ');
        if (out.some((o) => foldText(o.name) === foldText(name))) break;
        const [best] = lookup(name);
        if (best) {
          out.push({ name, coordinates: best.coordinates, inQuote });
          break;
        }
      }
    }
  };
  scan(passage, true);
  // The sentence's other places belong to its other clauses: asked only when the quote names none.
  if (out.length === 0) scan(sentence, false);
  // "Artern" inside "Freizeitzentrum Artern": the longer name is the place meant.
  return out.filter(
    (p) =>
      !out.some(
        (q) =>
          q !== p && q.name.length > p.name.length && foldText(q.name).includes(foldText(p.name)),
      ),
  );
}
