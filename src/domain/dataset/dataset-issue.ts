import type { Lang } from '../text/lang';
import { createTranslate } from '../text/messages';
import { truncate } from '../text/truncate';

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
  | 'offsets-orphaned'
  | 'range-reversed'
  | 'parent-cycle'
  | 'camera'
  | 'step-target'
  | 'window-incomplete'
  | 'json-syntax'
  | 'csv-syntax'
  | 'csv-missing-column'
  | 'csv-empty'
  /** A file DuckDB cannot read as Parquet (`detail`: what it says). */
  | 'parquet-unreadable'
  | 'coordinates-pair'
  | 'number'
  | 'invalid'
  /** Nesting deeper than a file can mean (`detail`: the limit), which would exhaust the stack. */
  | 'too-deep'
  /** An import found nothing to show (`path` names the list: `events`, `features`, …). */
  | 'no-items'
  /** JSON that is a bare value (`detail`: string, number, boolean, null, array). */
  | 'json-kind'
  /** A bare GeoJSON geometry (`detail`: its type), not a Feature or FeatureCollection. */
  | 'geojson-geometry'
  /** The last of a capped list: `detail` more problems were found and not listed. */
  | 'more';

/** One problem in a dataset: where (`facts[3].evidence[0].quote`) and why. */
export interface DatasetIssue {
  readonly path: string;
  readonly code: IssueCode;
  /** What was expected or found, e.g. the id that does not resolve. */
  readonly detail?: string;
  /** In a file: JSON line and column, or CSV row (1 = header) and column name. */
  readonly location?: { readonly line: number; readonly column: number | string };
}

/** Problems listed at most: a broken file should not flood the screen (nor the worker's answer). */
export const MAX_ISSUES = 50;

/**
 * The first `MAX_ISSUES` problems, then one that says how many more there are (`uncounted`:
 * more found beyond those given, by a check that capped its own list).
 */
export function capIssues(issues: readonly DatasetIssue[], uncounted = 0): readonly DatasetIssue[] {
  const more = Math.max(0, issues.length - MAX_ISSUES) + uncounted;
  if (more === 0) return issues;
  return [...issues.slice(0, MAX_ISSUES), { path: '…', code: 'more', detail: String(more) }];
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
  const t = createTranslate(lang);
  if (issue.code === 'more') return t('issue_more', { count: Number(issue.detail) });
  const detail = issue.detail ?? '';
  const shown = issue.code === 'json-kind' ? t(jsonKindKey(issue)) : truncate(detail, 81, '…');
  const reason = t(`issue_${issue.code}`, { detail: shown });
  return `${describeIssueLocation(issue, lang)}: ${reason}`;
}

const JSON_KINDS = ['string', 'number', 'boolean', 'null', 'array'] as const;

function jsonKindKey(issue: DatasetIssue): `jsonKind_${(typeof JSON_KINDS)[number]}` {
  const kind = JSON_KINDS.find((k) => k === issue.detail) ?? 'string';
  return `jsonKind_${kind}`;
}
