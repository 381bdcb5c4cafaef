import { describe, expect, it } from 'vitest';
import { factTimeInterval, formatAsOf, formatFactTime, type FactTime } from './fact-time';

describe('formatFactTime', () => {
  it('keeps a year range in years, never 1 January', () => {
    const time: FactTime = { type: 'range', start: '1989', end: '1999' };
    expect(formatFactTime(time, 'de')).toBe('1989–1999');
    expect(formatFactTime(time, 'en')).toBe('1989–1999');
  });

  it('says "seit" / "since" for an ongoing range', () => {
    const time: FactTime = { type: 'ongoing', start: '2014', asOf: '2023' };
    expect(formatFactTime(time, 'de')).toBe('seit 2014');
    expect(formatFactTime(time, 'en')).toBe('since 2014');
    expect(formatAsOf(time, 'de')).toBe('Stand 2023');
  });

  it('formats a day-precision point with Intl', () => {
    const time: FactTime = { type: 'point', date: '2018-03-19' };
    expect(formatFactTime(time, 'de')).toBe('19.03.2018');
    expect(formatFactTime(time, 'en')).toBe('19 March 2018');
  });

  it('marks approximate times and states known to hold at a date', () => {
    expect(formatFactTime({ type: 'point', date: '2018', approximate: true }, 'de')).toBe(
      'ca. 2018',
    );
    expect(formatFactTime({ type: 'asOf', date: '2023' }, 'en')).toBe('as of 2023');
  });

  it('shows a range within one unit once', () => {
    expect(formatFactTime({ type: 'range', start: '2018', end: '2018' }, 'de')).toBe('2018');
  });

  it('keeps mixed precisions on each end', () => {
    expect(formatFactTime({ type: 'range', start: '2017', end: '2019-06' }, 'de')).toBe(
      '2017–Juni 2019',
    );
  });
});

describe('factTimeInterval', () => {
  it('runs a year range from the first day of the start year to the end of the end year', () => {
    expect(factTimeInterval({ type: 'range', start: '1989', end: '1999' })).toEqual({
      start: Date.UTC(1989, 0, 1),
      end: Date.UTC(2000, 0, 1),
    });
  });

  it('ends an ongoing range with its as-of date', () => {
    expect(factTimeInterval({ type: 'ongoing', start: '2014', asOf: '2023' }).end).toBe(
      Date.UTC(2024, 0, 1),
    );
  });
});
