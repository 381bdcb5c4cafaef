import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './dataset-schema';
import { datasetFixture } from '../testing/dataset-fixture';
import { describeIssue, type DatasetIssue } from './dataset-issue';
import { validateDataset } from './validate-dataset';

function issuesOf(input: unknown): readonly DatasetIssue[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.issues;
}

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(datasetFixture()).ok).toBe(true);
  });

  it('names the path and the expected type of a wrong type', () => {
    const data = datasetFixture() as unknown as { facts: { title: unknown }[] };
    data.facts[1]!.title = 42;
    expect(issuesOf(data)).toEqual([
      { path: 'facts[1].title', code: 'invalid-type', detail: 'object' },
    ]);
  });

  it('reports a missing field as missing', () => {
    const data = datasetFixture() as unknown as { places: Record<string, unknown>[] };
    delete data.places[0]!.name;
    expect(issuesOf(data)[0]).toMatchObject({ path: 'places[0].name', code: 'required' });
  });

  it('rejects dates that are not partial ISO dates or not in the calendar', () => {
    const data = datasetFixture();
    data.facts[0]!.time = { type: 'point', date: '19.03.2018' };
    data.facts[1]!.time = { type: 'range', start: '2018-02-30', end: '2019' };
    expect(issuesOf(data).map((i) => [i.path, i.code])).toEqual([
      ['facts[0].time.date', 'partial-date'],
      ['facts[1].time.start', 'calendar-date'],
    ]);
  });

  it('rejects an unknown time type', () => {
    const data = datasetFixture() as unknown as { facts: { time: unknown }[] };
    data.facts[0]!.time = { type: 'sometime', date: '2018' };
    expect(issuesOf(data)[0]).toMatchObject({ path: 'facts[0].time.type', code: 'time-type' });
  });

  it('finds duplicate ids', () => {
    const data = datasetFixture();
    data.facts[2]!.id = 'ministerin';
    expect(issuesOf(data)).toEqual([
      { path: 'facts[2].id', code: 'duplicate-id', detail: 'ministerin' },
    ]);
  });

  it('finds references that do not resolve', () => {
    const data = datasetFixture();
    data.facts[0]!.places = ['atlantis'];
    data.facts[0]!.evidence[0]!.source = 'nowhere';
    data.places[1]!.parent = 'mars';
    expect(issuesOf(data).map((i) => `${i.path}→${i.detail}`)).toEqual([
      'places[1].parent→mars',
      'facts[0].places[0]→atlantis',
      'facts[0].evidence[0].source→nowhere',
    ]);
  });

  it('finds a quote that does not match its offsets', () => {
    const data = datasetFixture();
    data.facts[0]!.evidence[0]!.start = 1;
    expect(issuesOf(data)[0]).toMatchObject({
      path: 'facts[0].evidence[0].quote',
      code: 'quote-mismatch',
    });
  });

  it('requires offsets for quotes from a source that includes its text', () => {
    const data = datasetFixture();
    delete data.facts[0]!.evidence[0]!.start;
    expect(issuesOf(data)[0]).toMatchObject({
      path: 'facts[0].evidence[0]',
      code: 'offsets-missing',
    });
  });

  it('finds a range that ends before it starts and a cycle of parent places', () => {
    const data = datasetFixture();
    data.facts[2]!.time = { type: 'range', start: '1999', end: '1989' };
    data.places[0]!.parent = 'fz-artern';
    expect(
      issuesOf(data)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['parent-cycle', 'parent-cycle', 'parent-cycle', 'range-reversed']);
  });

  it('describes every issue in German and English', () => {
    const issue: DatasetIssue = {
      path: 'facts[0].places[0]',
      code: 'unknown-reference',
      detail: 'atlantis',
    };
    expect(describeIssue(issue, 'de')).toBe(
      'facts[0].places[0]: verweist auf „atlantis“, das es im Datensatz nicht gibt',
    );
    expect(describeIssue(issue, 'en')).toBe(
      'facts[0].places[0]: refers to “atlantis”, which the dataset does not contain',
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => validateDataset(input)).not.toThrow();
      }),
    );
  });

  it('rejects anything that is not a dataset object at the root', () => {
    expect(issuesOf(null)).toEqual([{ path: '(root)', code: 'invalid-type', detail: 'object' }]);
    expect(issuesOf('<script>')[0]?.path).toBe('(root)');
  });
});

