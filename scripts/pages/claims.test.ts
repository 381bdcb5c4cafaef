// Every claim the bundled dataset and its pages make, checked against what its quotes say:
// a place the quotes do not name carries a reason, every reason and note has an English text,
// structured data gives each place its own point and never states an inferred date as a date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/domain/dataset/dataset-index';
import type { Dataset, Fact } from '../../src/domain/dataset/dataset-schema';
import { asLocalizedText, type LocalizableText } from '../../src/domain/text/lang';
import { validateDataset } from '../../src/domain/dataset/validate-dataset';
import { factPageParts, placePageParts } from './page-html';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8'),
);
const result = validateDataset(raw);
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const dataset: Dataset = result.dataset;
const index = createDatasetIndex(dataset);

const quotesOf = (fact: Fact) => fact.evidence.map((e) => e.quote ?? '').join('\n');

/** Every reason and note in the dataset, with where it is. */
function reasons(): [string, LocalizableText][] {
  return [
    ...dataset.sources.flatMap((s) =>
      s.dateInferred ? [[`source ${s.id}`, s.dateInferred] as [string, LocalizableText]] : [],
    ),
    ...dataset.places.flatMap((p) =>
      p.note ? [[`place ${p.id}`, p.note] as [string, LocalizableText]] : [],
    ),
    ...dataset.facts.flatMap((f) => [
      ...(f.time?.inferred
        ? [[`time of ${f.id}`, f.time.inferred] as [string, LocalizableText]]
        : []),
      ...Object.entries(f.placesInferred ?? {}).map(
        ([place, reason]) => [`${f.id} at ${place}`, reason] as [string, LocalizableText],
      ),
    ]),
  ];
}

