import type { Fact } from './dataset-schema';
import { parsePartialDate, partialDateInterval } from './partial-date';

/**
 * The day a fact's time names, as `YYYYMMDD`, and the day after it ends (exclusive, as
 * iCalendar's DTEND); `null` when the fact has no day date (a year, a month, an open end).
 */
export function dayOf(fact: Fact): { start: string; end: string } | null {
  const text =
    fact.time.type === 'point' || fact.time.type === 'asOf' ? fact.time.date : fact.time.start;
  const date = parsePartialDate(text);
  if (!date || date.precision !== 'day') return null;
  if (fact.time.type === 'ongoing') return null;
  const endText = fact.time.type === 'range' ? fact.time.end : text;
  const endDate = parsePartialDate(endText);
  if (!endDate || endDate.precision !== 'day') return null;
  const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
  return {
    start: ymd(partialDateInterval(date).start),
    end: ymd(partialDateInterval(endDate).end),
  };
}

/** Whether the fact has a day date, so it can be a calendar's all-day event. */
export function isDayDated(fact: Fact): boolean {
  return dayOf(fact) !== null;
}
