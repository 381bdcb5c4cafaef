/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date is an interval, not an
 * instant: "1989" covers the whole year, so it is never shown or compared as 1 January.
 */

import { dateTimeFormat } from './intl-cache';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  /** 1–12, present from month precision on. */
  readonly month?: number;
  /** 1–31, present at day precision. */
  readonly day?: number;
  readonly precision: Precision;
}

/** Half-open interval of UTC milliseconds: `[start, end)`. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `null` for anything else, including 2018-02-30. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** Formats back to the ISO text it was parsed from, keeping its precision. */
export function formatPartialDateIso(date: PartialDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'year' || date.month === undefined) return year;
  const month = String(date.month).padStart(2, '0');
  if (date.precision === 'month' || date.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** Through `utc`, not `Date.UTC`, which takes year 0 for 1900 (not a leap year; 0 is). */
function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 1) - 1).getUTCDate();
}

/** The whole span the date covers, in UTC: a year is [1 Jan, next 1 Jan). */
export function partialDateInterval(date: PartialDate): Interval {
  const { year } = date;
  if (date.precision === 'year' || date.month === undefined) {
    return { start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
  }
  if (date.precision === 'month' || date.day === undefined) {
    return { start: utc(year, date.month, 1), end: utc(year, date.month + 1, 1) };
  }
  return { start: utc(year, date.month, date.day), end: utc(year, date.month, date.day + 1) };
}

/** Date.UTC maps years 0–99 to 1900+; setUTCFullYear does not. */
function utc(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year + (date.getUTCFullYear() - 2000));
  return date.getTime();
}

/** The day-precision date that contains the instant `ms` (UTC). */
export function dayOf(ms: number): PartialDate {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    precision: 'day',
  };
}

/**
 * Formats a partial date at its own precision with `Intl`:
 * de `1989`, `März 2018`, `19.03.2018`; en `1989`, `March 2018`, `19 March 2018`.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const instant = new Date(partialDateInterval(date).start);
  if (date.precision === 'year') {
    return dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(instant);
  }
  if (date.precision === 'month') {
    return dateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(instant);
  }
  const options: Intl.DateTimeFormatOptions = locale.startsWith('de')
    ? { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(instant);
}
