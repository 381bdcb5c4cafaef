import type { z } from 'zod';
import { datasetSchema, type Dataset } from './dataset-schema';
import { factTimeInterval } from '../time/fact-time';
import { locateJsonError } from './json-error';
import { capIssues, type DatasetIssue, type IssueCode } from './dataset-issue';
import { parsePartialDate, partialDateInterval } from '../time/partial-date';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** Checks shape, then ids, references, dates and quotes. Never throws on any input. */
export function validateDataset(input: unknown): ValidationResult {
  // reportInput tells a missing field (input undefined) from a wrong type.
  const parsed = datasetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, issues: capIssues(parsed.error.issues.map(fromZodIssue)) };
  }
  const issues = capIssues(checkIntegrity(parsed.data));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: parsed.data };
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

const CUSTOM_CODES = new Set<IssueCode>([
  'slug',
  'partial-date',
  'calendar-date',
  'currency',
  'camera',
]);

function fromZodIssue(issue: z.core.$ZodIssue): DatasetIssue {
  const path = formatIssuePath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { path, code: 'required', detail: issue.expected }
        : { path, code: 'invalid-type', detail: issue.expected };
    case 'too_small':
      return { path, code: 'too-small', detail: String(issue.minimum) };
    case 'too_big':
      return { path, code: 'too-big', detail: String(issue.maximum) };
    case 'invalid_value':
      return { path, code: 'invalid-value', detail: issue.values.map(String).join(', ') };
    case 'invalid_union':
      return { path, code: 'time-type', detail: 'point, range, ongoing, asOf' };
    case 'invalid_format':
      if (CUSTOM_CODES.has(issue.message as IssueCode)) {
        return { path, code: issue.message as IssueCode };
      }
      return { path, code: issue.format === 'url' ? 'url' : 'invalid', detail: issue.format };
    case 'custom':
      if (CUSTOM_CODES.has(issue.message as IssueCode)) {
        return { path, code: issue.message as IssueCode };
      }
      return { path, code: 'invalid', detail: issue.message };
    default:
      return { path, code: 'invalid', detail: issue.message };
  }
}

