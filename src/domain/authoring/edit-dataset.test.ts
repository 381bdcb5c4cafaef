import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate-dataset';
import { quoteAt } from './anchor';
import {
  addCategory,
  addSource,
  changeSource,
  confirmedReason,
  ensurePlace,
  factFromQuote,
  isSuggestion,
  newDataset,
  planSourceChange,
  reattachQuote,
  removeFact,
  suggestionReason,
} from './edit-dataset';
import { suggestDates } from './suggest';

const TEXT = 'Am 19. März 2018 besuchte die Ministerin Artern. Danach fuhr sie nach Roßleben.';

function authored() {
  let d = newDataset({ de: 'Test' });
  const added = addSource(d, { title: 'Bericht', text: TEXT, kind: 'Bericht', date: '2018' });
  d = added.dataset;
  const placed = ensurePlace(d, 'Artern', [11.292, 51.366]);
  d = placed.dataset;
  const start = TEXT.indexOf('besuchte');
  const made = factFromQuote(d, {
    sourceId: added.id,
    anchor: quoteAt(TEXT, start, TEXT.indexOf('.', start))!,
    title: 'Besuch in Artern',
    time: { type: 'point', date: '2018-03-19', inferred: suggestionReason({ de: 'aus dem Satz' }) },
    places: [{ id: placed.id, suggested: true, reason: suggestionReason() }],
  });
  return { dataset: made.dataset, sourceId: added.id, factId: made.id };
}

describe('edits of a dataset', () => {
  it('make a valid dataset at every step, which survives JSON (the export) unchanged', () => {
    const { dataset } = authored();
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    const reopened = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(reopened).toEqual({ ok: true, dataset });
    const [fact] = dataset.facts;
    expect(fact!.evidence[0]).toMatchObject({
      quote: 'besuchte die Ministerin Artern',
      start: 17,
      end: 47,
    });
  });

  it('mark suggestions until confirmed, and keep why once confirmed', () => {
    const { dataset } = authored();
    const time = dataset.facts[0]!.time!;
    expect(isSuggestion(time.inferred)).toBe(true);
    expect(confirmedReason(time.inferred)).toEqual({ de: 'aus dem Satz', en: 'aus dem Satz' });
    expect(confirmedReason(suggestionReason())).toBeUndefined();
    expect(isSuggestion('Eigene Begründung')).toBe(false);
  });

  it('re-anchor quotes when the source changes, and orphan what is gone', () => {
    const { dataset, sourceId, factId } = authored();
    const moved = `Pressemitteilung.\n${TEXT}`;
    const plan = planSourceChange(dataset, sourceId, moved);
    expect(plan.map((c) => c.status)).toEqual(['moved']);
    const next = changeSource(
      dataset,
      sourceId,
      { title: 'Bericht', text: moved, kind: 'Bericht' },
      plan,
    );
    expect(validateDataset(next).ok).toBe(true);
    const gone = TEXT.replace('besuchte die Ministerin Artern', 'blieb die Ministerin in Erfurt');
    const orphanPlan = planSourceChange(next, sourceId, gone);
    expect(orphanPlan.map((c) => c.status)).toEqual(['orphaned']);
    const orphaned = changeSource(
      next,
      sourceId,
      { title: 'Bericht', text: gone, kind: 'Bericht' },
      orphanPlan,
    );
    expect(orphaned.facts[0]!.evidence[0]).toEqual({
      source: sourceId,
      quote: 'besuchte die Ministerin Artern',
      orphaned: true,
      ...(orphaned.facts[0]!.evidence[0]!.prefix
        ? { prefix: orphaned.facts[0]!.evidence[0]!.prefix }
        : {}),
      ...(orphaned.facts[0]!.evidence[0]!.suffix !== undefined
        ? { suffix: orphaned.facts[0]!.evidence[0]!.suffix }
        : {}),
    });
    expect(validateDataset(orphaned).ok).toBe(true);
    // Selected again: attached to the passage the author chose, with offsets.
    const at = gone.indexOf('blieb');
    const again = reattachQuote(orphaned, factId, 0, at, at + 'blieb die Ministerin'.length);
    expect(again.facts[0]!.evidence[0]).toMatchObject({ quote: 'blieb die Ministerin', start: at });
    expect(validateDataset(again).ok).toBe(true);
  });

  it('remove a fact with its tour steps, and add categories with a colour', () => {
    const { dataset, factId } = authored();
    const withTour = {
      ...dataset,
      tours: [{ id: 't', title: { de: 'T' }, steps: [{ fact: factId, text: { de: 'x' } }] }],
    };
    const removed = removeFact(withTour, factId);
    expect(removed.facts).toEqual([]);
    expect(removed.tours).toBeUndefined();
    const colored = addCategory(removed, 'Spielplätze', '#15803d');
    expect(colored.dataset.categories.at(-1)).toEqual({
      id: 'spielplatze',
      label: { de: 'Spielplätze' },
      color: '#15803d',
    });
    expect(validateDataset(colored.dataset).ok).toBe(true);
  });
});

describe('date suggestions, for any date', () => {
  const MONTHS_DE = [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ];
  it('read "am D. Monat YYYY" and "D.M.YYYY" of any real day as that day, first', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const words = `Die Sitzung am ${d}. ${MONTHS_DE[m - 1]} ${y} beschloss es.`;
          expect(suggestDates(words, words)[0]?.time).toEqual({ type: 'point', date: iso });
          const dotted = `Stand: ${d}.${m}.${y}`;
          expect(suggestDates(dotted, dotted)[0]?.time).toEqual({ type: 'point', date: iso });
        },
      ),
      { numRuns: 300 },
    );
  });
});
