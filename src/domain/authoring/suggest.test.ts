import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset-schema';
import { sentenceAround, suggestDates, suggestPlaces, suggestTitle } from './suggest';

const dates = (passage: string, sentence = passage, sourceDate?: string) =>
  suggestDates(passage, sentence, sourceDate).map((s) => s.time);

describe('suggestDates', () => {
  it('reads German and English dates, most specific first', () => {
    expect(dates('am 19. März 2018')[0]).toEqual({ type: 'point', date: '2018-03-19' });
    expect(dates('am 4. September 1786')[0]).toEqual({ type: 'point', date: '1786-09-04' });
    expect(dates('on March 19, 2018')[0]).toEqual({ type: 'point', date: '2018-03-19' });
    expect(dates('19 March 2018')[0]).toEqual({ type: 'point', date: '2018-03-19' });
    expect(dates('am 19.03.2018')[0]).toEqual({ type: 'point', date: '2018-03-19' });
    expect(dates('im März 2018')[0]).toEqual({ type: 'point', date: '2018-03' });
    expect(dates('Anfang 2018')[0]).toEqual({ type: 'point', date: '2018', approximate: true });
    expect(dates('early 2018')[0]).toEqual({ type: 'point', date: '2018', approximate: true });
    expect(dates('1989 bis 1999')[0]).toEqual({ type: 'range', start: '1989', end: '1999' });
    expect(dates('from 1989 to 1999')[0]).toEqual({ type: 'range', start: '1989', end: '1999' });
    expect(dates('im Jahr 2014')[0]).toEqual({ type: 'point', date: '2014' });
  });

  it('takes a missing year from the source’s date, and says so', () => {
    const [s] = suggestDates('am 19. März', 'am 19. März', '2018');
    expect(s).toMatchObject({ time: { type: 'point', date: '2018-03-19' }, inQuote: true });
    expect(s!.reason?.de).toMatch(/Jahr aus dem Datum der Quelle/);
    expect(dates('am 19. März')).toEqual([]);
    expect(dates('Ministerin seit 2014', 'Ministerin seit 2014', '2023')[0]).toEqual({
      type: 'ongoing',
      start: '2014',
      asOf: '2023',
    });
  });

  it('marks dates that only the sentence states', () => {
    const [s] = suggestDates(
      'den Fördermittelbescheid',
      'Am 19. März 2018 übergab sie den Fördermittelbescheid.',
    );
    expect(s).toMatchObject({ inQuote: false, time: { date: '2018-03-19' } });
  });

  it('never suggests an impossible date', () => {
    expect(dates('am 31. Februar 2018').map((t) => JSON.stringify(t))).not.toContain(
      JSON.stringify({ type: 'point', date: '2018-02-31' }),
    );
  });
});

describe('sentenceAround and suggestTitle', () => {
  const text =
    'Erster Satz. Am 19. März besuchte sie z. B. Artern. Letzter Satz.\n- Sächsischer Landtag 1999 bis 2014\n';
  it('finds the sentence, not fooled by "19." or "z. B."', () => {
    const at = text.indexOf('Artern');
    const s = sentenceAround(text, at, at + 6);
    expect(text.slice(s.start, s.end)).toBe('Am 19. März besuchte sie z. B. Artern.');
    const item = text.indexOf('Landtag');
    const line = sentenceAround(text, item, item + 7);
    expect(suggestTitle(text.slice(line.start, line.end))).toBe(
      'Sächsischer Landtag 1999 bis 2014',
    );
  });
});

describe('suggestPlaces', () => {
  const places = [
    { id: 'artern', name: 'Artern', kind: 'town' as const },
    { id: 'rossleben', name: 'Roßleben', kind: 'town' as const },
  ];
  it('finds the dataset’s places by name, then names after "in" in the gazetteer', () => {
    const lookup = (name: string) =>
      name === 'Altenburg' ? [{ coordinates: [12.43, 50.99] as const }] : [];
    expect(
      suggestPlaces('das Mehrgenerationenhaus Rossleben', 'Sie war in Artern.', places, lookup),
    ).toEqual([{ placeId: 'rossleben', name: 'Roßleben', inQuote: true }]);
    // A quote that names none: the places of its sentence, marked as not in the quote.
    expect(
      suggestPlaces(
        'die Ministerin',
        'Die Ministerin war in Altenburg und in Artern.',
        places,
        lookup,
      ),
    ).toEqual([
      { placeId: 'artern', name: 'Artern', inQuote: false },
      { name: 'Altenburg', coordinates: [12.43, 50.99], inQuote: false },
    ]);
  });

  it('prefers the longer name: "Freizeitzentrum Artern" is not also "Artern"', () => {
    const more = [
      ...places,
      { id: 'fz', name: 'Freizeitzentrum Artern', kind: 'institution' as const },
    ];
    expect(suggestPlaces('dem Freizeitzentrum Artern', '', more).map((p) => p.placeId)).toEqual([
      'fz',
    ]);
  });
});

/**
 * The bundled dataset's quotes as an author would select them: the suggestions for each are
 * compared with the date and places the dataset gives the fact (counts in the closing note).
 */
describe('suggestions on the two bundled sources', () => {
  const dataset = JSON.parse(
    readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const results = dataset.facts.flatMap((fact) => {
    const e = fact.evidence.find((x) => x.start !== undefined && sources.get(x.source)?.text);
    if (!e) return [];
    const source = sources.get(e.source)!;
    const text = source.text!;
    const sentence = sentenceAround(text, e.start!, e.end!);
    const s = text.slice(sentence.start, sentence.end);
    const date = suggestDates(
      e.quote!,
      s,
      source.date,
      text.slice(0, sentence.start),
      text.slice(sentence.end),
    )[0];
    const places = suggestPlaces(e.quote!, s, dataset.places);
    const key = (t: unknown) => {
      const { inferred: _i, inferredPart: _p, ...rest } = t as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    return [
      {
        fact: fact.id,
        quote: e.quote,
        got: date?.time,
        want: fact.time,
        dated: fact.time !== undefined,
        dateSuggested: date !== undefined,
        dateRight:
          date !== undefined && fact.time !== undefined && key(date.time) === key(fact.time),
        placed: fact.places.length > 0,
        placesSuggested: places.length,
        placesRight: places.filter((p) => p.placeId && fact.places.includes(p.placeId)).length,
        wrongPlaces: places
          .filter((p) => !(p.placeId && fact.places.includes(p.placeId)))
          .map((p) => p.name),
        wantPlaces: fact.places,
      },
    ];
  });

  it('suggests the right date for most quoted facts and no place that is wrong for most', () => {
    if (process.env.SUGGEST_REPORT) {
      for (const r of results)
        console.log(
          'SUGGEST',
          r.fact,
          r.dateRight,
          JSON.stringify(r.got),
          r.placesSuggested,
          r.placesRight,
          r.wrongPlaces.join('|'),
          r.wantPlaces.join('|'),
        );
    }
    const dated = results.filter((r) => r.dated);
    const right = dated.filter((r) => r.dateRight).length;
    expect(right / dated.length).toBeGreaterThanOrEqual(0.5);
    const suggested = results.reduce((n, r) => n + r.placesSuggested, 0);
    const placesRight = results.reduce((n, r) => n + r.placesRight, 0);
    expect(placesRight / Math.max(1, suggested)).toBeGreaterThanOrEqual(0.5);
  });
});
