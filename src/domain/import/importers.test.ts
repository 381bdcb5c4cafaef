import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset-schema';
import { htmlToText } from './html-text';
import { importDataset, type OpenResult } from './import-dataset';
import { partialDateFromParts, partialDateFromText } from './import-kit';
import { representativePoint } from './geojson';
import { declaredLang, detectLang } from './detect-lang';
import { localize } from '../text/lang';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../e2e/data/imports/${name}`, import.meta.url), 'utf8');

function opened(result: OpenResult): Extract<OpenResult, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

const byTitle = (dataset: Dataset, title: string) => {
  const fact = dataset.facts.find((f) => f.title.de === title);
  if (!fact) throw new Error(`no fact "${title}"`);
  return fact;
};

describe('TimelineJS JSON', () => {
  const { dataset, report } = opened(importDataset(fixture('timelinejs.json'), 'kaiser.json'));

  it('is recognised by content and counted', () => {
    expect(report).toMatchObject({
      format: 'timelinejs',
      items: 5,
      eras: 3,
      skipped: 1,
      undated: 0,
    });
    expect(report?.dropped).toEqual(expect.arrayContaining(['scale', 'background']));
    expect(dataset.title.de).toBe('Kaiser und Könige');
    expect(dataset.description?.de).toMatch(/^Eine kleine Zeitleiste/);
  });

  it('keeps dates before 1000, BC and to the minute', () => {
    expect(byTitle(dataset, 'Iden des März').time).toEqual({ type: 'point', date: '-0044-03-15' });
    expect(byTitle(dataset, 'Ein Jahrzehnt im Frühmittelalter').time).toEqual({
      type: 'range',
      start: '0602',
      end: '0610',
    });
    expect(byTitle(dataset, 'Ausbruch des Vesuv').time).toEqual({
      type: 'point',
      date: '0079-08-24',
    });
    expect(byTitle(dataset, 'Pressekonferenz').time).toEqual({
      type: 'point',
      date: '1989-11-09T18:53',
    });
  });

  it('makes groups categories, unique_id the id, eras eras', () => {
    expect(dataset.categories.map((c) => c.label.de)).toEqual(['Rom', 'Franken', 'Ereignisse']);
    expect(byTitle(dataset, 'Iden des März').id).toBe('iden-des-maerz');
    expect(dataset.eras).toEqual([
      { id: 'spate-republik', title: { de: 'Späte Republik' }, start: '-0050', end: '0014' },
      { id: 'merowinger', title: { de: 'Merowinger' }, start: '0600', end: '0650' },
      {
        id: 'zwei-deutsche-staaten',
        title: { de: 'Zwei deutsche Staaten' },
        start: '1949',
        end: '1990',
      },
    ]);
  });

  it('keeps media with caption, credit and alt text, and tells images from videos', () => {
    expect(byTitle(dataset, 'Iden des März').media).toEqual([
      {
        url: 'https://example.org/caesar.jpg',
        kind: 'image',
        caption: 'Eine Büste',
        credit: 'Beispielmuseum',
        alt: 'Marmorbüste',
      },
    ]);
    expect(byTitle(dataset, 'Ausbruch des Vesuv').media?.[0]?.kind).toBe('video');
  });

  it('keeps the text as plain text and the markup apart, the file as unquoted evidence', () => {
    const caesar = byTitle(dataset, 'Iden des März');
    expect(caesar.summary?.de).toBe('Caesar wird im Senat ermordet.');
    expect(caesar.summaryHtml?.de).toContain('<strong>');
    expect(caesar.evidence).toEqual([{ source: 'datei' }]);
    expect(dataset.sources[0]).toMatchObject({
      id: 'datei',
      kind: { de: 'TimelineJS-Zeitleiste', en: 'TimelineJS timeline' },
    });
    expect(byTitle(dataset, 'Pressekonferenz').summary?.de).toBe(
      'Erste Zeile\nzweite Zeile\n\nDatum laut Datei: Abends, 9. November 1989',
    );
  });
});

describe("TimelineJS's spreadsheet template", () => {
  const { dataset, report } = opened(importDataset(fixture('timelinejs-sheet.tsv'), 'sheet.tsv'));

  it('reads the title row, era rows, times and groups', () => {
    expect(report).toMatchObject({ format: 'timelinejs-sheet', items: 3, eras: 1 });
    expect(dataset.title.de).toBe('Familienzentren im Sheet');
    expect(byTitle(dataset, 'Auftakt in Artern').time).toEqual({
      type: 'point',
      date: '2018-03-19T10:30',
    });
    expect(byTitle(dataset, 'Besuch in Altenburg').time).toEqual({
      type: 'point',
      date: '2018-03-27T14:15',
    });
    expect(byTitle(dataset, 'Ministerin').time).toEqual({
      type: 'range',
      start: '2014',
      end: '2019',
    });
    expect(dataset.categories.map((c) => c.label.de)).toEqual(['Besuche', 'Laufbahn']);
    expect(byTitle(dataset, 'Besuch in Altenburg').media?.[0]).toMatchObject({
      kind: 'image',
      credit: 'Foto: Beispiel',
      caption: 'Das Schloss',
    });
  });

  it('reads the same rows as CSV', () => {
    const csv = fixture('timelinejs-sheet.tsv')
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
          .join(','),
      )
      .join('\n');
    expect(opened(importDataset(csv, 'sheet.csv')).dataset.facts).toEqual(dataset.facts);
  });
});

describe('StoryMapJS', () => {
  const { dataset, report } = opened(importDataset(fixture('storymap.json'), 'story.json'));

  it('makes each slide a fact at its place and the overview the title', () => {
    expect(report).toMatchObject({ format: 'storymap', items: 4, undated: 2, unreadDates: 1 });
    expect(report?.dropped).toEqual(expect.arrayContaining(['map_type', 'language', 'background']));
    expect(dataset.title.de).toBe('Entlang des Mississippi');
    const start = byTitle(dataset, 'Aufbruch in St. Louis');
    expect(start.time).toEqual({ type: 'point', date: '1804-05-14' });
    expect(dataset.places.find((p) => p.id === start.places[0])).toMatchObject({
      name: 'St. Louis',
      coordinates: [-90.199, 38.627],
    });
    // A name without a point is left to the gazetteer.
    const kc = byTitle(dataset, 'Kansas City');
    expect(dataset.places.find((p) => p.id === kc.places[0])?.coordinates).toBeUndefined();
    expect(byTitle(dataset, 'Am Missouri').summary?.de).toContain('Datum laut Datei: Sommer 1804');
    expect(byTitle(dataset, 'Rückblick').places).toEqual([]);
  });

  it('keeps the slides in order as a tour that flies to each zoom', () => {
    const tour = dataset.tours?.[0];
    expect(tour?.title.de).toBe('Entlang des Mississippi');
    expect(tour?.steps.map((s) => s.fact)).toEqual(dataset.facts.map((f) => f.id));
    expect(tour?.steps[0]?.view).toEqual({ map: '-90.199,38.627,10' });
    expect(tour?.steps[1]?.view).toBeUndefined();
  });
});

describe('GeoJSON', () => {
  const { dataset, report } = opened(importDataset(fixture('features.geojson'), 'orte.geojson'));

  it('makes features facts at points, shapes at a representative point', () => {
    expect(report).toMatchObject({
      format: 'geojson',
      items: 5,
      pointsFromShapes: 2,
      unreadDates: 1,
    });
    const area = byTitle(dataset, 'Altenburg');
    const [lon, lat] = dataset.places.find((p) => p.id === area.places[0])!.coordinates!;
    expect(lon).toBeCloseTo(12.435, 3);
    expect(lat).toBeCloseTo(50.985, 3);
    expect(area.time).toEqual({ type: 'range', start: '1990', end: '2024' });
    expect(byTitle(dataset, 'Ohne Geometrie').places).toEqual([]);
  });

  it('reads titles, dates, categories and quotes by their usual names; keeps the rest as text', () => {
    const first = byTitle(dataset, 'Auftakt in Artern');
    expect(first.id).toBe('auftakt');
    expect(first.time).toEqual({ type: 'point', date: '2018-03-19' });
    expect(first.summary?.de).toBe('Der erste Besuch.\n\neinwohner: 6270');
    expect(first.evidence).toEqual([{ source: 'pressemitteilung', quote: 'Auftakt in Artern' }]);
    expect(byTitle(dataset, 'Route Erfurt–Artern').summary?.de).toBe('farbe: rot');
    expect(dataset.categories.map((c) => c.label.de)).toEqual(['Besuche', 'Gebiete', 'Objekte']);
  });

  it('opens our own GeoJSON export again with its facts and quotes', async () => {
    const { createDatasetIndex } = await import('../dataset/dataset-index');
    const { datasetToGeoJson } = await import('../output/export');
    const bundled = JSON.parse(
      readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8'),
    ) as Dataset;
    const geojson = datasetToGeoJson(createDatasetIndex(bundled), null);
    const back = opened(importDataset(JSON.stringify(geojson), 'export.geojson')).dataset;
    const ids = new Set(geojson.features.map((f) => f.properties!.fact as string));
    expect(back.facts.map((f) => f.id).sort()).toEqual([...ids].sort());
    for (const fact of back.facts) {
      const original = bundled.facts.find((f) => f.id === fact.id)!;
      expect(fact.time).toEqual(original.time);
      expect(fact.title).toEqual(original.title);
      expect(fact.evidence.map((e) => e.quote)).toEqual(original.evidence.map((e) => e.quote));
    }
  });
});

describe('an import exported as GeoJSON', () => {
  it('opens again with its markup and media', async () => {
    const { createDatasetIndex } = await import('../dataset/dataset-index');
    const { datasetToGeoJson } = await import('../output/export');
    const story = opened(importDataset(fixture('storymap.json'), 'story.json')).dataset;
    const geojson = datasetToGeoJson(createDatasetIndex(story), null);
    const back = opened(importDataset(JSON.stringify(geojson), 'story.geojson')).dataset;
    const first = byTitle(back, 'Aufbruch in St. Louis');
    expect(first.summaryHtml?.de).toContain('<em>Fluss</em>');
    expect(first.media).toEqual(byTitle(story, 'Aufbruch in St. Louis').media);
  });
});

describe('format detection', () => {
  it('opens dataset JSON and our CSV as before, whatever the file is called', () => {
    const bundled = readFileSync(
      new URL('../../../public/data/dataset.json', import.meta.url),
      'utf8',
    );
    const json = importDataset(bundled, 'daten.csv');
    expect(json.ok && json.report).toBe(undefined);
    const csv = importDataset('id,title,start,quote\na,A,2018,„x“\n', 'daten.json');
    expect(csv.ok).toBe(true);
  });

  it('opens a TimelineJS event with an unreadable year as a fact without a date', () => {
    const result = importDataset(
      '{"events":[{"start_date":{"year":"abc"},"text":{"headline":"X"}}]}',
      'x',
    );
    expect(opened(result).dataset.facts[0]).not.toHaveProperty('time');
  });
});

describe('import helpers', () => {
  it.each([
    [{ year: -44, month: 3, day: 15 }, '-0044-03-15'],
    [{ year: '602' }, '0602'],
    [{ year: 2018, month: 2, day: 30 }, '2018-02'],
    [{ year: 2018, day: 5 }, '2018'],
    [{ year: 0 }, null],
    [{ year: 'x' }, null],
  ])('dates from parts %j', (parts, expected) =>
    expect(partialDateFromParts(parts)).toBe(expected),
  );

  it.each([
    ['1804', '1804'],
    ['May 14, 1804', '1804-05-14'],
    ['14. Mai 1804', '1804-05-14'],
    ['14.05.1804', '1804-05-14'],
    ['März 2018', '2018-03'],
    ['44 v. Chr.', '-0044'],
    ['2018-03-19T10:30:00Z', '2018-03-19T10:30'],
    ['Sommer 1804', null],
  ])('dates from text %j', (text, expected) => expect(partialDateFromText(text)).toBe(expected));

  it('reduces HTML to text without running or keeping code', () => {
    expect(htmlToText('<p>a &amp; b</p><p>c<br/>d</p><script>alert(1)</script>')).toBe(
      'a & b\n\nc\nd',
    );
    expect(htmlToText('<img src=x onerror="alert(1)">Bild')).toBe('Bild');
  });

  it('finds a representative point for lines and areas', () => {
    expect(
      representativePoint({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
      }),
    ).toEqual({
      point: [1, 1],
      shape: true,
    });
    expect(representativePoint({ type: 'Point', coordinates: [200, 0] })).toBeNull();
  });
});

describe('the language of imported text', () => {
  it('is read from the text: an English TimelineJS file is English, the German ones German', () => {
    expect(opened(importDataset(fixture('timelinejs-en.json'), 'moon.json')).dataset.lang).toBe(
      'en',
    );
    expect(opened(importDataset(fixture('timelinejs.json'), 'kaiser.json')).dataset.lang).toBe(
      'de',
    );
    // StoryMapJS writes `language: "en"` for its viewer whatever the story's language.
    expect(opened(importDataset(fixture('storymap.json'), 'story.json')).dataset.lang).toBe('de');
  });

  it('falls back to what the file declares, else German, when the text says too little', () => {
    expect(detectLang(['Iden'], 'en')).toBe('en');
    expect(detectLang([''])).toBe('de');
    expect(declaredLang('en-US')).toBe('en');
    expect(declaredLang('fr')).toBeNull();
  });
});

describe('words the importers add themselves', () => {
  const GERMAN_UI_WORDS =
    /Datum laut Datei|Zeitleiste|Tabelle|Geschichte|Ereignis|Objekt|Folie|\bOrt \d|Quelle|Allgemein/;
  const files = [
    'timelinejs.json',
    'timelinejs-en.json',
    'timelinejs-sheet.tsv',
    'storymap.json',
    'features.geojson',
  ];

  it.each(files)('%s: in the English UI, none of them is German', (file) => {
    const { dataset } = opened(importDataset(fixture(file), file));
    const derived = [
      ...dataset.sources.map((source) => localize(source.kind, 'en')),
      // Categories the importer names (a file's own group names are the file's words).
      ...dataset.categories
        .filter((c) => ['ereignisse', 'folien', 'objekte'].includes(c.id))
        .map((c) => localize(c.label, 'en')),
      // Unnamed places and untitled facts.
      ...dataset.places.map((place) => place.name),
      ...dataset.facts
        .filter((fact) => fact.title.en !== undefined)
        .map((fact) => localize(fact.title, 'en')),
      // The lines an importer adds below a summary ("Datum laut Datei: …").
      ...dataset.facts.flatMap((fact) =>
        fact.summary?.en !== undefined
          ? [fact.summary.en.slice(fact.summary.de.lastIndexOf('\n\n') + 2)]
          : [],
      ),
    ];
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.filter((text) => GERMAN_UI_WORDS.test(text))).toEqual([]);
  });

  it('gives an untitled TimelineJS event an English title and its date line in English', () => {
    const { dataset } = opened(importDataset(fixture('timelinejs-en.json'), 'moon.json'));
    const wall = dataset.facts.find((f) => f.id === 'wall-falls')!;
    expect(wall.summary?.en).toContain('Date as given in the file: Evening of 9 November 1989');
    expect(wall.summary?.de).toContain('Datum laut Datei: Evening of 9 November 1989');
    expect(dataset.sources[0]!.kind).toEqual({
      de: 'TimelineJS-Zeitleiste',
      en: 'TimelineJS timeline',
    });
  });
});
