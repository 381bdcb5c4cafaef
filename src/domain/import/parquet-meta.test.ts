import { describe, expect, it } from 'vitest';
import { mergeParquetMeta } from './parquet-meta';
import type { ParquetFacts } from './parquet-table';

const table: ParquetFacts = {
  facts: [
    {
      id: 'a',
      kind: 'event',
      category: 'programme',
      title: { de: '' },
      places: ['artern'],
      entities: [],
      evidence: [],
    },
  ],
  places: [{ id: 'artern', name: 'Artern', kind: 'other', coordinates: [11.29, 51.37] }],
  categories: [{ id: 'programme', label: { de: 'programme' } }],
  rows: Int32Array.from([0]),
  issues: [],
  skipped: 0,
};

describe('the sidecar around a table', () => {
  it('without one, the table names the dataset after its file', () => {
    const merged = mergeParquetMeta(null, table, 'facts.parquet');
    expect(merged).toMatchObject({
      ok: true,
      meta: { title: { de: 'facts.parquet' }, categories: table.categories, places: table.places },
    });
  });

  it("the sidecar's categories and places win over the rows'; its tours name facts of the table", () => {
    const merged = mergeParquetMeta(
      {
        title: { de: 'Landesprogramm' },
        categories: [
          { id: 'programme', label: { de: 'Programme', en: 'Programmes' }, color: '#2a6f97' },
        ],
        places: [
          { id: 'artern', name: 'Artern/Unstrut', kind: 'town', coordinates: [11.29, 51.37] },
        ],
        tours: [
          { id: 't', title: { de: 'Rundgang' }, steps: [{ fact: 'a', text: { de: 'Los' } }] },
        ],
      },
      table,
      'facts.parquet',
    );
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.meta.categories).toEqual([
      { id: 'programme', label: { de: 'Programme', en: 'Programmes' }, color: '#2a6f97' },
    ]);
    expect(merged.meta.places[0]!.name).toBe('Artern/Unstrut');
    expect(merged.meta.tours?.[0]!.steps).toHaveLength(1);
  });

  it('a tour step naming a fact the table has not is reported as in meta.json', () => {
    const merged = mergeParquetMeta(
      { tours: [{ id: 't', title: { de: 'R' }, steps: [{ fact: 'zzz', text: { de: 'x' } }] }] },
      table,
      'f',
    );
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.issues[0]).toMatchObject({
      path: 'meta.json: tours[0].steps[0].fact',
      code: 'unknown-reference',
    });
  });
});
