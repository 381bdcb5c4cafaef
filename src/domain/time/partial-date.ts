/**
 * Partial dates: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. A partial date is an
 * interval, not an instant: "1989" covers the whole year, so it is never shown or compared as
 * 1 January. Years 0001–0999 are written with four digits (`0602`); a leading minus counts
 * years before the common era as historians do (`-0044` is 44 BC, there is no year 0000), not
 * astronomically as ISO 8601 does, because TimelineJS files and readers write -44 for 44 BC.
 */

import { dateTimeFormat } from '../text/intl-cache';

export type Precision = 'year' | 'month' | 'day' | 'minute';

export interface PartialDate {
  /** As written: -44 for 44 BC; never 0. */
  readonly year: number;
  /** 1–12, present from month precision on. */
  readonly month?: number;
  /** 1–31, present from day precision on. */
  readonly day?: number;
  /** 0–23 and 0–59, present at minute precision (a time of day, as the source gives it). */
  readonly hour?: number;
  readonly minute?: number;
  readonly precision: Precision;
}

/** Half-open interval of UTC milliseconds: `[start, end)`. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

const PATTERN = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, each with an optional leading
 * minus; returns `null` for anything else, including 2018-02-30, 0000 and 24:00.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const digits = Number(match[2]);
  if (digits === 0) return null;
  const year = match[1] === '-' ? -digits : digits;
  if (match[3] === undefined) return { year, precision: 'year' };
  const month = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (match[4] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[4]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (match[5] === undefined) return { year, month, day, precision: 'day' };
  const hour = Number(match[5]);
  const minute = Number(match[6]);
  if (hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute, precision: 'minute' };
}

/** The astronomical year (1 BC is 0, 44 BC is -43), which `Date` counts in. */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year;
}

/** The year as written (44 BC is -44) of an astronomical year. */
export function writtenYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** Formats back to the ISO text it was parsed from, keeping its precision. */
export function formatPartialDateIso(date: PartialDate): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const year = (date.year < 0 ? '-' : '') + String(Math.abs(date.year)).padStart(4, '0');
  if (date.precision === 'year' || date.month === undefined) return year;
  const month = two(date.month);
  if (date.precision === 'month' || date.day === undefined) return `${year}-${month}`;
  const day = `${year}-${month}-${two(date.day)}`;
  if (date.precision === 'day' || date.hour === undefined) return day;
  return `${day}T${two(date.hour)}:${two(date.minute ?? 0)}`;
}

/** Through `utc`, not `Date.UTC`, which takes year 0 for 1900 (not a leap year; 0 is). */
function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 1) - 1).getUTCDate();
}

/** The whole span the date covers, in UTC: a year is [1 Jan, next 1 Jan), a minute 60 s. */
export function partialDateInterval(date: PartialDate): Interval {
  const { year } = date;
  if (date.precision === 'year' || date.month === undefined) {
    return { start: utc(year, 1, 1), end: utc(year === -1 ? 1 : year + 1, 1, 1) };
  }
  if (date.precision === 'month' || date.day === undefined) {
    return { start: utc(year, date.month, 1), end: utc(year, date.month + 1, 1) };
  }
  const day = utc(year, date.month, date.day);
  if (date.precision === 'day' || date.hour === undefined) {
    return { start: day, end: utc(year, date.month, date.day + 1) };
  }
  const start = day + (date.hour * 60 + (date.minute ?? 0)) * 60_000;
  return { start, end: start + 60_000 };
}

/**
 * UTC milliseconds of a date with its year as written (-44 for 44 BC). Through
 * setUTCFullYear, because Date.UTC maps years 0–99 to 1900+.
 */
function utc(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(astronomicalYear(year) + (date.getUTCFullYear() - 2000));
  return date.getTime();
}

/** The day-precision date that contains the instant `ms` (UTC). */
export function dayOf(ms: number): PartialDate {
  const date = new Date(ms);
  return {
    year: writtenYear(date.getUTCFullYear()),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    precision: 'day',
  };
}

/**
 * Formats a partial date at its own precision with `Intl`:
 * de `1989`, `März 2018`, `19.03.2018`, `19.03.2018, 14:30`, `602`, `44 v. Chr.`;
 * en `1989`, `March 2018`, `19 March 2018`, `19 March 2018 at 14:30`, `602`, `44 BC`.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const instant = new Date(partialDateInterval(date).start);
  // The era only where it is needed: "44 v. Chr.", but "1989", not "1989 n. Chr.".
  const era: Intl.DateTimeFormatOptions = date.year < 0 ? { era: 'short' } : {};
  if (date.precision === 'year') {
    return dateTimeFormat(locale, { year: 'numeric', ...era, timeZone: 'UTC' }).format(instant);
  }
  if (date.precision === 'month') {
    return dateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      ...era,
      timeZone: 'UTC',
    }).format(instant);
  }
  const options: Intl.DateTimeFormatOptions = locale.startsWith('de')
    ? { year: 'numeric', month: '2-digit', day: '2-digit', ...era, timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', ...era, timeZone: 'UTC' };
  if (date.precision === 'minute') {
    Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  return dateTimeFormat(locale, options).format(instant);
}
