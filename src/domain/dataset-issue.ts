import type { Lang } from './lang';
import { createTranslate } from './messages';
import { truncate } from './truncate';

/**
 * A problem found in a dataset, and how the UI says it. Apart from the validation (and its
 * schema library), so the page can describe what the dataset worker found without loading it.
 */

export type IssueCode =
  | 'invalid-type'
  | 'required'
  | 'too-small'
  | 'too-big'
  | 'invalid-value'
  | 'slug'
  | 'partial-date'
  | 'calendar-date'
  | 'currency'
  | 'url'
  | 'time-type'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'quote-mismatch'
  | 'offsets-missing'
  | 'offsets-out-of-range'
  | 'offsets-reversed'
  | 'offsets-without-text'
  | 'offsets-without-quote'
  | 'range-reversed'
  | 'parent-cycle'
  | 'camera'
  | 'step-target'
  | 'window-incomplete'
  | 'json-syntax'
  | 'csv-syntax'
  | 'csv-missing-column'
  | 'csv-empty'
  | 'coordinates-pair'
  | 'number'
  | 'invalid';

/** One problem in a dataset: where (`facts[3].evidence[0].quote`) and why. */
export interface DatasetIssue {
  readonly path: string;
  readonly code: IssueCode;
  /** What was expected or found, e.g. the id that does not resolve. */
  readonly detail?: string;
  /** In a file: JSON line and column, or CSV row (1 = header) and column name. */
  readonly location?: { readonly line: number; readonly column: number | string };
}

/** Where an issue is: the JSON path, or the line and column in the file. */
export function describeIssueLocation(issue: DatasetIssue, lang: Lang): string {
  if (!issue.location) return issue.path;
  const { line, column } = issue.location;
  return typeof column === 'number'
    ? createTranslate(lang)('issueAtJson', { line, column })
    : createTranslate(lang)('issueAtCsv', { line, column });
}

/** "facts[3].time.start: ist kein Kalenderdatum" in the UI language. */
export function describeIssue(issue: DatasetIssue, lang: Lang): string {
  const detail = issue.detail ?? '';
  const shown = truncate(detail, 81, '…');
  const reason = createTranslate(lang)(`issue_${issue.code}`, { detail: shown });
  return `${describeIssueLocation(issue, lang)}: ${reason}`;
}
