import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset, Fact } from '@/domain/dataset/dataset-schema';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import {
  ALL_ITEMS_UP_TO,
  binWidth,
  categoriesIn,
  densityLevel,
  ITEMS_PER_CATEGORY,
  timelineView,
} from './timeline-density';
import { buildTimeIndex } from '@/domain/dataset/time-index';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** A dataset with `crowded` facts on days of 2018 in "visits" and `sparse` years in "career". */
function dataset(crowded: number, sparse: number): Dataset {
  const base = datasetFixture();
  const template = base.facts[0]!;
  const fact = (id: string, category: string, date: string): Fact => ({
    ...template,
    id,
    category,
    time: { type: 'point', date },
  });
  const facts: Fact[] = [];
  for (let i = 0; i < crowded; i++) {
    const day = new Date(utc(2018) + (i % 365) * DAY).toISOString().slice(0, 10);
    facts.push(fact(`v-${i}`, 'visits', day));
  }
  for (let i = 0; i < sparse; i++) facts.push(fact(`c-${i}`, 'career', String(1990 + i)));
  return { ...base, facts };
}

describe('buildTimeIndex', () => {
  it('sorts the shown facts by category and knows their extent', () => {
    const index = createDatasetIndex(dataset(10, 3));
    const times = buildTimeIndex(index, null);
    expect(times.total).toBe(13);
    expect(times.categories.get('career')!.ids).toEqual(['c-0', 'c-1', 'c-2']);
    expect(times.extent).toEqual({ start: utc(1990), end: utc(2018, 1, 11) });
    const some = buildTimeIndex(index, new Set(['v-3', 'c-1']));
    expect(some.total).toBe(2);
    expect([...some.categories.keys()].sort()).toEqual(['career', 'visits']);
    expect(buildTimeIndex(index, new Set()).extent).toBeNull();
  });
});

describe('timelineView', () => {
  it('draws every fact of a small dataset as an item, as before', () => {
    const index = createDatasetIndex(dataset(40, 5));
    const view = timelineView(buildTimeIndex(index, null), { start: 0, end: 1 }, new Set());
    expect(view.factIds).toHaveLength(45);
    expect(view.bins).toEqual([]);
  });

  it('draws a crowded category as bins whose counts are the facts in them, the sparse one as items', () => {
    const index = createDatasetIndex(dataset(ALL_ITEMS_UP_TO + 500, 5));
    const times = buildTimeIndex(index, null);
    const window = { start: utc(1985), end: utc(2025) };
    const view = timelineView(times, window, new Set());
    expect([...view.factIds].sort()).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4']);
    expect(view.bins.every((bin) => bin.group === 'visits')).toBe(true);
    // Each bin counts the facts overlapping it, checked against the dates one by one.
    const intervals = [...times.categories.get('visits')!.starts].map((start, i) => ({
      start,
      end: times.categories.get('visits')!.ends[i]!,
    }));
    for (const bin of view.bins) {
      const expected = intervals.filter((f) => f.start < bin.end && f.end > bin.start).length;
      expect(bin.count).toBe(expected);
    }
    // Every fact is in a bin; a day that straddles two bins counts in both.
    const counted = view.bins.reduce((sum, bin) => sum + bin.count, 0);
    expect(counted).toBeGreaterThanOrEqual(ALL_ITEMS_UP_TO + 500);
    // Bins sit on a grid: the same window gives the same ids (a pan keeps most of them).
    const width = binWidth(window.end - window.start);
    expect(view.bins.every((bin) => bin.start % width === 0)).toBe(true);
  });

  it('draws items where the window holds few enough, bins where it holds many', () => {
    const index = createDatasetIndex(dataset(ALL_ITEMS_UP_TO + 500, 0));
    const times = buildTimeIndex(index, null);
    // A week of 2018 (and a week on each side): about 4 facts a day, well under the limit.
    const week = { start: utc(2018, 6, 1), end: utc(2018, 6, 8) };
    const view = timelineView(times, week, new Set());
    expect(view.bins).toEqual([]);
    expect(view.factIds.length).toBeGreaterThan(0);
    expect(view.factIds.length).toBeLessThanOrEqual(ITEMS_PER_CATEGORY);
  });

  it('draws a few selected facts as items inside a band, and marks the bins of a large selection', () => {
    const index = createDatasetIndex(dataset(ALL_ITEMS_UP_TO + 500, 0));
    const times = buildTimeIndex(index, null);
    const window = { start: utc(2017), end: utc(2020) };
    const one = timelineView(times, window, new Set(['v-10']));
    expect(one.factIds).toEqual(['v-10']);
    expect(one.bins.some((bin) => bin.selected > 0)).toBe(false);
    const many = new Set(Array.from({ length: 300 }, (_, i) => `v-${i}`));
    const marked = timelineView(times, window, many);
    expect(marked.factIds).toEqual([]);
    expect(marked.bins.reduce((sum, bin) => sum + bin.selected, 0)).toBeGreaterThanOrEqual(300);
  });
});

describe('categoriesIn and densityLevel', () => {
  it('names the categories with facts in a window', () => {
    const times = buildTimeIndex(createDatasetIndex(dataset(10, 3)), null);
    expect(categoriesIn(times, utc(1990), utc(1991))).toEqual(new Set(['career']));
    expect(categoriesIn(times, utc(2018), utc(2018, 2))).toEqual(new Set(['visits']));
    expect(categoriesIn(times, utc(2030), utc(2031))).toEqual(new Set());
  });

  it('grades bins on a log scale of the fullest', () => {
    expect(densityLevel(1, 1)).toBe(1);
    expect(densityLevel(1000, 1000)).toBe(4);
    expect(densityLevel(2, 1000)).toBe(1);
    expect(densityLevel(100, 1000)).toBe(3);
  });
});
