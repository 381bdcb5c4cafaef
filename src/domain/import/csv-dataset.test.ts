import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, datasetToCsv } from './csv-dataset';
import { slugify } from './import-kit';
import type { Dataset } from '../dataset/dataset-schema';
import { describeIssue } from '../dataset/dataset-issue';

const HEADER = 'id,title,start,end,place,longitude,latitude,category,source_title,source_url,quote';

describe('csvToDataset', () => {
  it('converts the shipped template into a valid dataset', () => {
    const text = readFileSync(
      new URL('../../../docs/examples/template.csv', import.meta.url),
      'utf8',
    );
    const result = csvToDataset(text, 'Vorlage');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.facts.map((f) => f.id)).toEqual([
      'landtag-sachsen',
      'auftakt-artern',
      'foerderbescheid-artern',
    ]);
    expect(dataset.facts[0]!.time).toEqual({ type: 'range', start: '1999', end: '2014' });
    expect(dataset.facts[1]!.time).toEqual({ type: 'point', date: '2018-03-19' });
    // One place per name, its point from the row that has one.
    expect(dataset.places.map((p) => [p.id, p.coordinates])).toEqual([
      ['dresden', [13.734, 51.057]],
      ['artern', [11.292, 51.366]],
    ]);
    expect(dataset.categories.map((c) => c.id)).toEqual(['parlamentarisch', 'besuche-2018']);
    // A citation without offsets: the file has no full source text.
    expect(dataset.facts[2]!.evidence[0]).toEqual({
      source: 'pressemitteilung-landesprogramm-familie',
      quote:
        'übergab sie den auch gleich den Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
    });
  });

  it('names the row and column of a bad date, in German and English', () => {
    const result = csvToDataset(
      `${HEADER}\na,A,2018-03-19,,,,,,,,q\nb,B,32.13.2018,,,,,,,,q\n`,
      'x',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => describeIssue(i, 'de'))).toEqual([
      'Zeile 3, Spalte „start“: ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT',
    ]);
    expect(describeIssue(result.issues[0]!, 'en')).toBe(
      'row 3, column “start”: is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('reads a German Excel file: semicolons, CR line ends, dotted dates, decimal commas', () => {
    const text = [
      'id;title;start;end;amount;place;longitude;latitude;source_date',
      'a;Auftakt;19.03.2018;;1234,5;Artern;11,292;51,366;03.2018',
      'b;Förderung;2019;31.12.2021;1.234.567;Roßleben;;;',
      'c;Plan;14. Mai 2020;;-0,5;Halle (Saale);;;',
    ].join('\r');
    const result = csvToDataset(text, 'x');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [a, b, c] = result.dataset.facts;
    expect(a).toMatchObject({
      time: { type: 'point', date: '2018-03-19' },
      amount: { value: 1234.5, currency: 'EUR' },
    });
    expect(b).toMatchObject({
      time: { type: 'range', start: '2019', end: '2021-12-31' },
      amount: { value: 1234567 },
    });
    expect(c).toMatchObject({ time: { date: '2020-05-14' }, amount: { value: -0.5 } });
    expect(result.dataset.places.map((p) => [p.name, p.coordinates])).toEqual([
      ['Artern', [11.292, 51.366]],
      ['Roßleben', undefined],
      ['Halle (Saale)', undefined],
    ]);
  });

  it('lists 50 problems of a long file and counts the rest, in linear time', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `f${i},Titel ${i},kein Datum`);
    const started = performance.now();
    const result = csvToDataset(['id,title,start', ...rows].join('\n'), 'x');
    const ms = performance.now() - started;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(51);
    expect(describeIssue(result.issues[50]!, 'de')).toBe('und 19.950 weitere Probleme');
    expect(describeIssue(result.issues[50]!, 'en')).toBe('and 19,950 more problems');
    expect(ms).toBeLessThan(1000);
  });

  it('reports missing columns, half coordinates and bad ids', () => {
    expect(csvToDataset('title,start\nx,2018\n', 'x')).toMatchObject({
      ok: false,
      issues: [{ code: 'csv-missing-column', detail: 'id' }],
    });
    const result = csvToDataset(`${HEADER}\nBad Id,A,2018,,Artern,11.3,,,,,\n`, 'x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.location?.column])).toEqual([
      ['coordinates-pair', 'latitude'],
      ['slug', 'id'],
    ]);
  });

  it('opens facts without a date, without a quote and with places by name only', () => {
    const result = csvToDataset(
      'id,title,start,place,source_title,quote\n' +
        'a,Ohne Datum,,Roßleben,Chronik,\n' +
        'b,Ohne Quelle,2018-03-19,,,\n' +
        'c,Belegt,0602,Altenburg,Chronik,„Wörtlich“\n',
      'x',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [a, b, c] = result.dataset.facts;
    expect(a).not.toHaveProperty('time');
    expect(a!.evidence).toEqual([{ source: 'chronik' }]);
    expect(b!.evidence).toEqual([]);
    expect(c!.time).toEqual({ type: 'point', date: '0602' });
    expect(result.dataset.places.map((p) => [p.name, p.coordinates])).toEqual([
      ['Roßleben', undefined],
      ['Altenburg', undefined],
    ]);
  });

  it('round-trips through datasetToCsv', () => {
    const text = readFileSync(
      new URL('../../../docs/examples/template.csv', import.meta.url),
      'utf8',
    );
    const first = csvToDataset(text, 'Vorlage');
    if (!first.ok) throw new Error('template invalid');
    const again = csvToDataset(datasetToCsv(first.dataset), 'Vorlage');
    expect(again).toEqual(first);
  });
});

