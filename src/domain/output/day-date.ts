import type { Fact } from '../dataset/dataset-schema';
import { factTimeStart } from '../time/fact-time';
import { parsePartialDate, partialDateInterval, type PartialDate } from '../time/partial-date';

/** A day iCalendar can write: day precision or finer, in years 1–9999 (no BC dates). */
function hasDay(date: PartialDate): boolean {
  return date.day !== undefined && date.year >= 1 && date.year <= 9999;
}

/**
 * The day a fact's time names, as `YYYYMMDD`, and the day after it ends (exclusive, as
 * iCalendar's DTEND); `null` when the fact has no day date (a year, a month, an open end).
 */
export function dayOf(fact: Fact): { start: string; end: string } | null {
  const time = fact.time;
  const text = factTimeStart(time);
  if (!time || text === undefined || time.type === 'ongoing') return null;
  const date = parsePartialDate(text);
  if (!date || !hasDay(date)) return null;
  const endText = time.type === 'range' ? time.end : text;
  const endDate = parsePartialDate(endText);
  if (!endDate || !hasDay(endDate)) return null;
  const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
  // The day's bounds, not the minute's: a timed event is kept as the day it happened.
  const dayStart = partialDateInterval({ ...date, precision: 'day' }).start;
  const dayEnd = partialDateInterval({ ...endDate, precision: 'day' }).end;
  return { start: ymd(dayStart), end: ymd(dayEnd) };
}

/** Whether the fact has a day date, so it can be a calendar's all-day event. */
export function isDayDated(fact: Fact): boolean {
  return dayOf(fact) !== null;
}
