import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/domain/dataset/validate-dataset';
// @ts-expect-error: a plain ES module script without type declarations
import { generateDataset, repeatDataset } from './generate-dataset.mjs';
import { readFileSync } from 'node:fs';

describe('generateDataset', () => {
  it('makes a valid dataset of the requested size, the same for the same seed', () => {
    const dataset = generateDataset({ facts: 500, places: 120 });
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.facts).toHaveLength(500);
    expect(dataset.places).toHaveLength(120);
    expect(generateDataset({ facts: 500, places: 120 })).toEqual(dataset);
  });

  it('mixes ranges and points', () => {
    const types = generateDataset({ facts: 1000, places: 50 }).facts.map(
      (f: { time: { type: string } }) => f.time.type,
    );
    const ranges = types.filter((t: string) => t === 'range').length;
    expect(ranges).toBeGreaterThan(300);
    expect(ranges).toBeLessThan(500);
  });

  it('dates every fact in one year and one category for the same-date case', () => {
    const dataset = generateDataset({ facts: 300, places: 300, year: 2018 });
    expect(validateDataset(dataset).ok).toBe(true);
    expect(new Set(dataset.facts.map((f: { time: { date: string } }) => f.time.date))).toEqual(
      new Set(['2018']),
    );
    expect(new Set(dataset.facts.map((f: { category: string }) => f.category)).size).toBe(1);
  });

  it('repeats the bundled facts with new ids and shifted dates, still valid', () => {
    const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
    const dense = repeatDataset(bundled, 1000);
    expect(dense.facts).toHaveLength(1000);
    expect(new Set(dense.facts.map((f: { id: string }) => f.id)).size).toBe(1000);
    expect(validateDataset(dense).ok).toBe(true);
  });
});
