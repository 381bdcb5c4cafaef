import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGazetteer, nameVariants, resolvePlaces, type GazetteerFile } from './gazetteer';
import { importDataset } from './import-dataset';

const file = JSON.parse(
  readFileSync(new URL('../../../public/gazetteer/places.json', import.meta.url), 'utf8'),
) as GazetteerFile;
const gazetteer = createGazetteer(file);

/** Great-circle distance in km. */
function km([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

// ../shared/reference-places.md
const REFERENCE = {
  Artern: [11.292, 51.366],
  Roßleben: [11.434, 51.298],
  Altenburg: [12.433, 50.985],
} as const;

describe('gazetteer', () => {
  it('places Artern, Roßleben and Altenburg within 2 km of the reference points', () => {
    for (const [name, point] of Object.entries(REFERENCE)) {
      const [best] = gazetteer.lookup(name);
      expect(best, name).toBeDefined();
      expect(km(best!.coordinates, point), name).toBeLessThan(2);
    }
  });

  it('finds folded names: Rossleben is Roßleben, ARTERN is Artern', () => {
    expect(gazetteer.lookup('Rossleben')[0]?.name).toBe('Roßleben');
    expect(gazetteer.lookup('ARTERN')[0]?.name).toBe('Artern');
    expect(gazetteer.lookup('Artern/Unstrut')[0]?.name).toBe('Artern');
    expect(nameVariants('Roßleben (Kyffhäuser)')).toContain('Roßleben');
  });

  it('finds German and English names, umlauts written out, and qualified names', () => {
    const best = (name: string) => gazetteer.lookup(name)[0];
    const munich = [11.575, 48.137];
    for (const name of ['München', 'Muenchen', 'Munchen', 'Munich', 'MÜNCHEN']) {
      expect(km(best(name)!.coordinates, munich), name).toBeLessThan(5);
    }
    expect(best('Wien')).toMatchObject({ name: 'Vienna', country: 'AT' });
    expect(best('Cologne')).toMatchObject({ name: 'Köln', country: 'DE' });
    expect(best('Mailand')).toMatchObject({ country: 'IT' });
    const halle = [11.97, 51.482];
    for (const name of [
      'Halle (Saale)',
      'Halle/Saale',
      'Halle an der Saale',
      'Halle a. d. Saale',
    ]) {
      const candidates = gazetteer.lookup(name);
      expect(candidates, name).toHaveLength(1);
      expect(km(candidates[0]!.coordinates, halle), name).toBeLessThan(5);
    }
    expect(best('Frankfurt am Main')?.name).toBe('Frankfurt am Main');
    expect(gazetteer.lookup('Frankfurt (Oder)').map((c) => c.name)).toEqual(['Frankfurt (Oder)']);
    expect(gazetteer.lookup('Frankfurt/Oder').map((c) => c.name)).toEqual(['Frankfurt (Oder)']);
  });

  it('names a point by the nearest place within a distance', () => {
    expect(gazetteer.nearest([11.3, 51.37], 3)?.name).toBe('Artern');
    expect(gazetteer.nearest([0, -60], 3)).toBeNull();
  });

  it('offers every place of an ambiguous name, the larger first', () => {
    const frankfurt = gazetteer.lookup('Frankfurt').map((c) => c.name);
    expect(frankfurt[0]).toBe('Frankfurt am Main');
    expect(frankfurt).toContain('Frankfurt (Oder)');
    const halle = gazetteer.lookup('Halle');
    expect(halle[0]?.name).toBe('Halle (Saale)');
    expect(halle.length).toBeGreaterThan(1);
  });

  it('lists every Altenburg, the largest (in Thuringia) first', () => {
    const candidates = gazetteer.lookup('Altenburg');
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates[0]).toMatchObject({ country: 'DE', region: 'Thüringen' });
    expect(candidates.map((c) => c.country)).toContain('AT');
  });

  it('resolves the places of a dataset and reports the ambiguous and the unmatched', () => {
    const text = readFileSync(
      new URL('../../../e2e/data/imports/places-by-name.csv', import.meta.url),
      'utf8',
    );
    const opened = importDataset(text, 'orte.csv');
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const { dataset, lookup } = resolvePlaces(opened.dataset, gazetteer);
    expect(lookup.found).toBe(2);
    expect(lookup.ambiguous.map((a) => [a.name, a.candidates.length > 1])).toEqual([
      ['Altenburg', true],
    ]);
    expect(lookup.unmatched).toEqual([{ placeId: 'nirgendwoheim', name: 'Nirgendwoheim' }]);
    const point = (name: string) => dataset.places.find((p) => p.name === name)?.coordinates;
    expect(km(point('Rossleben')!, REFERENCE.Roßleben)).toBeLessThan(2);
    expect(km(point('Altenburg')!, REFERENCE.Altenburg)).toBeLessThan(2);
    expect(point('Nirgendwoheim')).toBeUndefined();
  });

  it('leaves states, districts, institutions and placed towns alone', () => {
    const bundled = JSON.parse(
      readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8'),
    );
    const { lookup } = resolvePlaces(bundled, gazetteer);
    expect(lookup).toEqual({ found: 0, ambiguous: [], unmatched: [] });
  });
});