describe('validateDataset: evidence offsets', () => {
  it('says "end before start" for reversed offsets', () => {
    const data = datasetFixture();
    data.facts[0]!.evidence[0] = { ...data.facts[0]!.evidence[0]!, start: 20, end: 10 };
    expect(issuesOf(data)).toEqual([
      { path: 'facts[0].evidence[0].end', code: 'offsets-reversed', detail: '20' },
    ]);
    expect(describeIssue(issuesOf(data)[0]!, 'en')).toBe(
      'facts[0].evidence[0].end: ends before its start (start is 20)',
    );
  });

  it('refuses offsets into a source without its text', () => {
    const data = datasetFixture();
    delete data.sources[0]!.text;
    data.facts[2]!.evidence[0] = { source: 'pm', quote: 'Seit 2014' };
    expect(issuesOf(data).map((i) => [i.path, i.code])).toEqual([
      ['facts[0].evidence[0].start', 'offsets-without-text'],
      ['facts[1].evidence[0].start', 'offsets-without-text'],
    ]);
  });
});

describe('validateDataset: tours', () => {
  const withSteps = (steps: unknown[]) => ({
    ...datasetFixture(),
    tours: [{ id: 'rundgang', title: { de: 'Rundgang' }, steps }],
  });

  it('accepts a dataset without tours and one whose steps resolve', () => {
    expect(validateDataset(datasetFixture()).ok).toBe(true);
    const steps = [
      { fact: 'besuch-artern', text: { de: 'Artern' } },
      { place: 'erfurt', text: { de: 'Erfurt' }, view: { at: '2014', map: '11.03,50.98,9' } },
      {
        fact: 'ministerin',
        place: 'erfurt',
        text: { de: 'Beides' },
        view: { from: '2014', to: '2023' },
      },
    ];
    expect(validateDataset(withSteps(steps)).ok).toBe(true);
  });

  it('refuses a step with neither fact nor place, with its path', () => {
    const steps = [
      { fact: 'besuch-artern', text: { de: 'a' } },
      { fact: 'ministerin', text: { de: 'b' } },
      { place: 'artern', text: { de: 'c' } },
      { text: { de: 'nichts' } },
    ];
    expect(issuesOf(withSteps(steps))).toEqual([
      { path: 'tours[0].steps[3]', code: 'step-target' },
    ]);
  });

  it('finds step references that do not resolve and duplicate tour ids', () => {
    const data = withSteps([{ fact: 'atlantis', place: 'mars', text: { de: 'x' } }]);
    data.tours.push({ ...data.tours[0]!, steps: [{ fact: 'besuch-artern', text: { de: 'y' } }] });
    expect(issuesOf(data).map((i) => `${i.path}:${i.code}:${i.detail ?? ''}`)).toEqual([
      'tours[1].id:duplicate-id:rundgang',
      'tours[0].steps[0].fact:unknown-reference:atlantis',
      'tours[0].steps[0].place:unknown-reference:mars',
    ]);
  });

  it("checks a step's view as a link's: both window ends, in order, and a real camera", () => {
    const data = withSteps([
      { fact: 'besuch-artern', text: { de: 'a' }, view: { from: '2018' } },
      { fact: 'besuch-artern', text: { de: 'b' }, view: { from: '2019', to: '2018' } },
    ]);
    expect(issuesOf(data).map((i) => [i.path, i.code])).toEqual([
      ['tours[0].steps[0].view', 'window-incomplete'],
      ['tours[0].steps[1].view.to', 'range-reversed'],
    ]);
    const camera = withSteps([
      { fact: 'besuch-artern', text: { de: 'a' }, view: { map: '11,95,7' } },
    ]);
    expect(issuesOf(camera)).toEqual([{ path: 'tours[0].steps[0].view.map', code: 'camera' }]);
    expect(describeIssue({ path: 'tours[0].steps[3]', code: 'step-target' }, 'en')).toBe(
      'tours[0].steps[3]: names neither a fact nor a place',
    );
  });

  it('refuses a tour without steps or a step without text', () => {
    const empty = withSteps([]);
    expect(issuesOf(empty)[0]).toMatchObject({ path: 'tours[0].steps', code: 'too-small' });
    const noText = withSteps([{ fact: 'besuch-artern' }]);
    expect(issuesOf(noText)[0]).toMatchObject({ path: 'tours[0].steps[0].text', code: 'required' });
  });
});

describe('datasetJsonSchema', () => {
  it('describes the top-level collections and the fact time union', () => {
    const schema = datasetJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'sources', 'places', 'entities', 'facts']),
    );
    const facts = JSON.stringify(schema.properties.facts);
    expect(facts).toContain('"ongoing"');
    expect(facts).toContain('"evidence"');
    const tours = JSON.stringify(schema.properties.tours);
    expect(tours).toContain('"steps"');
    expect(tours).toContain('"view"');
    expect(schema.required).not.toContain('tours');
  });
});

describe('parseJsonText', () => {
  it('gives the line and column of a syntax error', async () => {
    const { parseJsonText } = await import('./validate-dataset');
    const result = parseJsonText('{\n  "a": 1,\n  "b": }\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ code: 'json-syntax', location: { line: 3, column: 8 } });
    expect(describeIssue(result.issue, 'de')).toMatch(/^Zeile 3, Spalte 8: ist kein gültiges JSON/);
  });
});
