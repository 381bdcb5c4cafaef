import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DatasetLoadError,
  formatOf,
  MAX_DATASET_BYTES,
  parseDatasetText,
  readDatasetFile,
} from './dataset-query';

describe('readDatasetFile', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const file = new File(['x'], 'gross.json');
    Object.defineProperty(file, 'size', { value: MAX_DATASET_BYTES + 1 });
    await expect(readDatasetFile(file)).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('opens the shipped examples, JSON and CSV', async () => {
    const json = new File([readFileSync('docs/examples/example.json')], 'example.json', {
      type: 'application/json',
    });
    expect((await readDatasetFile(json)).index.dataset.facts).toHaveLength(4);
    const csv = new File([readFileSync('docs/examples/template.csv')], 'template.csv', {
      type: 'text/csv',
    });
    expect((await readDatasetFile(csv)).index.dataset.title.de).toBe('template');
  });
});

describe('parseDatasetText', () => {
  it('turns a syntax error into an invalid-dataset error with its location', () => {
    try {
      parseDatasetText('{"a": }', 'x.json', 'json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as DatasetLoadError).issues[0]).toMatchObject({
        code: 'json-syntax',
        location: { line: 1, column: 7 },
      });
    }
  });

  it('tells CSV from JSON by name or media type', () => {
    expect(formatOf('daten.CSV')).toBe('csv');
    expect(formatOf('http://127.0.0.1:8080/api?id=1', 'text/csv; charset=utf-8')).toBe('csv');
    expect(formatOf('daten.json')).toBe('json');
  });
});
