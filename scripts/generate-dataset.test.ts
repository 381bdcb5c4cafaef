import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/domain/validate-dataset';
// @ts-expect-error: a plain ES module script without type declarations
import { generateDataset } from './generate-dataset.mjs';

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
});
