import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { sourceOf } from '@/data/index-source';
import type { Dataset } from '@/domain/dataset/dataset-schema';
import { buildTimelineGroups, buildTimelineItem, itemSpan } from './timeline-items';

const LABELS = {
  inferred: 'erschlossen',
  approximate: 'ungefähr',
  openEnd: 'offenes Ende',
  dataLang: 'de' as const,
};
const NOW = Date.UTC(2026, 10, 21);

function buildTimelineItems(data: Dataset, lang: 'de' | 'en') {
  return createDatasetIndex(data).factsInTimeOrder.flatMap(
    (fact) => buildTimelineItem(fact, lang, LABELS, NOW) ?? [],
  );
}

function items() {
  const data = datasetFixture();
  data.facts[0]!.time = { type: 'point', date: '2018-03-19', inferred: 'Jahr aus dem Kontext' };
  return buildTimelineItems(data, 'de');
}

describe('buildTimelineItems', () => {
  it('draws a year range over whole years and labels it in years', () => {
    const range = items().find((i) => i.id === 'ohne-ort')!;
    expect(range).toMatchObject({
      type: 'range',
      start: new Date(Date.UTC(1989, 0, 1)),
      end: new Date(Date.UTC(2000, 0, 1)),
      label: 'Aussage · 1989–1999',
    });
  });

  it('runs an ongoing range to today, labelled "seit", with its open end in the tooltip', () => {
    const ongoing = items().find((i) => i.id === 'ministerin')!;
    expect(ongoing.end).toEqual(new Date(NOW));
    expect(ongoing.label).toBe('Ministerin · seit 2014');
    expect(ongoing.className).toContain('tl-item--ongoing');
    expect(ongoing.tooltip[1]).toEqual({ text: 'seit 2014 (Stand 2023; offenes Ende)' });
  });

  it('makes a day-precision event a point and marks an inferred date', () => {
    const point = items().find((i) => i.id === 'besuch-artern')!;
    expect(point).toMatchObject({ type: 'point', start: new Date(Date.UTC(2018, 2, 19)) });
    expect(point.end).toBeUndefined();
    expect(point.className).toContain('is-inferred');
    expect(point.label).toBe('Besuch in Artern · 19.03.2018 *');
    expect(point.tooltip).toContainEqual({ text: 'Jahr aus dem Kontext' });
  });

  it('keeps English titles and marks German fallbacks', () => {
    const en = buildTimelineItems(datasetFixture(), 'en');
    expect(en.find((i) => i.id === 'besuch-artern')).toMatchObject({
      labelLang: 'en',
      label: 'Visit to Artern · 19 March 2018',
    });
    expect(en.find((i) => i.id === 'ministerin')).toMatchObject({ labelLang: 'de' });
  });
});

describe('itemSpan', () => {
  it('covers a whole month or year for coarser points and as-of states', () => {
    expect(itemSpan({ type: 'point', date: '2018' }, NOW)).toEqual({
      start: Date.UTC(2018, 0, 1),
      end: Date.UTC(2019, 0, 1),
    });
    expect(itemSpan({ type: 'asOf', date: '2018-03' }, NOW)).toEqual({
      start: Date.UTC(2018, 2, 1),
      end: Date.UTC(2018, 3, 1),
    });
  });
});

describe('groups', () => {
  it('groups by the categories in use, labelled in the UI language', () => {
    expect(buildTimelineGroups(sourceOf(createDatasetIndex(datasetFixture())), 'en')).toEqual([
      { id: 'visits', label: 'Visits' },
      { id: 'career', label: 'Career' },
    ]);
  });
});
