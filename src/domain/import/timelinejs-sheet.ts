import { firstLine, parseCsv } from './csv';
import type { ImportReport } from './import-report';
import { timelineJsToDataset } from './timelinejs';

/**
 * TimelineJS's Google-Sheets template, downloaded as CSV or TSV: one row per event with the
 * columns Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background. A row of Type `title` is the title slide, `era` rows are eras. The rows become
 * TimelineJS's JSON events and go through the same import.
 */

const COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
] as const;

type Column = (typeof COLUMNS)[number];

/** Whether the first line is the template's header (by its Year and Headline columns). */
export function isTimelineJsSheet(text: string): boolean {
  const header = (parseCsv(firstLine(text)).rows[0] ?? []).map((name) => name.trim().toLowerCase());
  return header.includes('year') && header.includes('headline');
}

/** "14:30", "2:30 PM", "14:30:15" → hour and minute; `{}` for anything else. */
function timeParts(text: string): { hour?: number; minute?: number } {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return {};
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return { hour, minute };
}

export function timelineJsSheetToDataset(
  text: string,
  name: string,
): { dataset: unknown; report: ImportReport } | { error: { line: number; column: number } } {
  const { rows, error } = parseCsv(text);
  if (error) return { error };
  const [header = [], ...body] = rows;
  const at = new Map<Column, number>();
  header.forEach((column, i) => {
    const key = column.trim().toLowerCase() as Column;
    if ((COLUMNS as readonly string[]).includes(key) && !at.has(key)) at.set(key, i);
  });
  const events: unknown[] = [];
  const eras: unknown[] = [];
  let title: unknown;
  for (const cells of body) {
    const cell = (column: Column) => (at.has(column) ? (cells[at.get(column)!] ?? '').trim() : '');
    if (cells.every((value) => value.trim() === '')) continue;
    const slide = {
      start_date: {
        year: cell('year'),
        month: cell('month'),
        day: cell('day'),
        ...timeParts(cell('time')),
      },
      ...(cell('end year')
        ? {
            end_date: {
              year: cell('end year'),
              month: cell('end month'),
              day: cell('end day'),
              ...timeParts(cell('end time')),
            },
          }
        : {}),
      text: { headline: cell('headline'), text: cell('text') },
      ...(cell('media')
        ? {
            media: {
              url: cell('media'),
              credit: cell('media credit'),
              caption: cell('media caption'),
              thumbnail: cell('media thumbnail'),
            },
          }
        : {}),
      ...(cell('display date') ? { display_date: cell('display date') } : {}),
      ...(cell('group') ? { group: cell('group') } : {}),
      ...(cell('background') ? { background: { url: cell('background') } } : {}),
    };
    const type = cell('type').toLowerCase();
    if (type === 'title') title = slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  }
  return timelineJsToDataset(
    { events, eras, ...(title ? { title } : {}) },
    name,
    'timelinejs-sheet',
  );
}