describe('the bundled dataset claims only what its sources say', () => {
  it('links a fact to a place only when a quote names it, or with the reason it is inferred', () => {
    const unexplained = dataset.facts.flatMap((fact) =>
      fact.places
        .filter((id) => !quotesOf(fact).includes(index.places.get(id)!.name))
        .filter((id) => fact.placesInferred?.[id] === undefined)
        .map((id) => `${fact.id} → ${id}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('gives no reason for a place that a quote names', () => {
    const needless = dataset.facts.flatMap((fact) =>
      Object.keys(fact.placesInferred ?? {})
        .filter((id) => quotesOf(fact).includes(index.places.get(id)!.name))
        .map((id) => `${fact.id} → ${id}`),
    );
    expect(needless).toEqual([]);
  });

  it('has every reason and place note in German and in English', () => {
    const germanOnly = reasons()
      .filter(([, text]) => asLocalizedText(text).en === undefined)
      .map(([where]) => where);
    expect(reasons().length).toBeGreaterThan(20);
    expect(germanOnly).toEqual([]);
  });

  it('marks a date the text gives as "Anfang <year>" as approximate', () => {
    const plain = dataset.facts
      .filter((fact) => /Anfang \d{4}/.test(quotesOf(fact)))
      .filter((fact) => !fact.time?.approximate)
      .map((fact) => fact.id);
    expect(plain).toEqual([]);
  });

  it('dates a source no finer than its reason allows ("frühestens am 27. März" is no month)', () => {
    const tooFine = dataset.sources
      .filter((s) => s.date && /frühestens/.test(asLocalizedText(s.dateInferred ?? '').de))
      .filter((s) => s.date!.length > 4)
      .map((s) => s.id);
    expect(tooFine).toEqual([]);
  });

  it('keeps stated starts stated: "seit 2014" is in the quote, only "Stand 2023" is inferred', () => {
    const overclaimed = dataset.facts.filter(
      (fact) =>
        fact.time?.type === 'ongoing' &&
        fact.time.inferred &&
        quotesOf(fact).match(/[Ss]eit (\d{4})/)?.[1] === fact.time.start &&
        fact.time.inferredPart !== 'asOf',
    );
    expect(overclaimed.map((f) => f.id)).toEqual([]);
    for (const id of ['ministerin-seit-2014', 'drug-checking-seit-2021']) {
      const { description } = factPageParts(index, index.facts.get(id)!);
      expect(description).not.toMatch(/seit \d{4} \(erschlossen\)/);
      expect(description).toMatch(/seit \d{4}, Stand 2023 \(erschlossen\)/);
    }
  });

  it('summaries say what the quotes say, no more', () => {
    const summary = (id: string, lang: 'de' | 'en') => {
      const text = index.facts.get(id)!.summary!;
      return lang === 'de' ? text.de : (text.en ?? '');
    };
    // "wird … bereitstellen" is a plan, not a fact of today.
    expect(summary('lsz-programm', 'de')).toContain('wird erhebliche Finanzmittel');
    expect(summary('lsz-programm', 'de')).not.toMatch(/stellt .* bereit/);
    // "Verankerung" is not "established"; "finanziell gefördert" does not say by whom.
    expect(
      `${summary('liga-selbstvertretung', 'en')} ${index.facts.get('liga-selbstvertretung')!.title.en}`,
    ).not.toMatch(/establish/i);
    expect(summary('anonymer-krankenschein', 'en')).not.toMatch(/public/i);
    // "im nächsten Jahr", as the text says.
    expect(summary('lsz-ausweitung-thueringen', 'de')).toContain('im nächsten Jahr');
    // R2G is not expanded anywhere except as background.
    const everything = JSON.stringify(dataset);
    expect(everything).not.toMatch(
      /rot-rot-grünen Landesregierung \(R2G\)|red-red-green state government \(R2G\)/,
    );
    expect(dataset.entities.find((e) => e.id === 'r2g')!.description!.de).toMatch(/^Hintergrund/);
  });

  it("names no place in a tour that its step's sources do not name", () => {
    const tour = dataset.tours![0]!;
    expect(tour.title.de).not.toContain('Dresden');
    expect(tour.title.en).not.toContain('Dresden');
    // Named by a quote, the title, or a place linked with its reason.
    const named = (fact: Fact) =>
      [
        quotesOf(fact),
        fact.title.de,
        ...Object.keys(fact.placesInferred ?? {}).map((id) => index.places.get(id)!.name),
      ].join('\n');
    for (const step of tour.steps) {
      const fact = index.facts.get(step.fact!)!;
      for (const place of dataset.places) {
        if (step.text.de.includes(place.name) && place.kind === 'town') {
          expect(named(fact), `step of ${fact.id} names ${place.name}`).toContain(place.name);
        }
      }
    }
  });
});

describe('the pages tell the truth', () => {
  it('gives every place in JSON-LD its own coordinates', () => {
    for (const fact of dataset.facts) {
      const { structured } = factPageParts(index, fact);
      const places = (structured.location ?? structured.spatialCoverage ?? []) as {
        name: string;
        geo?: { latitude: number; longitude: number };
      }[];
      for (const entry of places) {
        const place = dataset.places.find((p) => p.name === entry.name)!;
        if (place.coordinates) {
          expect(entry.geo, `${fact.id}: ${place.name}`).toEqual({
            '@type': 'GeoCoordinates',
            longitude: place.coordinates[0],
            latitude: place.coordinates[1],
          });
        } else {
          expect(entry.geo, `${fact.id}: ${place.name} has no point of its own`).toBeUndefined();
        }
      }
    }
  });

  it('never gives an inferred date as a plain schema.org date', () => {
    for (const fact of dataset.facts) {
      const { structured } = factPageParts(index, fact);
      const wholeDateInferred = fact.time?.inferred && fact.time.inferredPart !== 'asOf';
      if (wholeDateInferred) {
        expect(structured.startDate, fact.id).toBeUndefined();
        expect(structured.temporalCoverage, fact.id).toBeUndefined();
        expect(structured.description, fact.id).toContain('erschlossen');
      }
      for (const work of structured.citation as { name: string; datePublished?: string }[]) {
        const source = dataset.sources.find((s) => s.title === work.name)!;
        if (source.dateInferred) expect(work.datePublished, fact.id).toBeUndefined();
      }
    }
  });

  it('calls a plan no Event and gives a range its start and end', () => {
    expect(
      factPageParts(index, index.facts.get('lsz-ausweitung-thueringen')!).structured['@type'],
    ).not.toBe('Event');
    expect(
      factPageParts(index, index.facts.get('saechsischer-landtag')!).structured.temporalCoverage,
    ).toBe('1999/2014');
  });

  it('marks an inferred place in the page and its preview text', () => {
    const parts = factPageParts(index, index.facts.get('saechsischer-landtag')!);
    expect(parts.description).toContain('Dresden (erschlossen)');
    expect(parts.imageAlt).toContain('Dresden (erschlossen)');
    expect(parts.body).toContain('Dresden</a> (erschlossen: Die Quelle nennt keinen Ort');
  });

  it('labels place notes as background, with no doubled period', () => {
    for (const place of dataset.places.filter((p) => index.factIdsByPlace.has(p.id))) {
      const parts = placePageParts(index, place);
      expect(parts.description, place.id).not.toContain('..');
      if (place.note) expect(parts.description).toContain('Hintergrund, nicht aus den Quellen');
    }
  });
});
