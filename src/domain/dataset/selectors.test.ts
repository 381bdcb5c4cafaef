import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from './dataset-index';
import {
  selectDataExtent,
  selectFactsActiveAt,
  selectFactsAtPlace,
  selectFactsInTimeOrder,
  selectFactsInWindow,
  selectMapAnchor,
  selectFactsWithoutMapPlace,
  selectPlaceIdsActiveAt,
  selectPlacesOfFact,
} from './selectors';
import { datasetFixture } from '../testing/dataset-fixture';

const ids = (facts: readonly { id: string }[]) => facts.map((f) => f.id);

describe('selectors', () => {
  it('lists facts in time order', () => {
    expect(ids(createDatasetIndex(datasetFixture()).factsInTimeOrder)).toEqual([
      'ohne-ort',
      'ministerin',
      'besuch-artern',
    ]);
  });

  it('puts facts without a date last, in file order, with no interval, on no timeline', () => {
    const dataset = datasetFixture();
    const base = dataset.facts[0]!;
    const { time: _time, ...undated } = base;
    dataset.facts.unshift(
      { ...undated, id: 'z-ohne-datum', evidence: [] },
      { ...undated, id: 'a-ohne-datum', evidence: [{ source: 'pm' }] },
    );
    const index = createDatasetIndex(dataset);
    expect(ids(index.factsInTimeOrder)).toEqual([
      'ohne-ort',
      'ministerin',
      'besuch-artern',
      'z-ohne-datum',
      'a-ohne-datum',
    ]);
    expect(ids(index.factsWithoutTime)).toEqual(['z-ohne-datum', 'a-ohne-datum']);
    expect(index.intervals.has('a-ohne-datum')).toBe(false);
    expect(ids(selectFactsAtPlace(index, 'artern'))).toContain('a-ohne-datum');
    expect(selectFactsActiveAt(index, Date.UTC(2018, 2, 19)).map((f) => f.id)).not.toContain(
      'a-ohne-datum',
    );
    expect(selectDataExtent(index)).toEqual(selectDataExtent(createDatasetIndex(datasetFixture())));
  });

  it('counts a fact at an institution for the town and state it lies in', () => {
    const index = createDatasetIndex(datasetFixture());
    expect(ids(selectFactsAtPlace(index, 'fz-artern'))).toEqual(['besuch-artern']);
    expect(ids(selectFactsAtPlace(index, 'artern'))).toEqual(['besuch-artern']);
    expect(ids(selectFactsAtPlace(index, 'thueringen'))).toEqual(['ministerin', 'besuch-artern']);
    expect(selectFactsAtPlace(index, 'erfurt-nord')).toEqual([]);
  });

  it('gives the places a fact names', () => {
    const index = createDatasetIndex(datasetFixture());
    expect(selectPlacesOfFact(index, 'besuch-artern').map((p) => p.id)).toEqual(['fz-artern']);
    expect(selectPlacesOfFact(index, 'missing')).toEqual([]);
  });

  it('draws an institution at the nearest place with coordinates', () => {
    const index = createDatasetIndex(datasetFixture());
    expect(selectMapAnchor(index, 'fz-artern')?.id).toBe('artern');
    expect(selectMapAnchor(index, 'thueringen')).toBeNull();
  });

  it('finds facts active at an instant by interval', () => {
    const index = createDatasetIndex(datasetFixture());
    expect(ids(selectFactsActiveAt(index, Date.UTC(2018, 2, 19, 12)))).toEqual([
      'ministerin',
      'besuch-artern',
    ]);
    expect(ids(selectFactsActiveAt(index, Date.UTC(1999, 11, 31)))).toEqual(['ohne-ort']);
    expect(ids(selectFactsActiveAt(index, Date.UTC(2024, 0, 1)))).toEqual([]);
  });

  it('finds facts overlapping a window', () => {
    const index = createDatasetIndex(datasetFixture());
    const window = { start: Date.UTC(1999, 0, 1), end: Date.UTC(2014, 0, 1) };
    expect(ids(selectFactsInWindow(index, window))).toEqual(['ohne-ort']);
  });

  it('spans the data from the earliest start to the latest end', () => {
    expect(selectDataExtent(createDatasetIndex(datasetFixture()))).toEqual({
      start: Date.UTC(1989, 0, 1),
      end: Date.UTC(2024, 0, 1),
    });
  });
});

describe('map selectors', () => {
  it('marks a place active when a fact at it or inside it is active', () => {
    const index = createDatasetIndex(datasetFixture());
    expect([...selectPlaceIdsActiveAt(index, Date.UTC(2018, 2, 19))].sort()).toEqual([
      'artern',
      'erfurt',
      'fz-artern',
      'thueringen',
    ]);
    expect([...selectPlaceIdsActiveAt(index, Date.UTC(2018, 2, 20))].sort()).toEqual([
      'erfurt',
      'thueringen',
    ]);
  });

  it('counts the facts that cannot be drawn', () => {
    const index = createDatasetIndex(datasetFixture());
    expect(selectFactsWithoutMapPlace(index).map((f) => f.id)).toEqual(['ohne-ort']);
  });
});

describe('selectFactsInTimeOrder', () => {
  it('gives the chosen facts in time order, by walking all or by rank', () => {
    const data = datasetFixture();
    const many = createDatasetIndex({
      ...data,
      facts: Array.from({ length: 40 }, (_, i) => ({
        ...data.facts[0]!,
        id: `f-${i}`,
        time: { type: 'point' as const, date: String(2000 + ((i * 7) % 40)) },
      })),
    });
    const expected = (ids: Set<string>) => many.factsInTimeOrder.filter((f) => ids.has(f.id));
    const few = new Set(['f-3', 'f-30', 'f-11']);
    expect(selectFactsInTimeOrder(many, few)).toEqual(expected(few));
    const most = new Set(Array.from({ length: 30 }, (_, i) => `f-${i}`));
    expect(selectFactsInTimeOrder(many, most)).toEqual(expected(most));
    expect(selectFactsInTimeOrder(many, null)).toBe(many.factsInTimeOrder);
  });
});
