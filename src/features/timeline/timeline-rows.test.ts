import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset, Fact } from '@/domain/dataset/dataset-schema';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { buildTimeIndex } from '@/domain/dataset/time-index';
import { ALL_ITEMS_UP_TO } from './timeline-density';
import type { TimelineItem } from './timeline-items';
import {
  CLUSTER_FROM_SPAN,
  clusterOptions,
  foldedGroups,
  rowsKey,
  visRows,
  type TimelineSource,
  type VisItem,
} from './timeline-rows';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** `count` facts on the days of 2018 in turn, all in "visits". */
function source(count: number, eras: TimelineSource['eras'] = []): TimelineSource {
  const base = datasetFixture();
  const facts: Fact[] = Array.from({ length: count }, (_, i) => ({
    ...base.facts[0]!,
    id: `v-${i}`,
    category: 'visits',
    time: { type: 'point', date: new Date(utc(2018) + (i % 365) * DAY).toISOString().slice(0, 10) },
  }));
  const index = createDatasetIndex({ ...base, facts } as Dataset);
  const itemOf = (id: string): TimelineItem | undefined => {
    const time = index.facts.get(id)?.time;
    if (time?.type !== 'point') return undefined;
    const start = new Date(`${time.date}T00:00:00Z`);
    return {
      id,
      group: 'visits',
      start,
      type: 'point',
      className: 'tl-item',
      label: id,
      labelLang: 'de',
      tooltip: [],
    } as unknown as TimelineItem;
  };
  return { times: buildTimeIndex(index, null), itemOf, eras };
}

const YEAR_2018 = { start: utc(2018), end: utc(2019) };

describe('visRows', () => {
  it('draws every fact in the window as an item of its category', () => {
    const rows = visRows(source(5), YEAR_2018, new Set(), 1000);
    expect(rows.map((r) => r.id)).toEqual(['v-0', 'v-1', 'v-2', 'v-3', 'v-4']);
    expect(rows[0]).toMatchObject({ group: 'visits', type: 'point', content: '' });
    expect(rows[0]!.item?.id).toBe('v-0');
  });

  it('draws an era that reaches the window as a band behind every row, none far away', () => {
    const eras = [
      { id: 'r2g', label: 'Rot-Rot-Grün', labelLang: 'de', start: utc(2014), end: utc(2024) },
      { id: 'alt', label: 'Früher', labelLang: 'de', start: utc(1900), end: utc(1901) },
    ];
    const rows = visRows(source(1, eras), YEAR_2018, new Set(), 1000);
    const bands = rows.filter((r) => r.era);
    expect(bands.map((r) => r.id)).toEqual(['era:r2g']);
    expect(bands[0]).toMatchObject({ type: 'background', className: 'tl-era tl-era--0' });
    expect(bands[0]!.group).toBeUndefined();
  });

  const crowded = source(ALL_ITEMS_UP_TO + 500);

  it('turns a crowded category into density bars with a gap between them', () => {
    const rows = visRows(crowded, YEAR_2018, new Set(), 1000);
    const bars = rows.filter((r) => r.bin);
    expect(bars.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.item)).toBe(false);
    for (const bar of bars) {
      expect(bar.className).toMatch(/^tl-density tl-density--\d/);
      expect(bar.end!.getTime()).toBeLessThan(bar.bin!.end);
    }
  });

  it('draws a selected fact as an item among the bars; a large selection marks its bars', () => {
    const one = visRows(crowded, YEAR_2018, new Set(['v-40']), 1000);
    expect(one.filter((r) => r.item).map((r) => r.id)).toEqual(['v-40']);
    const many = new Set(Array.from({ length: 300 }, (_, i) => `v-${i}`));
    const chosen = visRows(crowded, YEAR_2018, many, 1000).filter((r) =>
      r.className.includes('is-chosen'),
    );
    expect(chosen.length).toBeGreaterThan(0);
    for (const bar of chosen) expect(bar.bin!.selected).toBeGreaterThan(0);
  });
});

describe('rowsKey', () => {
  it('changes with a row’s look, not with a new array of the same rows', () => {
    const a = visRows(source(3), YEAR_2018, new Set(), 1000);
    const b = visRows(source(3), YEAR_2018, new Set(), 1000);
    expect(rowsKey(a)).toBe(rowsKey(b));
    const restyled = a.map((r, i) => (i === 0 ? { ...r, className: 'other' } : r));
    expect(rowsKey(restyled)).not.toBe(rowsKey(a));
  });
});

describe('clusterOptions', () => {
  const fact = (id: string) => ({ id }) as VisItem;
  const era = { id: 'era:x', era: {} } as VisItem;
  const bar = { id: 'bin:x', bin: {} } as VisItem;

  it('clusters a small dataset only at an overview, and never a selected fact', () => {
    let span = CLUSTER_FROM_SPAN;
    const selected = new Set(['chosen']);
    const { clusterCriteria, maxItems } = clusterOptions(false, {
      windowSpan: () => span,
      selected: () => selected,
    });
    expect(maxItems).toBe(1);
    expect(clusterCriteria(fact('a'), fact('b'))).toBe(true);
    expect(clusterCriteria(fact('a'), fact('chosen'))).toBe(false);
    expect(clusterCriteria(fact('a'), era)).toBe(false);
    span = CLUSTER_FROM_SPAN - 1;
    expect(clusterCriteria(fact('a'), fact('b'))).toBe(false);
  });

  it('clusters a large dataset at any zoom, never a density bar or an era', () => {
    const { clusterCriteria, maxItems } = clusterOptions(true, {
      windowSpan: () => 0,
      selected: () => new Set(['a']),
    });
    expect(maxItems).toBe(3);
    expect(clusterCriteria(fact('a'), fact('b'))).toBe(true);
    expect(clusterCriteria(fact('a'), bar)).toBe(false);
    expect(clusterCriteria(era, fact('b'))).toBe(false);
  });
});

describe('foldedGroups', () => {
  it('gives only the groups whose visibility changes, with the new visibility', () => {
    const groups = [
      { id: 'career', visible: true },
      { id: 'visits', visible: false },
      { id: 'programme', visible: true },
    ];
    expect(foldedGroups(groups, new Set(['visits', 'programme']))).toEqual([
      { id: 'career', visible: false },
      { id: 'visits', visible: true },
    ]);
    expect(foldedGroups(groups, new Set(['career', 'programme']))).toEqual([]);
  });
});
