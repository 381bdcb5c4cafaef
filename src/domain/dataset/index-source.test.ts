import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from './dataset-index';
import { createIndexSource } from './index-source';
import { datasetFixture } from '../testing/dataset-fixture';

const source = (change?: (data: ReturnType<typeof datasetFixture>) => void) => {
  const data = datasetFixture();
  change?.(data);
  return createIndexSource(createDatasetIndex(data));
};

describe('createIndexSource: what the views ask of a dataset in memory', () => {
  it('holds the dataset without its facts, and counts them', () => {
    const s = source((data) => {
      data.facts[2]!.evidence = [{ source: 'pm' }];
    });
    expect(s.meta).not.toHaveProperty('facts');
    expect(s.meta.title).toEqual(datasetFixture().title);
    expect(s.counts.facts).toBe(3);
    expect(s.counts.unquoted).toBe(1);
    expect([...s.counts.byCategory]).toEqual([
      ['visits', 1],
      ['career', 2],
    ]);
  });

  it('answers one fact by id, and knows which ids exist', async () => {
    const s = source();
    expect(s.fact('ministerin')?.category).toBe('career');
    expect(s.categoryOf('besuch-artern')).toBe('visits');
    expect(s.has('ministerin')).toBe(true);
    expect(s.has('nirgends')).toBe(false);
    expect(s.fact('nirgends')).toBeUndefined();
    await expect(s.read(['ministerin'])).resolves.toBeUndefined();
  });

  it('steps through facts in time order and stops at the ends', () => {
    const s = source();
    expect(s.step(null, 1)).toBe('ohne-ort');
    expect(s.step(null, -1)).toBe('besuch-artern');
    expect(s.step('ohne-ort', 1)).toBe('ministerin');
    expect(s.step('besuch-artern', 1)).toBe('besuch-artern');
    expect(s.step('nirgends', 1)).toBe('ohne-ort');
  });

  it('lists the matching ids in time order and counts the undated among them', () => {
    const s = source((data) => {
      delete data.facts[0]!.time;
    });
    expect(s.idsInTimeOrder(null)).toEqual(['ohne-ort', 'ministerin', 'besuch-artern']);
    expect(s.idsInTimeOrder(new Set(['besuch-artern', 'ohne-ort']))).toEqual([
      'ohne-ort',
      'besuch-artern',
    ]);
    expect(s.undatedAmong(null)).toBe(1);
    expect(s.undatedAmong(new Set(['ministerin']))).toBe(0);
    expect(s.timeIndex(null).total).toBe(2);
  });

  it('answers places: counts with the places inside, anchors, active facts, the off-map', () => {
    const s = source((data) => {
      data.facts[2]!.places = ['thueringen'];
    });
    expect(s.idsAtPlace('artern')).toEqual(['besuch-artern']);
    expect(s.idsAtPlace('nirgends')).toEqual([]);
    expect(s.mapAnchor('fz-artern')?.id).toBe('artern');
    expect([...s.placesOf(['besuch-artern'])].sort()).toEqual([
      'artern',
      'fz-artern',
      'thueringen',
    ]);
    const at2015 = s.activeAt(Date.UTC(2015, 5, 1));
    expect(at2015.count).toBe(1);
    expect([...at2015.placeIds]).toEqual(['erfurt', 'thueringen']);
    expect(s.offMapCount(new Set())).toBe(1);
    expect(s.offMapCount(new Set(['thueringen']))).toBe(0);
    expect(s.placeless).toBe(false);
    expect(source((data) => data.facts.forEach((f) => (f.places = []))).placeless).toBe(true);
  });

  it('searches on the page without a worker, and keeps only quoted facts when asked', async () => {
    const s = source((data) => {
      data.facts[2]!.evidence = [{ source: 'pm' }];
    });
    expect(s.search.isElsewhere('Artern')).toBe(false);
    expect([...s.search.now('Artern', []).ids!]).toEqual(['besuch-artern']);
    expect((await s.search.elsewhere('Artern', [])).counts.get('visits')).toBe(1);
    expect(s.search.now('', []).ids).toBeNull();
    expect([...s.search.onlyQuoted(null)!].sort()).toEqual(['besuch-artern', 'ministerin']);
    expect([...s.search.onlyQuoted(new Set(['ohne-ort', 'ministerin']))!]).toEqual(['ministerin']);
  });

  it('sends a query with words to the worker when the dataset has one', async () => {
    const asked: string[] = [];
    const s = createIndexSource(createDatasetIndex(datasetFixture()), {
      searcher: {
        search: (query) => {
          asked.push(query);
          return Promise.resolve({ ids: new Set(['ministerin']), counts: new Map() });
        },
      },
    });
    expect(s.search.isElsewhere('Ministerin')).toBe(true);
    expect(s.search.isElsewhere('  ')).toBe(false);
    expect([...(await s.search.elsewhere('Ministerin', [])).ids!]).toEqual(['ministerin']);
    expect(asked).toEqual(['Ministerin']);
  });
});
