import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import { datasetToGeoJson, subsetDataset } from './export';
import { datasetFixture } from '../testing/dataset-fixture';
import { validateDataset } from '../dataset/validate-dataset';

describe('subsetDataset', () => {
  it('keeps the chosen facts with everything they refer to, and validates', () => {
    const index = createDatasetIndex(datasetFixture());
    const subset = subsetDataset(index, new Set(['besuch-artern']));
    expect(subset.facts.map((f) => f.id)).toEqual(['besuch-artern']);
    expect(subset.places.map((p) => p.id)).toEqual(['thueringen', 'artern', 'fz-artern']);
    expect(subset.categories.map((c) => c.id)).toEqual(['visits']);
    expect(validateDataset(subset).ok).toBe(true);
  });

  it('keeps the tour steps whose fact and place it keeps, and drops tours left empty', () => {
    const data = {
      ...datasetFixture(),
      tours: [
        {
          id: 'ganz',
          title: { de: 'Ganz' },
          steps: [
            { fact: 'besuch-artern', text: { de: 'a' } },
            { fact: 'ministerin', text: { de: 'b' } },
            { place: 'artern', text: { de: 'c' } },
            { place: 'erfurt', text: { de: 'd' } },
          ],
        },
        { id: 'leer', title: { de: 'Leer' }, steps: [{ fact: 'ministerin', text: { de: 'e' } }] },
      ],
    };
    const subset = subsetDataset(createDatasetIndex(data), new Set(['besuch-artern']));
    expect(subset.tours?.map((t) => [t.id, t.steps.map((s) => s.text.de)])).toEqual([
      ['ganz', ['a', 'c']],
    ]);
    expect(validateDataset(subset).ok).toBe(true);
    expect(subsetDataset(createDatasetIndex(data), new Set(['ohne-ort']))).not.toHaveProperty(
      'tours',
    );
  });

  it('keeps everything without a filter', () => {
    const data = datasetFixture();
    expect(subsetDataset(createDatasetIndex(data), null).facts).toHaveLength(data.facts.length);
  });
});

describe('datasetToGeoJson', () => {
  it('makes one point per fact and drawable place, with the citation', () => {
    const geo = datasetToGeoJson(createDatasetIndex(datasetFixture()), null);
    expect(geo.features.map((f) => [f.properties?.fact, f.geometry.coordinates])).toEqual([
      ['ministerin', [11.029, 50.978]],
      ['besuch-artern', [11.292, 51.366]],
    ]);
    expect(geo.features[1]!.properties).toMatchObject({
      place: 'Freizeitzentrum Artern',
      quote: 'Am 19. März besuchte sie Artern.',
      source: 'PM',
    });
    // The whole fact travels with it: nothing the format has is left behind.
    expect(geo.features[1]!.properties).toMatchObject({
      kind: 'event',
      title_en: 'Visit to Artern',
      summary: { de: 'Besuch.' },
      amount: { value: 477970, currency: 'EUR' },
      people: [{ id: 'werner', name: 'Heike Werner' }],
      evidence: [
        {
          source: 'pm',
          quote: 'Am 19. März besuchte sie Artern.',
          start: 0,
          end: 32,
          source_title: 'PM',
          source_kind: 'Pressemitteilung',
          source_date: '2018-03',
        },
      ],
    });
  });
});
