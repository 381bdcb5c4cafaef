import { describe, expect, it } from 'vitest';
import { createTranslate, factKindLabel } from './messages';
import { describeIssue } from '../dataset/dataset-issue';

describe('createTranslate', () => {
  it('chooses the plural form by count, in both languages', () => {
    const de = createTranslate('de');
    const en = createTranslate('en');
    expect([0, 1, 2].map((count) => de('factCount', { count }))).toEqual([
      '0 Fakten',
      '1 Fakt',
      '2 Fakten',
    ]);
    expect([0, 1, 2].map((count) => en('factCount', { count }))).toEqual([
      '0 facts',
      '1 fact',
      '2 facts',
    ]);
    expect(de('announcePlace', { place: 'Roßleben', count: 1 })).toBe(
      'Ort ausgewählt: Roßleben, 1 Fakt',
    );
    expect(de('cursorCaption', { date: '19.03.2018', count: 1 })).toBe(
      '19.03.2018 · 1 aktiver Fakt',
    );
  });

  it('groups numbers as the language writes them', () => {
    expect(createTranslate('de')('matchCount', { shown: 10000, count: 10000 })).toBe(
      '10.000 von 10.000 Fakten',
    );
    expect(createTranslate('en')('matchCount', { shown: 10000, count: 10000 })).toBe(
      '10,000 of 10,000 facts',
    );
  });

  it('keeps $ patterns in parameters verbatim', () => {
    for (const id of ['$&', "$'", '$`', '$1', '$$']) {
      expect(createTranslate('de')('selectionMissing', { id })).toBe(
        `Die Auswahl „${id}“ gibt es in diesem Datensatz nicht.`,
      );
      expect(
        describeIssue({ path: 'facts[0].category', code: 'unknown-reference', detail: id }, 'en'),
      ).toBe(`facts[0].category: refers to “${id}”, which the dataset does not contain`);
    }
  });

  it('leaves an unknown placeholder visible rather than inventing text', () => {
    expect(createTranslate('de')('factCount')).toBe('{count} Fakten');
  });

  it('labels known fact kinds and shows unknown ones as written', () => {
    expect(factKindLabel('funding', createTranslate('en'))).toBe('Funding');
    expect(factKindLabel('ausstellung', createTranslate('de'))).toBe('ausstellung');
  });
});
