import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from './csv-dataset';
import { parseJsonText, validateDataset, type ValidationResult } from '../dataset/validate-dataset';

/** A result is a dataset, or issues that each say where (a path, and a location in a file). */
function expectDatasetOrLocatedIssues(result: ValidationResult) {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) expect(issue.path).not.toBe('');
}

const csvLike = fc
  .array(
    fc.array(fc.oneof(fc.string(), fc.constantFrom('2018', '"', '""', ';', ',', '\n', '=1+1')), {
      maxLength: 12,
    }),
    { maxLength: 8 },
  )
  .map((rows) =>
    [
      'id,title,start,end,place,longitude,latitude,category,source_title,source_url,quote',
      ...rows.map((r) => r.join(',')),
    ].join('\n'),
  );

describe('importers never throw on arbitrary input', () => {
  it('CSV: any text gives a dataset or located issues', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvLike), (text) => {
        expectDatasetOrLocatedIssues(csvToDataset(text, 'fuzz'));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON: any text gives a dataset, a located syntax error, or located issues', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseJsonText(text);
        if (!parsed.ok) {
          expect(parsed.issue.location).toBeDefined();
          return;
        }
        expectDatasetOrLocatedIssues(validateDataset(parsed.value));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON: values shaped like a dataset in parts give a dataset or located issues', () => {
    const part = fc.oneof(fc.jsonValue(), fc.constant([]), fc.constant({ de: 'x' }));
    fc.assert(
      fc.property(
        fc.record(
          {
            format: fc.oneof(fc.constant('kartenchronik-dataset'), fc.string()),
            version: fc.oneof(fc.constant(1), fc.integer()),
            title: part,
            categories: part,
            sources: part,
            places: part,
            entities: part,
            facts: part,
            tours: part,
          },
          { requiredKeys: [] },
        ),
        (value) => expectDatasetOrLocatedIssues(validateDataset(value)),
      ),
      { numRuns: 300 },
    );
  });
});
