import search from 'approx-string-match';

/**
 * Quotes anchored in a source text the way W3C Web Annotation does it: a TextPositionSelector
 * (`start`, `end`: UTF-16 code units, as `text.slice` counts) and a TextQuoteSelector (`quote`
 * with the `prefix` and `suffix` that make it unique). Offsets alone shift when a text changes
 * (recogito-js #109); a quote alone is ambiguous ("Artern" twice); both together re-anchor in
 * graded steps, and a fuzzy match is offered for review, never attached silently.
 */

export interface TextQuote {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly suffix: string;
}

/** One canonical form per source text: NFC, and every line end as "\n". */
export function canonicalText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Combining marks (an accent typed after its letter) belong to the character before them. */
const isMark = (ch: string | undefined) => ch !== undefined && /\p{M}/u.test(ch);

/** A boundary moved off the middle of a surrogate pair or a letter and its accents. */
function snap(text: string, at: number, direction: -1 | 1): number {
  let i = Math.max(0, Math.min(text.length, at));
  const inside = () =>
    i > 0 &&
    i < text.length &&
    ((isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) || isMark(text[i]));
  while (inside()) i += direction;
  return i;
}

function occurrences(text: string, needle: string, limit = 2): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit;) {
    found.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return found;
}

const CONTEXT_STEPS = [0, 8, 16, 32, 64] as const;

/**
 * The quote of `text` between `start` and `end`, its edges trimmed of white space and kept off
 * the middle of a character, with the shortest context (up to 64 units a side) that makes it
 * unique in the text; `null` when nothing but white space is selected.
 */
export function quoteAt(text: string, start: number, end: number): TextQuote | null {
  let from = snap(text, Math.min(start, end), -1);
  let to = snap(text, Math.max(start, end), 1);
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  if (from === to) return null;
  const quote = text.slice(from, to);
  let prefix = '';
  let suffix = '';
  for (const size of CONTEXT_STEPS) {
    prefix = text.slice(snap(text, from - size, 1), from);
    suffix = text.slice(to, snap(text, to + size, -1));
    if (occurrences(text, prefix + quote + suffix).length === 1) break;
  }
  return { quote, start: from, end: to, prefix, suffix };
}

export type AnchorStatus = 'unchanged' | 'moved' | 'fuzzy' | 'orphaned';

export interface Reanchored {
  readonly status: AnchorStatus;
  /** Where the quote is in the new text (absent for an orphan). */
  readonly anchor?: TextQuote;
  /** For a fuzzy match: how close, 1 = equal (1 − edits / quote length). */
  readonly score?: number;
}

/** A fuzzy match is offered only this close, and only for quotes this long. */
export const MIN_FUZZY_SCORE = 0.75;
export const MIN_FUZZY_LENGTH = 12;

/** How well a candidate's surroundings match the quote's old context (0…1). */
function contextScore(text: string, start: number, end: number, old: TextQuote): number {
  const before = text.slice(Math.max(0, start - old.prefix.length), start);
  const after = text.slice(end, end + old.suffix.length);
  const same = (a: string, b: string, fromEnd: boolean) => {
    let n = 0;
    const length = Math.min(a.length, b.length);
    while (n < length && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n]))
      n += 1;
    return n;
  };
  const total = old.prefix.length + old.suffix.length;
  return total === 0
    ? 0
    : (same(before, old.prefix, true) + same(after, old.suffix, false)) / total;
}

/**
 * A quote found again in a changed text: exact at its offsets (unchanged); the exact quote
 * elsewhere, where its context or its uniqueness says which (moved); a close match above
 * `MIN_FUZZY_SCORE` (fuzzy: for the author to confirm); else orphaned.
 */
export function reanchor(text: string, old: TextQuote): Reanchored {
  const at = (start: number, end: number) => {
    const anchored = quoteAt(text, start, end);
    return anchored ?? { quote: text.slice(start, end), start, end, prefix: '', suffix: '' };
  };
  if (text.slice(old.start, old.end) === old.quote) {
    return { status: 'unchanged', anchor: at(old.start, old.end) };
  }
  const exact = occurrences(text, old.quote, 50);
  if (exact.length === 1)
    return { status: 'moved', anchor: at(exact[0]!, exact[0]! + old.quote.length) };
  if (exact.length > 1) {
    const scored = exact
      .map((start) => ({ start, score: contextScore(text, start, start + old.quote.length, old) }))
      .sort(
        (a, b) =>
          b.score - a.score || Math.abs(a.start - old.start) - Math.abs(b.start - old.start),
      );
    const [best, next] = scored;
    // The context tells one occurrence from the others: moved. Otherwise it is a guess.
    const anchor = at(best!.start, best!.start + old.quote.length);
    return best!.score > (next?.score ?? 0)
      ? { status: 'moved', anchor }
      : { status: 'fuzzy', anchor, score: 1 };
  }
  if (old.quote.length < MIN_FUZZY_LENGTH) return { status: 'orphaned' };
  const maxErrors = Math.floor(old.quote.length * (1 - MIN_FUZZY_SCORE));
  const matches = search(text, old.quote, maxErrors);
  if (matches.length === 0) return { status: 'orphaned' };
  const best = matches
    .map((m) => ({
      ...m,
      context: contextScore(text, m.start, m.end, old),
      distance: Math.abs(m.start - old.start),
    }))
    .sort((a, b) => a.errors - b.errors || b.context - a.context || a.distance - b.distance)[0]!;
  const score = 1 - best.errors / old.quote.length;
  if (score < MIN_FUZZY_SCORE) return { status: 'orphaned' };
  return { status: 'fuzzy', anchor: at(best.start, best.end), score };
}

/** A stretch of the text and the passages (by index) that cover it, for drawing highlights. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly covers: readonly number[];
}

/** The text cut where any passage starts or ends; overlapping passages cover one stretch together. */
export function segments(
  length: number,
  passages: readonly { readonly start: number; readonly end: number }[],
): Segment[] {
  const cuts = new Set([0, length]);
  for (const p of passages) {
    if (p.start < p.end && p.start >= 0 && p.end <= length) {
      cuts.add(p.start);
      cuts.add(p.end);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covers = passages.flatMap((p, n) =>
      p.start <= start && p.end >= end && p.start < p.end ? [n] : [],
    );
    out.push({ start, end, covers });
  }
  return out;
}
