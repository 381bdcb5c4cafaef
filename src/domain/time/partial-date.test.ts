import { describe, expect, it } from 'vitest';
import {
  dayOf,
  formatPartialDate,
  formatPartialDateIso,
  parsePartialDate,
  partialDateInterval,
} from './partial-date';

describe('parsePartialDate', () => {
  it('reads the three precisions', () => {
    expect(parsePartialDate('1989')).toEqual({ year: 1989, precision: 'year' });
    expect(parsePartialDate('2018-03')).toEqual({ year: 2018, month: 3, precision: 'month' });
    expect(parsePartialDate('2018-03-19')).toEqual({
      year: 2018,
      month: 3,
      day: 19,
      precision: 'day',
    });
  });

  it.each([
    '',
    '89',
    '2018-3',
    '2018-13',
    '2018-00',
    '2018-02-30',
    '2019-02-29',
    '2018-03-19T00',
    '2018-03-19T24:00',
    '2018-03-19T12:60',
    '0000',
    '-0000-01',
    '--044',
    'abcd',
  ])('rejects %j', (text) => expect(parsePartialDate(text)).toBeNull());

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2020-02-29')?.day).toBe(29);
    // 1 BC (astronomical year 0) is a leap year (proleptic Gregorian); Date.UTC would take
    // year 0 for 1900, which is not.
    expect(parsePartialDate('-0001-02-29')?.day).toBe(29);
    expect(parsePartialDate('0100-02-29')).toBeNull();
    expect(parsePartialDate('0004-02-29')?.day).toBe(29);
  });

  it('round-trips through the ISO text at its precision', () => {
    for (const text of ['0042', '1989', '2018-03', '2018-03-19']) {
      expect(formatPartialDateIso(parsePartialDate(text)!)).toBe(text);
    }
  });
});

describe('partialDateInterval', () => {
  it('covers the whole year, month or day', () => {
    expect(partialDateInterval(parsePartialDate('1989')!)).toEqual({
      start: Date.UTC(1989, 0, 1),
      end: Date.UTC(1990, 0, 1),
    });
    expect(partialDateInterval(parsePartialDate('2018-12')!)).toEqual({
      start: Date.UTC(2018, 11, 1),
      end: Date.UTC(2019, 0, 1),
    });
    expect(partialDateInterval(parsePartialDate('2018-03-19')!)).toEqual({
      start: Date.UTC(2018, 2, 19),
      end: Date.UTC(2018, 2, 20),
    });
  });

  it('keeps years below 100 as written', () => {
    expect(new Date(partialDateInterval(parsePartialDate('0042')!).start).getUTCFullYear()).toBe(
      42,
    );
  });

  it('dayOf gives back the day that contains an instant', () => {
    expect(formatPartialDateIso(dayOf(Date.UTC(2018, 2, 19, 23, 59)))).toBe('2018-03-19');
  });
});

describe('formatPartialDate', () => {
  it('formats German dates at their precision', () => {
    expect(formatPartialDate(parsePartialDate('1989')!, 'de-DE')).toBe('1989');
    expect(formatPartialDate(parsePartialDate('2018-03')!, 'de-DE')).toBe('März 2018');
    expect(formatPartialDate(parsePartialDate('2018-03-19')!, 'de-DE')).toBe('19.03.2018');
  });

  it('formats English dates at their precision', () => {
    expect(formatPartialDate(parsePartialDate('2018-03')!, 'en-GB')).toBe('March 2018');
    expect(formatPartialDate(parsePartialDate('2018-03-19')!, 'en-GB')).toBe('19 March 2018');
  });
});

describe('years before 1000 and before the common era, times of day', () => {
  it('reads BC years as historians write them and keeps their order', () => {
    const caesar = parsePartialDate('-0044-03-15')!;
    expect(caesar).toEqual({ year: -44, month: 3, day: 15, precision: 'day' });
    expect(new Date(partialDateInterval(caesar).start).getUTCFullYear()).toBe(-43);
    const bc1 = partialDateInterval(parsePartialDate('-0001')!);
    const ad1 = partialDateInterval(parsePartialDate('0001')!);
    expect(bc1.end).toBe(ad1.start);
    expect(formatPartialDateIso(caesar)).toBe('-0044-03-15');
  });

  it('formats them as a reader expects', () => {
    expect(formatPartialDate(parsePartialDate('0602')!, 'de-DE')).toBe('602');
    expect(formatPartialDate(parsePartialDate('0602')!, 'en-GB')).toBe('602');
    expect(formatPartialDate(parsePartialDate('-0044')!, 'de-DE')).toBe('44 v. Chr.');
    expect(formatPartialDate(parsePartialDate('-0044')!, 'en-GB')).toBe('44 BC');
    expect(formatPartialDate(parsePartialDate('-0044-03-15')!, 'en-GB')).toBe('15 March 44 BC');
    expect(formatPartialDate(parsePartialDate('0079-08-24')!, 'de-DE')).toBe('24.08.79');
  });

  it('keeps hours and minutes', () => {
    const date = parsePartialDate('2018-03-19T14:30')!;
    expect(date).toMatchObject({ hour: 14, minute: 30, precision: 'minute' });
    const span = partialDateInterval(date);
    expect(new Date(span.start).toISOString()).toBe('2018-03-19T14:30:00.000Z');
    expect(span.end - span.start).toBe(60_000);
    expect(formatPartialDateIso(date)).toBe('2018-03-19T14:30');
    expect(formatPartialDate(date, 'de-DE')).toBe('19.03.2018, 14:30');
    expect(formatPartialDate(date, 'en-GB')).toBe('19 March 2018 at 14:30');
  });
});
