import { describe, expect, it } from 'vitest';
import type { Fact, Source } from '../dataset/dataset-schema';
import { factFromParquetRow } from './parquet-row';

const skeleton: Fact = {
  id: 'lsz-auftakt-artern',
  kind: 'event',
  category: 'programme',
  title: { de: '' },
  time: { type: 'point', date: '2018-03-19' },
  places: ['artern'],
  entities: [],
  evidence: [],
};

describe('a fact read from its row', () => {
  it('takes its text from the row, its time and place from the index columns', () => {
    const sources = new Map<string, Source>();
    const fact = factFromParquetRow(
      skeleton,
      {
        file_row_number: 4,
        title: ' Auftakt in Artern ',
        title_en: 'Launch in Artern',
        summary: 'Das Programm beginnt.',
        source_title: 'Pressemitteilung',
        source_url: 'https://example.org/pm',
        quote: 'Anfang 2018 ist es gestartet',
      },
      sources,
      new Map(),
    );
    expect(fact).toEqual({
      ...skeleton,
      title: { de: 'Auftakt in Artern', en: 'Launch in Artern' },
      summary: { de: 'Das Programm beginnt.' },
      evidence: [{ source: 'pressemitteilung', quote: 'Anfang 2018 ist es gestartet' }],
    });
    expect(sources.get('pressemitteilung')).toEqual({
      id: 'pressemitteilung',
      title: 'Pressemitteilung',
      kind: { de: 'Quelle', en: 'Source' },
      url: 'https://example.org/pm',
    });
  });

  it("names the sidecar's source by its id; rows naming one source share it", () => {
    const known: Source = { id: 'pm', title: 'PM', kind: 'Pressemitteilung', text: 'Volltext' };
    const sources = new Map([['pm', known]]);
    const keys = new Map<string, string>();
    const a = factFromParquetRow(
      skeleton,
      { file_row_number: 0, title: 'A', source_id: 'pm' },
      sources,
      keys,
    );
    expect(a.evidence).toEqual([{ source: 'pm' }]);
    const b = factFromParquetRow(
      skeleton,
      { file_row_number: 1, title: 'B', source_title: 'Zeitung' },
      sources,
      keys,
    );
    const c = factFromParquetRow(
      skeleton,
      { file_row_number: 2, title: 'C', source_title: 'Zeitung' },
      sources,
      keys,
    );
    expect(b.evidence[0]!.source).toBe(c.evidence[0]!.source);
    expect(sources.size).toBe(2);
  });

  it('without a title keeps its id as one; without source or quote has no evidence', () => {
    const fact = factFromParquetRow(skeleton, { file_row_number: 0 }, new Map(), new Map());
    expect(fact.title).toEqual({ de: 'lsz-auftakt-artern' });
    expect(fact.evidence).toEqual([]);
  });

  it('a link that is not http(s) is not kept as the source address', () => {
    const sources = new Map<string, Source>();
    factFromParquetRow(
      skeleton,
      { file_row_number: 0, title: 'A', source_title: 'X', source_url: 'javascript:alert(1)' },
      sources,
      new Map(),
    );
    expect([...sources.values()][0]!.url).toBeUndefined();
  });
});