describe('CSV export → import of the bundled dataset', () => {
  const bundled = JSON.parse(
    readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const result = csvToDataset(datasetToCsv(bundled), bundled.title.de);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const back = result.dataset;
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    Object.fromEntries(items.map((item) => [item.id, item]));

  it('keeps every fact field: kind, category, titles and summaries in both languages', () => {
    expect(back.facts).toHaveLength(bundled.facts.length);
    const facts = byId(back.facts);
    for (const fact of bundled.facts) {
      const again = facts[fact.id]!;
      expect([again.kind, again.category, again.title, again.summary]).toEqual([
        fact.kind,
        fact.category,
        fact.title,
        fact.summary,
      ]);
    }
  });

  it('keeps every time: type, dates, as-of date, approximate and inferred with its reason', () => {
    const facts = byId(back.facts);
    for (const fact of bundled.facts) expect(facts[fact.id]!.time).toEqual(fact.time);
    expect(facts['ministerin-seit-2014']!.time).toMatchObject({ type: 'ongoing', asOf: '2023' });
  });

  it('keeps places by id, with kind, parent, note and coordinates, and each fact’s places', () => {
    expect(byId(back.places)).toEqual(byId(bundled.places));
    const facts = byId(back.facts);
    for (const fact of bundled.facts) expect(facts[fact.id]!.places).toEqual(fact.places);
  });

  it('keeps people and organisations, amounts and currencies', () => {
    const facts = byId(back.facts);
    for (const fact of bundled.facts) {
      expect(facts[fact.id]!.entities).toEqual(fact.entities);
      expect(facts[fact.id]!.amount).toEqual(fact.amount);
    }
    const used = new Set(bundled.facts.flatMap((f) => f.entities));
    expect(byId(back.entities)).toEqual(byId(bundled.entities.filter((e) => used.has(e.id))));
  });

  it('keeps all evidence with its sources; quotes lose offsets, sources their full text', () => {
    const facts = byId(back.facts);
    for (const fact of bundled.facts) {
      expect(facts[fact.id]!.evidence).toEqual(
        fact.evidence.map(({ source, quote }) => ({ source, quote })),
      );
    }
    expect(byId(back.sources)).toEqual(byId(bundled.sources.map(({ text: _t, ...s }) => s)));
  });

  it('keeps the categories in their order, with both labels', () => {
    expect(back.categories).toEqual(bundled.categories);
  });
});

describe('slugify', () => {
  it('folds accents and ß and joins words with hyphens', () => {
    expect(slugify('Roßleben (Kyffhäuser)')).toBe('rossleben-kyffhauser');
    expect(slugify('!!!')).toBe('x');
  });
});
