import { parsePartialDate, partialDateInterval } from './partial-date';

/** The instant a cursor date stands for: the start of its day, month or year. `null` if invalid. */
export function cursorInstant(cursor: string | null): number | null {
  if (cursor === null) return null;
  const date = parsePartialDate(cursor);
  return date ? partialDateInterval(date).start : null;
}
