import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset } from '@/domain/dataset/dataset-schema';
import { factTimeDates } from '@/domain/time/fact-time';
import { isPartialDate } from '@/domain/time/partial-date';
import { localize } from '@/domain/text/lang';
import { selectFactsAtPlace, selectMapAnchor } from '@/domain/dataset/selectors';
import { validateDataset } from '@/domain/dataset/validate-dataset';
/* eslint-disable no-restricted-imports -- the build script is plain Node ESM outside src/ */
// @ts-expect-error: a plain ES module script without type declarations
import { buildDataset } from '../../scripts/build-dataset.mjs';
/* eslint-enable no-restricted-imports */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const raw: unknown = JSON.parse(read('public/data/dataset.json'));

function bundled(): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 1));
  return result.dataset;
}

describe('the bundled dataset', () => {
  it('passes validation: shape, unique ids, references, dates and every quote at its offsets', () => {
    expect(validateDataset(raw)).toMatchObject({ ok: true });
  });

  it('is what scripts/build-dataset.mjs makes of data/ (no hand edits, no stale offsets)', () => {
    const built = buildDataset(JSON.parse(read('data/dataset.src.json')), (file: string) =>
      read(`data/sources/${file}`),
    );
    expect(built).toEqual(raw);
  });

  it('quotes every evidence verbatim from the full source text', () => {
    const dataset = bundled();
    const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
    let quotes = 0;
    for (const fact of dataset.facts) {
      for (const e of fact.evidence) {
        expect(texts.get(e.source)!.slice(e.start, e.end)).toBe(e.quote);
        quotes += 1;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(dataset.facts.length);
  });

  it('holds both source documents with their full text', () => {
    const dataset = bundled();
    expect(dataset.sources.map((s) => [s.id, s.text?.length])).toEqual([
      ['kandidatur-landesvorstand', read('data/sources/kandidatur-landesvorstand.txt').length],
      [
        'pm-landesprogramm-familie',
        read('data/sources/pressemitteilung-landesprogramm-familie.txt').length,
      ],
    ]);
    for (const source of dataset.sources) expect(source.dateInferred).toBeTruthy();
  });

  it('uses slugs as ids and valid partial dates everywhere', () => {
    const dataset = bundled();
    const all = [...dataset.facts, ...dataset.places, ...dataset.entities, ...dataset.sources];
    for (const item of all) expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const fact of dataset.facts) {
      expect(fact.time, fact.id).toBeDefined();
      for (const date of factTimeDates(fact.time!)) expect(isPartialDate(date)).toBe(true);
    }
  });

  it('proves every fact with at least one verbatim quote (imports may lack one; this may not)', () => {
    for (const fact of bundled().facts) {
      expect(fact.evidence.length, fact.id).toBeGreaterThan(0);
      for (const item of fact.evidence) expect(item.quote, fact.id).toBeTruthy();
    }
  });

  it('says why for every date the text does not state in full', () => {
    const dataset = bundled();
    const visits = dataset.facts.filter(
      (f) => f.time?.type === 'point' && f.time.date.startsWith('2018-03-'),
    );
    expect(visits.length).toBeGreaterThanOrEqual(5);
    for (const fact of visits) expect(localize(fact.time!.inferred!, 'de')).toMatch(/Anfang 2018/);
  });

  it('marks Artern, Roßleben and Altenburg, and counts facts at their institutions for them', () => {
    const index = createDatasetIndex(bundled());
    for (const id of ['artern', 'rossleben', 'altenburg']) {
      expect(selectMapAnchor(index, id)?.id).toBe(id);
      expect(selectFactsAtPlace(index, id).length).toBeGreaterThan(0);
    }
    const grant = selectFactsAtPlace(index, 'artern').find((f) => f.amount);
    expect(grant?.amount).toEqual({ value: 477970, currency: 'EUR' });
    expect(grant?.entities).toContain('antje-hochwind');
  });

  it('translates every title and summary into English', () => {
    for (const fact of bundled().facts) {
      expect(fact.title.en, fact.id).toBeTruthy();
      expect(fact.summary?.en, fact.id).toBeTruthy();
    }
  });
});
