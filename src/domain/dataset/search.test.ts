import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from './dataset-index';
import fc from 'fast-check';
import {
  buildSearchTexts,
  countByCategory,
  createTextScanner,
  foldText,
  selectMatchingFactIds,
} from './search';
import { datasetFixture } from '../testing/dataset-fixture';

function setup() {
  const index = createDatasetIndex(datasetFixture());
  const built = buildSearchTexts(index);
  let asked = 0;
  const texts = () => {
    asked += 1;
    return built;
  };
  return { index, texts, asked: () => asked };
}

const ids = (set: ReadonlySet<string> | null) => (set === null ? null : [...set].sort());

describe('foldText', () => {
  it('ignores case and accents and folds ß', () => {
    expect(foldText('Roßleben FÖRDER  Mittel')).toBe('rossleben forder mittel');
  });
});

describe('selectMatchingFactIds', () => {
  it('filters nothing without a query or categories', () => {
    const { index, texts } = setup();
    expect(selectMatchingFactIds(index, texts, { query: ' ', categories: [] })).toBeNull();
  });

  it('finds by title, summary, place (and the places it lies in), person and quote, in German and English', () => {
    const { index, texts } = setup();
    const find = (query: string) =>
      ids(selectMatchingFactIds(index, texts, { query, categories: [] }));
    expect(find('visit')).toEqual(['besuch-artern']);
    expect(find('ARTERN')).toEqual(['besuch-artern']);
    expect(find('thuringen')).toEqual(['besuch-artern', 'ministerin']);
    expect(find('heike werner')).toEqual(['besuch-artern', 'ministerin']);
    expect(find('seit 2014')).toEqual(['ministerin', 'ohne-ort']);
    expect(find('maerz')).toEqual([]);
    expect(find('marz besuchte')).toEqual(['besuch-artern']);
  });

  it('combines the query with the chosen categories', () => {
    const { index, texts } = setup();
    expect(ids(selectMatchingFactIds(index, texts, { query: '', categories: ['career'] }))).toEqual(
      ['ministerin', 'ohne-ort'],
    );
    expect(
      ids(selectMatchingFactIds(index, texts, { query: 'artern', categories: ['career'] })),
    ).toEqual([]);
  });

  it('reads the search texts only when the query has words', () => {
    const { index, texts, asked } = setup();
    selectMatchingFactIds(index, texts, { query: '  ', categories: ['career'] });
    countByCategory(index, texts, '');
    expect(asked()).toBe(0);
    selectMatchingFactIds(index, texts, { query: 'artern', categories: [] });
    expect(asked()).toBe(1);
  });

  it('counts matches per category for the filter buttons', () => {
    const { index, texts } = setup();
    expect(Object.fromEntries(countByCategory(index, texts, ''))).toEqual({ visits: 1, career: 2 });
    expect(Object.fromEntries(countByCategory(index, texts, 'werner'))).toEqual({
      visits: 1,
      career: 1,
    });
  });
});

describe('createTextScanner', () => {
  it('finds exactly the texts that hold every word, as reading each one would', () => {
    const letters = fc.constantFrom('a', 'b', 'o', 'r', 't', '1', '2', ' ');
    const text = fc.array(letters, { maxLength: 30 }).map((cs) => cs.join(''));
    const word = fc.array(
      letters.filter((c) => c !== ' '),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.array(
          word.map((cs) => cs.join('')),
          { minLength: 1, maxLength: 3 },
        ),
        (texts, words) => {
          const expected = texts.flatMap((t, i) => (words.every((w) => t.includes(w)) ? [i] : []));
          expect(createTextScanner(texts).positionsWith(words)).toEqual(expected);
        },
      ),
    );
  });

  it('never matches across two facts', () => {
    expect(createTextScanner(['ort', '12']).positionsWith(['ort12'])).toEqual([]);
    expect(createTextScanner(['ort', '12']).positionsWith(['ort', '12'])).toEqual([]);
    expect(createTextScanner(['ort 12', 'x']).positionsWith(['ort', '12'])).toEqual([0]);
  });
});
