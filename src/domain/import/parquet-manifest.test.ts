import { describe, expect, it } from 'vitest';
import { readParquetManifest } from './parquet-manifest';

describe('a manifest of Parquet files', () => {
  it('is read with its files and sidecar', () => {
    const text = JSON.stringify({
      format: 'kartenchronik-parquet',
      files: ['facts/year=2018/part-0.parquet', 'facts/year=2019/part-0.parquet'],
      meta: 'facts.meta.json',
    });
    expect(readParquetManifest(text)).toEqual({
      ok: true,
      manifest: {
        files: ['facts/year=2018/part-0.parquet', 'facts/year=2019/part-0.parquet'],
        meta: 'facts.meta.json',
      },
    });
  });

  it('a dataset, or a text that only mentions the format, is not one', () => {
    expect(readParquetManifest('{"format":"kartenchronik-dataset","version":1}')).toBeNull();
    expect(readParquetManifest('{"title":"kartenchronik-parquet"')).toBeNull();
    expect(readParquetManifest('id,title\n"kartenchronik-parquet",x')).toBeNull();
  });

  it('without files, or with files that are not Parquet, says what is wrong', () => {
    expect(readParquetManifest('{"format":"kartenchronik-parquet"}')).toEqual({
      ok: false,
      issues: [{ path: 'files', code: 'required', detail: 'array' }],
    });
    expect(
      readParquetManifest('{"format":"kartenchronik-parquet","files":["a.parquet","b.csv"]}'),
    ).toEqual({
      ok: false,
      issues: [{ path: 'files[1]', code: 'invalid-type', detail: '….parquet' }],
    });
  });
});
