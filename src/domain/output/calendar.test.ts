import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, factsToIcs, foldIcsLine } from './calendar';
import { createDatasetIndex } from '../dataset/dataset-index';
import type { Dataset } from '../dataset/dataset-schema';

const bundled = createDatasetIndex(
  JSON.parse(
    readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8'),
  ) as Dataset,
);
const options = {
  linkOf: (id: string) => `http://127.0.0.1:4173/fakt/${id}/`,
  now: new Date(Date.UTC(2026, 11, 1, 21, 5, 9)),
};

describe('factsToIcs', () => {
  it('parses, and holds the six day-dated visits of March 2018 as all-day events', () => {
    const { text, events, leftOut } = factsToIcs(bundled, null, options);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(events);
    expect(events + leftOut).toBe(bundled.dataset.facts.length);
    const march = vevents.filter((e) => e.startDate.toString().startsWith('2018-03'));
    expect(march.map((e) => [e.uid, e.startDate.toString()])).toEqual([
      ['lsz-auftakt-artern@kartenchronik', '2018-03-19'],
      ['lsz-besuch-rossleben@kartenchronik', '2018-03-19'],
      ['lsz-foerderbescheid-artern@kartenchronik', '2018-03-19'],
      ['lsz-auftakt-altenburg@kartenchronik', '2018-03-27'],
      ['lsz-familienzentrum-altenburg@kartenchronik', '2018-03-27'],
      ['lsz-mobiles-familienzentrum@kartenchronik', '2018-03-27'],
    ]);
    const grant = march[2]!;
    expect(grant.startDate.isDate).toBe(true);
    expect(grant.endDate.toString()).toBe('2018-03-20');
    expect(grant.summary).toBe(
      'Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
    );
    expect(grant.location).toBe('Freizeitzentrum Artern');
    expect(grant.description).toContain('477.970 Euro an Landrätin Antje Hochwind');
    expect(grant.description).toContain('http://127.0.0.1:4173/fakt/lsz-foerderbescheid-artern/');
    const geo = grant.component.getFirstPropertyValue('geo') as number[];
    expect(geo).toEqual([51.366, 11.292]);
    expect(grant.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-12-01T21:05:09Z',
    );
  });

  it('leaves facts without a day date out and counts them', () => {
    const { leftOut } = factsToIcs(
      bundled,
      new Set(['saechsischer-landtag', 'lsz-programm']),
      options,
    );
    expect(leftOut).toBe(2);
  });
});

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
