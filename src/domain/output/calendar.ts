import type { DatasetIndex } from '../dataset/dataset-index';
import { dayOf } from './day-date';
import { selectMapAnchor } from '../dataset/selectors';

/**
 * iCalendar (RFC 5545) for the facts that have a day date: each an all-day event. Facts at a
 * year or month are left out (an all-day event would claim a day the source does not give).
 */

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets fold with CRLF and a space, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface CalendarOptions {
  /** The link to a fact's view, for its DESCRIPTION and URL. */
  readonly linkOf: (factId: string) => string;
  /** DTSTAMP: when the file was made. */
  readonly now: Date;
}

/** The day-dated facts among `ids` (all when `null`) as an iCalendar file, and how many were left out. */
export function factsToIcs(
  index: DatasetIndex,
  ids: ReadonlySet<string> | null,
  options: CalendarOptions,
): { text: string; events: number; leftOut: number } {
  const stamp = options.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kartenchronik//Fakten//DE',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcsText(index.dataset.title.de)}`,
  ];
  let events = 0;
  let leftOut = 0;
  for (const fact of index.factsInTimeOrder) {
    if (ids !== null && !ids.has(fact.id)) continue;
    const day = dayOf(fact);
    if (!day) {
      leftOut += 1;
      continue;
    }
    events += 1;
    const places = fact.places.flatMap((id) => index.places.get(id) ?? []);
    const anchor = fact.places
      .map((id) => selectMapAnchor(index, id))
      .find((place) => place?.coordinates);
    const link = options.linkOf(fact.id);
    const quotes = fact.evidence.flatMap((e) => {
      if (e.quote === undefined) return [];
      const source = index.sources.get(e.source);
      return `„${e.quote.replace(/\s+/g, ' ').trim()}“ (${source?.title ?? e.source})`;
    });
    lines.push(
      'BEGIN:VEVENT',
      // Stable per fact and dataset: a re-import updates the event instead of doubling it.
      `UID:${fact.id}@kartenchronik`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day.start}`,
      `DTEND;VALUE=DATE:${day.end}`,
      `SUMMARY:${escapeIcsText(fact.title.de)}`,
      ...(places.length > 0
        ? [`LOCATION:${escapeIcsText(places.map((p) => p.name).join(', '))}`]
        : []),
      ...(anchor?.coordinates ? [`GEO:${anchor.coordinates[1]};${anchor.coordinates[0]}`] : []),
      `DESCRIPTION:${escapeIcsText([...quotes, link].join('\n'))}`,
      `URL:${link}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(foldIcsLine).join('\r\n')}\r\n`, events, leftOut };
}