function checkIntegrity(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const ids = (name: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        issues.push({ path: `${name}[${index}].id`, code: 'duplicate-id', detail: item.id });
      }
      seen.add(item.id);
    });
    return seen;
  };
  const categoryIds = ids('categories', dataset.categories);
  const sourceIds = ids('sources', dataset.sources);
  const placeIds = ids('places', dataset.places);
  const entityIds = ids('entities', dataset.entities);
  const factIds = ids('facts', dataset.facts);

  // The path is built only for a problem: at 100,000 facts building every one cost 0.2 s.
  const reference = (path: () => string, known: Set<string>, id: string) => {
    if (!known.has(id)) issues.push({ path: path(), code: 'unknown-reference', detail: id });
  };

  const parents = new Map(dataset.places.map((p) => [p.id, p.parent]));
  dataset.places.forEach((place, index) => {
    if (place.parent === undefined) return;
    reference(() => `places[${index}].parent`, placeIds, place.parent);
    // Reported on each place that is itself in a cycle; a place whose chain only runs into
    // someone else's cycle is left to that place's report.
    const visited = new Set<string>();
    for (let at: string | undefined = place.parent; at !== undefined; at = parents.get(at)) {
      if (at === place.id) {
        issues.push({
          path: `places[${index}].parent`,
          code: 'parent-cycle',
          detail: place.parent,
        });
        break;
      }
      if (visited.has(at)) break;
      visited.add(at);
    }
  });

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  dataset.facts.forEach((fact, f) => {
    const at = `facts[${f}]`;
    reference(() => `${at}.category`, categoryIds, fact.category);
    fact.places.forEach((id, i) => reference(() => `${at}.places[${i}]`, placeIds, id));
    // A reason for a place the fact is not at would explain nothing.
    if (fact.placesInferred) {
      const linked = new Set(fact.places);
      for (const id of Object.keys(fact.placesInferred)) {
        reference(() => `${at}.placesInferred.${id}`, linked, id);
      }
    }
    fact.entities.forEach((id, i) => reference(() => `${at}.entities[${i}]`, entityIds, id));
    if (fact.time) {
      const interval = factTimeInterval(fact.time);
      if (interval.end <= interval.start) {
        issues.push({ path: `${at}.time`, code: 'range-reversed' });
      }
    }
    fact.evidence.forEach((evidence, e) => {
      const path = `${at}.evidence[${e}]`;
      reference(() => `${path}.source`, sourceIds, evidence.source);
      const text = sources.get(evidence.source)?.text;
      const { start, end, quote } = evidence;
      if (quote === undefined) {
        // Evidence without a quote names its source only: offsets would point at nothing.
        if (start !== undefined || end !== undefined) {
          issues.push({
            path: `${path}.${start !== undefined ? 'start' : 'end'}`,
            code: 'offsets-without-quote',
          });
        }
        return;
      }
      if (text === undefined) {
        // Offsets into nothing cannot be checked: refused rather than trusted.
        if (sources.has(evidence.source) && (start !== undefined || end !== undefined)) {
          issues.push({
            path: `${path}.${start !== undefined ? 'start' : 'end'}`,
            code: 'offsets-without-text',
          });
        }
        return;
      }
      if (evidence.orphaned) {
        // A quote its source's changed text no longer holds: kept without offsets, marked.
        if (start !== undefined || end !== undefined)
          issues.push({
            path: `${path}.${start !== undefined ? 'start' : 'end'}`,
            code: 'offsets-orphaned',
          });
        return;
      }
      if (start === undefined || end === undefined) {
        issues.push({ path, code: 'offsets-missing' });
      } else if (end <= start) {
        issues.push({ path: `${path}.end`, code: 'offsets-reversed', detail: String(start) });
      } else if (end > text.length) {
        issues.push({
          path: `${path}.end`,
          code: 'offsets-out-of-range',
          detail: String(text.length),
        });
      } else if (text.slice(start, end) !== quote) {
        issues.push({
          path: `${path}.quote`,
          code: 'quote-mismatch',
          detail: text.slice(start, end),
        });
      }
    });
  });

  ids('eras', dataset.eras ?? []);
  (dataset.eras ?? []).forEach((era, e) => {
    const start = partialDateInterval(parsePartialDate(era.start)!).start;
    if (partialDateInterval(parsePartialDate(era.end)!).end <= start) {
      issues.push({ path: `eras[${e}].end`, code: 'range-reversed' });
    }
  });

  ids('tours', dataset.tours ?? []);
  (dataset.tours ?? []).forEach((tour, t) => {
    tour.steps.forEach((step, s) => {
      const at = `tours[${t}].steps[${s}]`;
      if (step.fact === undefined && step.place === undefined) {
        issues.push({ path: at, code: 'step-target' });
      }
      if (step.fact !== undefined) reference(() => `${at}.fact`, factIds, step.fact);
      if (step.place !== undefined) reference(() => `${at}.place`, placeIds, step.place);
      const view = step.view;
      if (!view || (view.from === undefined && view.to === undefined)) return;
      if (view.from === undefined || view.to === undefined) {
        issues.push({ path: `${at}.view`, code: 'window-incomplete' });
      } else if (
        partialDateInterval(parsePartialDate(view.to)!).end <=
        partialDateInterval(parsePartialDate(view.from)!).start
      ) {
        issues.push({ path: `${at}.view.to`, code: 'range-reversed' });
      }
    });
  });
  return issues;
}

/**
 * Parses JSON text; a syntax error becomes an issue with its line and column (from the
 * engine's "position N"), so an author can find it in an editor.
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: DatasetIssue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = locateJsonError(text);
    const at = found < 0 ? text.length : found;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    // The engine's wording names the token; its quoted excerpt of the text is left out.
    const reason = message.split(/,\s*(?:\.\.\.)?"/)[0]!.replace(/ in JSON at position \d+.*/, '');
    return {
      ok: false,
      issue: { path: '(JSON)', code: 'json-syntax', detail: reason, location: { line, column } },
    };
  }
}
