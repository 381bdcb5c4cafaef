import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../dataset/dataset-issue';
import type { Dataset } from '../dataset/dataset-schema';
import { importDataset, type OpenResult } from './import-dataset';
import { slugify } from './import-kit';
import { representativePoint } from './geojson';

/**
 * Files people really have, and hostile ones: each opens, or is refused with its reason, fast.
 * (The hostile-input run of issue 28: long titles, German Excel, empty and bare inputs, deep
 * nesting, GeoJSON feeds.)
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function opened(result: OpenResult): Extract<OpenResult, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const refusal = (result: OpenResult, lang: 'de' | 'en' = 'de') =>
  result.ok ? [] : result.issues.map((issue) => describeIssue(issue, lang));
const ids = (dataset: Dataset) => [
  ...dataset.facts.map((f) => f.id),
  ...dataset.places.map((p) => p.id),
  ...dataset.categories.map((c) => c.id),
  ...dataset.sources.map((s) => s.id),
  ...(dataset.eras ?? []).map((e) => e.id),
  ...(dataset.tours ?? []).map((t) => t.id),
];
const timeline = (events: unknown[], more: object = {}) => JSON.stringify({ events, ...more });
const features = (list: unknown[], more: object = {}) =>
  JSON.stringify({ type: 'FeatureCollection', features: list, ...more });
const feature = (properties: object, geometry: unknown = null) => ({
  type: 'Feature',
  geometry,
  properties,
});

describe('ids from any title', () => {
  it('slugify gives a valid id of at most 80 characters for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const id = slugify(text);
        expect(id).toMatch(SLUG);
        expect(id.length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 2000 },
    );
    // A hyphen at character 80 was the case that refused 1 in 7 long titles.
    expect(slugify(`${'a'.repeat(79)} Fortsetzung`)).toBe('a'.repeat(79));
  });

  it('every importer opens long headlines, with valid ids everywhere', () => {
    const long = fc
      .string({ unit: 'grapheme', minLength: 70, maxLength: 160 })
      .filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(long, long, (a, b) => {
        const tl = opened(
          importDataset(
            timeline(
              [
                { start_date: { year: 2018 }, text: { headline: a }, group: b },
                { start_date: { year: 2019 }, text: { text: `<p>${b}😀</p>` } },
              ],
              {
                title: { text: { headline: b } },
                eras: [
                  { start_date: { year: 2018 }, end_date: { year: 2020 }, text: { headline: a } },
                ],
              },
            ),
            'lang.json',
          ),
        );
        const story = opened(
          importDataset(
            JSON.stringify({
              storymap: {
                slides: [
                  { type: 'overview', text: { headline: a } },
                  { text: { headline: b }, location: { lat: 51, lon: 11, name: a } },
                ],
              },
            }),
            'story.json',
          ),
        );
        const geo = opened(
          importDataset(
            features([
              feature(
                { title: a, category: b, source: a, quote: 'x' },
                { type: 'Point', coordinates: [11, 51] },
              ),
            ]),
            'geo.geojson',
          ),
        );
        for (const { dataset } of [tl, story, geo])
          for (const id of ids(dataset)) expect(id).toMatch(SLUG);
        const cut = tl.dataset.facts[1]!.title.de;
        expect(cut.length).toBeLessThanOrEqual(80);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('refusals that say why', () => {
  it('never throws on generated JSON, and every refusal names where', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((v) => features([v, feature({ name: 'x' }, v)])),
          fc.jsonValue().map((v) => timeline([v, { start_date: v, text: v }])),
          fc.jsonValue().map((v) => JSON.stringify({ storymap: { slides: [v, { location: v }] } })),
        ),
        (text) => {
          const result = importDataset(text, 'fuzz.json');
          if (!result.ok) for (const issue of result.issues) expect(issue.path).not.toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports nesting too deep as the file’s fault, not a network failure', () => {
    const deepCollection = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":${'{"type":"GeometryCollection","geometries":['.repeat(20_000)}{"type":"Point","coordinates":[1,2]}${']}'.repeat(20_000)}}]}`;
    expect(refusal(importDataset(deepCollection, 'tief.geojson'))).toEqual([
      'features[0].geometry: ist zu tief verschachtelt (mehr als 32 Ebenen)',
    ]);
    // A property nested 100,000 arrays deep is kept as text, cut short.
    const deepProperty = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"name":"x","place":"Artern","tief":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`;
    const { dataset } = opened(importDataset(deepProperty, 'tief.geojson'));
    expect(dataset.facts[0]!.summary?.de).toMatch(/^tief: \[\[\[.*…/);
  });

  it('names empty inputs: no events found', () => {
    const cases = {
      [features([])]: 'features: keine Ereignisse gefunden',
      [timeline([])]: 'events: keine Ereignisse gefunden',
      [timeline([{ display_date: 'Frühjahr 1999' }, { display_date: '1999' }])]:
        'events: keine Ereignisse gefunden',
      [JSON.stringify({ storymap: { slides: [{ type: 'overview', text: { headline: 'T' } }] } })]:
        'storymap.slides: keine Ereignisse gefunden',
      'Year,Month,Day,Headline\n': '(CSV): keine Ereignisse gefunden',
    };
    for (const [text, message] of Object.entries(cases)) {
      expect(refusal(importDataset(text, 'leer.json')), text).toEqual([message]);
    }
    expect(refusal(importDataset(timeline([]), 'leer.json'), 'en')).toEqual([
      'events: no events found',
    ]);
  });

  it('names JSON that is no dataset for what it is', () => {
    expect(refusal(importDataset('"hallo"', 'x.json'))[0]).toMatch(
      /^\(root\): ist ein JSON-Text \(eine Zeichenkette\), kein Datensatz/,
    );
    expect(refusal(importDataset('42', 'x.json'))[0]).toMatch(/ist eine JSON-Zahl, kein Datensatz/);
    expect(refusal(importDataset('null', 'x.json'))[0]).toMatch(/ist JSON null, kein Datensatz/);
    expect(refusal(importDataset('[1, 2]', 'x.json'), 'en')[0]).toMatch(
      /is a JSON list, not a dataset/,
    );
    expect(
      refusal(importDataset('{"type":"Point","coordinates":[11.29,51.37]}', 'x.geojson')),
    ).toEqual([
      '(root): ist eine einzelne GeoJSON-Geometrie (Point) ohne Eigenschaften: erwartet ist ein Feature oder eine FeatureCollection',
    ]);
    // `features: null` is no FeatureCollection: the dataset check says what is missing.
    const nullFeatures = importDataset('{"type":"FeatureCollection","features":null}', 'x.geojson');
    expect(nullFeatures.ok).toBe(false);
  });
});

describe('nothing lost silently', () => {
  it('GeoJSON feeds: time as epoch milliseconds or text, url and other fields kept', () => {
    // As a USGS earthquake feed writes it.
    const usgs = features(
      [
        feature(
          {
            mag: 4.5,
            place: '10 km SSW of Somewhere',
            time: 1700000000000,
            url: 'https://example.org/earthquakes/eventpage/us7000l',
            title: 'M 4.5 - 10 km SSW of Somewhere',
          },
          { type: 'Point', coordinates: [140.1, 35.2, 10] },
        ),
        feature({ title: 'Text', time: '19.03.2018' }, { type: 'Point', coordinates: [11, 51] }),
      ],
      { metadata: { generated: 1 }, bbox: [0, 0, 1, 1] },
    );
    const { dataset, report } = opened(importDataset(usgs, 'feed.geojson'));
    const [quake, text] = dataset.facts;
    expect(quake!.time).toEqual({ type: 'point', date: '2023-11-14T22:13' });
    expect(quake!.summary?.de).toContain('mag: 4.5');
    expect(quake!.summary?.de).toContain('url: https://example.org/earthquakes/');
    expect(text!.time).toEqual({ type: 'point', date: '2018-03-19' });
    expect(report?.dropped).toEqual(['metadata', 'bbox']);
  });

  it('GeoJSON: amount, people and a kind that is no id are read or kept as lines', () => {
    const { dataset } = opened(
      importDataset(
        features([
          feature(
            {
              title: 'A',
              kind: 'Erdbeben',
              amount: { value: 1000, currency: 'EUR' },
              people: [{ id: 'x', name: 'Heike Werner' }, 'Ina Gerber'],
            },
            { type: 'Point', coordinates: [11, 51] },
          ),
          feature({ title: 'B', amount: 12, people: 42 }, { type: 'Point', coordinates: [11, 51] }),
        ]),
        'x.geojson',
      ),
    );
    const [a, b] = dataset.facts;
    expect(a).toMatchObject({ kind: 'event', amount: { value: 1000, currency: 'EUR' } });
    expect(a!.summary?.de).toBe('kind: Erdbeben');
    expect(a!.entities.map((id) => dataset.entities.find((e) => e.id === id)?.name)).toEqual([
      'Heike Werner',
      'Ina Gerber',
    ]);
    expect(b!.summary?.de).toBe('amount: 12\n\npeople: 42');
  });

  it('GeoJSON: features sharing an id are both kept unless the file is our export', () => {
    const { dataset } = opened(
      importDataset(
        features([
          { ...feature({ title: 'Erster' }, { type: 'Point', coordinates: [11, 51] }), id: 7 },
          { ...feature({ title: 'Zweiter' }, { type: 'Point', coordinates: [12, 50] }), id: 7 },
        ]),
        'x.geojson',
      ),
    );
    expect(dataset.facts.map((f) => [f.id, f.title.de])).toEqual([
      ['7', 'Erster'],
      ['7-2', 'Zweiter'],
    ]);
  });

  it('GeoJSON: from and to are dates only when they read as dates', () => {
    const { dataset } = opened(
      importDataset(
        features([
          feature(
            { title: 'Flug', from: 'Berlin', to: 'Erfurt' },
            { type: 'Point', coordinates: [11, 51] },
          ),
          feature(
            { title: 'Zeit', from: '2018', to: '2020' },
            { type: 'Point', coordinates: [11, 51] },
          ),
        ]),
        'x.geojson',
      ),
    );
    const [flight, span] = dataset.facts;
    expect(flight!.time).toBeUndefined();
    expect(flight!.summary?.de).toBe('from: Berlin\n\nto: Erfurt');
    expect(span!.time).toEqual({ type: 'range', start: '2018', end: '2020' });
  });

  it('GeoJSON: a polygon across the antimeridian is placed on its own side', () => {
    const fiji = {
      type: 'Polygon',
      coordinates: [
        [
          [179, -16],
          [-179, -16],
          [-179, -18],
          [179, -18],
          [179, -16],
        ],
      ],
    };
    const point = representativePoint(fiji)!.point;
    expect(Math.abs(point[0])).toBeCloseTo(180, 5);
    expect(point[1]).toBeCloseTo(-17, 5);
    expect(
      representativePoint({
        type: 'Polygon',
        coordinates: [
          [
            [10, 50],
            [12, 50],
            [12, 52],
            [10, 52],
            [10, 50],
          ],
        ],
      })!.point,
    ).toEqual([11, 51]);
  });

  it('StoryMapJS: slides with unusable coordinates are counted', () => {
    const slides = [
      { text: { headline: 'A' }, location: { lat: 95, lon: 11 } },
      { text: { headline: 'B' }, location: { lat: 'abc', lon: 11 } },
      { text: { headline: 'C' }, location: { lat: 51 } },
      { text: { headline: 'D' }, location: { lat: 51, lon: 11 } },
      { text: { headline: 'E' } },
    ];
    const { report } = opened(importDataset(JSON.stringify({ storymap: { slides } }), 's.json'));
    expect(report?.invalidCoordinates).toBe(3);
  });

  it('dates with month 13 or 31 February are counted when kept coarser', () => {
    const { dataset, report } = opened(
      importDataset(
        timeline([
          { start_date: { year: 2018, month: 13 }, text: { headline: 'A' } },
          { start_date: { year: 2018, month: 2, day: 31 }, text: { headline: 'B' } },
          { start_date: { year: 2018, month: 2, day: 28 }, text: { headline: 'C' } },
        ]),
        't.json',
      ),
    );
    expect(dataset.facts.map((f) => f.time)).toEqual([
      { type: 'point', date: '2018' },
      { type: 'point', date: '2018-02' },
      { type: 'point', date: '2018-02-28' },
    ]);
    expect(report?.reducedDates).toBe(2);
  });

  it('events without a group and in a group named like the default share one category', () => {
    const { dataset } = opened(
      importDataset(
        timeline([
          { start_date: { year: 2018 }, text: { headline: 'A' } },
          { start_date: { year: 2019 }, text: { headline: 'B' }, group: 'Ereignisse' },
          { start_date: { year: 2020 }, text: { headline: 'C' }, group: 'events' },
        ]),
        't.json',
      ),
    );
    expect(dataset.categories).toHaveLength(1);
    expect(new Set(dataset.facts.map((f) => f.category)).size).toBe(1);
  });

  it('a title of invisible characters counts as missing', () => {
    const { dataset } = opened(
      importDataset(
        timeline([
          { start_date: { year: 2018 }, text: { headline: '\u200b\u200d\u00ad\u2060' } },
          { start_date: { year: 2019 }, text: { headline: 'Echt' } },
        ]),
        't.json',
      ),
    );
    expect(dataset.facts[0]!.title).toEqual({ de: 'Ereignis 1', en: 'Event 1' });
  });
});
