import type { Evidence, Source } from '../dataset/dataset-schema';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../time/partial-date';
import { localize, type Lang } from '../text/lang';
import type { Translate } from '../text/messages';

/**
 * Citations of a dataset's sources: a sentence in the UI's language, CSL-JSON (what Zotero,
 * Mendeley and citeproc read) and BibTeX. Partial dates stay partial (`date-parts` of one or
 * two parts, BibTeX without a day), and an inferred date is marked `circa` with its reason,
 * never passed off as stated.
 */

/** CSL-JSON's date: `date-parts` of year[, month[, day]]; `circa` for an inferred date. */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
  readonly circa?: boolean;
}

/** One item of CSL-JSON (the subset a source needs). */
export interface CslItem {
  readonly id: string;
  readonly type: 'document' | 'report' | 'webpage';
  readonly title: string;
  readonly genre?: string;
  readonly publisher?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly accessed: CslDate;
  readonly note?: string;
}

function dateParts(date: PartialDate): number[] {
  return [date.year, ...(date.month ? [date.month] : []), ...(date.day ? [date.day] : [])];
}

function utcDay(now: Date): PartialDate {
  return {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    day: now.getUTCDate(),
    precision: 'day',
  };
}

/** A press release is a report in CSL's types (Zotero maps it so); other documents stay documents. */
function cslType(source: Source): CslItem['type'] {
  if (/pressemitteilung|press release/i.test(localize(source.kind, 'de'))) return 'report';
  return source.url ? 'webpage' : 'document';
}

/** The source as a CSL-JSON item; `link` (the view that cites it) goes into the note. */
export function sourceToCsl(source: Source, accessed: Date, link?: string): CslItem {
  const issued = source.date ? parsePartialDate(source.date) : null;
  const notes = [
    ...(source.dateInferred ? [`Datum erschlossen: ${localize(source.dateInferred, 'de')}`] : []),
    ...(link ? [`Zitiert nach Kartenchronik: ${link}`] : []),
  ];
  return {
    id: source.id,
    type: cslType(source),
    title: source.title,
    genre: localize(source.kind, 'de'),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(issued
      ? {
          issued: {
            'date-parts': [dateParts(issued)],
            ...(source.dateInferred ? { circa: true } : {}),
          },
        }
      : {}),
    ...(source.url ? { URL: source.url } : {}),
    accessed: { 'date-parts': [dateParts(utcDay(accessed))] },
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}

/** BibTeX's special characters, escaped so that any title survives. */
const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** In one pass, so the braces of `\textbackslash{}` are not escaped again. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIAL[char] ?? `\\${char}`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The source as a BibTeX `@misc` entry (biblatex reads it too: `urldate`, `note`). */
export function sourceToBibtex(source: Source, accessed: Date, link?: string): string {
  const issued = source.date ? parsePartialDate(source.date) : null;
  const day = utcDay(accessed);
  const iso = (n: number) => String(n).padStart(2, '0');
  const notes = [
    localize(source.kind, 'de'),
    ...(source.dateInferred ? [`Datum erschlossen: ${localize(source.dateInferred, 'de')}`] : []),
    ...(link ? [`Zitiert nach Kartenchronik: ${link}`] : []),
  ];
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(source.title)}}`],
    ...(source.publisher
      ? [['publisher', `{${bibtexEscape(source.publisher)}}`] as [string, string]]
      : []),
    ...(issued
      ? [
          ['year', `{${source.dateInferred ? `ca. ${issued.year}` : issued.year}}`] as [
            string,
            string,
          ],
          ...(issued.month ? [['month', MONTHS[issued.month - 1]!] as [string, string]] : []),
        ]
      : []),
    ...(source.url ? [['url', `{${source.url}}`] as [string, string]] : []),
    ['urldate', `{${day.year}-${iso(day.month!)}-${iso(day.day!)}}`],
    ['note', `{${bibtexEscape(notes.join('. '))}}`],
  ];
  const key = source.id.replace(/[^a-z0-9]/gi, '');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/**
 * A citation sentence in the UI's language: the source (title, kind, publisher when known,
 * date with "erschlossen" where inferred), the quote, the link to this view and the date it
 * was read. `de`: „Titel“, Pressemitteilung, März 2018 (erschlossen). Zitat: „…“. <link>,
 * abgerufen am 01.12.2026.
 */
export function formatCitation(
  source: Source,
  evidence: readonly Evidence[],
  link: string,
  accessed: Date,
  lang: Lang,
  t: Translate,
): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const issued = source.date ? parsePartialDate(source.date) : null;
  const date = issued
    ? `${formatPartialDate(issued, locale)}${source.dateInferred ? ` (${t('inferred')})` : ''}`
    : '';
  const [open, close] = lang === 'de' ? ['„', '“'] : ['“', '”'];
  const head = [
    `${open}${source.title}${close}`,
    localize(source.kind, lang),
    source.publisher,
    date,
  ]
    .filter(Boolean)
    .join(', ');
  const quotes = evidence.flatMap((e) =>
    e.quote === undefined ? [] : [`${open}${e.quote.replace(/\s+/g, ' ').trim()}${close}`],
  );
  return t(quotes.length === 0 ? 'citationTextNoQuote' : 'citationText', {
    source: head,
    quotes: quotes.join(' … '),
    link,
    accessed: formatPartialDate(utcDay(accessed), locale),
  });
}
