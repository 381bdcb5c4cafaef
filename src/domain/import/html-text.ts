/**
 * Plain text from the HTML that TimelineJS and StoryMapJS files carry in their text fields,
 * for titles, the list, search and the fact pages. It runs in the dataset worker, which has no
 * DOM: tags are dropped (block ends become line breaks) and character references decoded.
 * This is not a sanitizer and never feeds markup to the page: the details render the HTML
 * through DOMPurify (features/details/RichText.tsx).
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  copy: '©',
  reg: '®',
  deg: '°',
  euro: '€',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ccedil: 'ç',
  ntilde: 'ñ',
};

/** Decodes `&amp;`, `&#228;`, `&#xE4;` and the common named references; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Tags whose start or end is a line break in the text. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'tr',
  'table',
  'section',
  'article',
]);

const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isWordChar = (code: number) =>
  isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;

/**
 * The next position of `needle` at or after `from`, remembered: callers only move forward, so
 * the text is searched once in all (a text full of "<" without ">" costs one pass, not one per "<").
 */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** A tag at `at` ("<" then a letter, or "</" then a letter): its lower-case name and end. */
function tagAt(
  html: string,
  at: number,
  nextGt: (from: number) => number,
): { name: string; closing: boolean; nameEnd: number; end: number } | null {
  let j = at + 1;
  const closing = html.charCodeAt(j) === 0x2f;
  if (closing) j += 1;
  if (!isLetter(html.charCodeAt(j))) return null;
  const nameStart = j;
  while (j < html.length && isWordChar(html.charCodeAt(j)) && html[j] !== '_') j += 1;
  const end = nextGt(j);
  if (end === -1) return null;
  return { name: html.slice(nameStart, j).toLowerCase(), closing, nameEnd: j, end };
}

/** Whether the text holds an HTML tag (not merely a "<" in prose). Linear in the text. */
export function hasMarkup(text: string): boolean {
  const nextGt = forwardFinder(text, '>');
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    const tag = tagAt(text, lt, nextGt);
    if (tag && !isWordChar(text.charCodeAt(tag.nameEnd))) return true;
    // No ">" after this "<": no later "<" can start a tag either.
    if (nextGt(lt) === -1) return false;
  }
  return false;
}

/**
 * The text without its markup: paragraphs and line breaks as newlines, runs of spaces as one.
 * One pass over the text (a tokenizer, not regular expressions that backtrack), so a hostile
 * field of a megabyte costs milliseconds.
 */
export function htmlToText(html: string): string {
  const nextGt = forwardFinder(html, '>');
  const commentEnd = forwardFinder(html, '-->');
  // Lower-cased only once a script or style tag is met (most fields have none).
  let lower: string | undefined;
  const finders = new Map<string, (from: number) => number>();
  const bodyEnd = (name: string, from: number) => {
    lower ??= html.toLowerCase();
    let find = finders.get(name);
    if (!find) finders.set(name, (find = forwardFinder(lower, `</${name}`)));
    return find(from);
  };
  const parts: string[] = [];
  // Text from `copied` on is not yet in `parts`; a "<" that starts no tag stays in that run.
  let copied = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    // Every tag and comment ends in ">": without one after this "<", the rest is text.
    if (lt === -1 || nextGt(lt) === -1) break;
    let end = -1;
    let block = false;
    if (html.startsWith('<!--', lt)) {
      const close = commentEnd(lt + 4);
      if (close !== -1) end = close + 3;
    }
    const tag = end === -1 ? tagAt(html, lt, nextGt) : null;
    if (tag) {
      end = tag.end + 1;
      block = BLOCKS.has(tag.name);
      // Script and style bodies are code, not text.
      if (!tag.closing && (tag.name === 'script' || tag.name === 'style')) {
        const close = bodyEnd(tag.name, end);
        const closeEnd = close === -1 ? -1 : nextGt(close);
        if (closeEnd !== -1) end = closeEnd + 1;
      }
    }
    if (end === -1) {
      i = lt + 1;
      continue;
    }
    if (lt > copied) parts.push(html.slice(copied, lt));
    if (block) parts.push('\n');
    copied = i = end;
  }
  if (copied < html.length) parts.push(html.slice(copied));
  return decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
