import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, datasetToCsv, slugify } from './csv-dataset';
import { describeIssue } from './validate-dataset';

const HEADER = 'id,title,start,end,place,longitude,latitude,category,source_title,source_url,quote';

describe('csvToDataset', () => {
  it('converts the shipped template into a valid dataset', () => {
    const text = readFileSync(new URL('../../docs/examples/template.csv', import.meta.url), 'utf8');
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
      `${HEADER}\na,A,2018-03-19,,,,,,,,q\nb,B,19.03.2018,,,,,,,,q\n`,
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

  it('reports missing columns, half coordinates, bad ids and empty quotes', () => {
    expect(csvToDataset('id,title\n1,x\n', 'x')).toMatchObject({
      ok: false,
      issues: [
        { code: 'csv-missing-column', detail: 'start' },
        { code: 'csv-missing-column', detail: 'quote' },
      ],
    });
    const result = csvToDataset(`${HEADER}\nBad Id,A,2018,,Artern,11.3,,,,,\n`, 'x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.location?.column])).toEqual([
      ['coordinates-pair', 'latitude'],
      ['slug', 'id'],
      ['too-small', 'quote'],
    ]);
  });

  it('round-trips through datasetToCsv', () => {
    const text = readFileSync(new URL('../../docs/examples/template.csv', import.meta.url), 'utf8');
    const first = csvToDataset(text, 'Vorlage');
    if (!first.ok) throw new Error('template invalid');
    const again = csvToDataset(datasetToCsv(first.dataset), 'Vorlage');
    expect(again).toEqual(first);
  });
});

describe('slugify', () => {
  it('folds accents and ß and joins words with hyphens', () => {
    expect(slugify('Roßleben (Kyffhäuser)')).toBe('rossleben-kyffhauser');
    expect(slugify('!!!')).toBe('x');
  });
});
