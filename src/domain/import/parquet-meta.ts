import type { Dataset, Fact } from '../dataset/dataset-schema';
import type { DatasetIssue } from '../dataset/dataset-issue';
import { validateDataset } from '../dataset/validate-dataset';
import type { ParquetFacts } from './parquet-table';

/**
 * What a table cannot carry, from the sidecar `<name>.meta.json` (docs/dataset-format.md,
 * "Parquet"): the dataset's title and description, categories with colours, sources with
 * their texts, places the rows lie in, people, eras, tours. Everything in format v1 except
 * `facts`, each part optional.
 */
const SIDECAR_PARTS = [
  'lang',
  'title',
  'description',
  'categories',
  'sources',
  'places',
  'entities',
  'eras',
  'tours',
] as const;

export type ParquetMeta = Omit<Dataset, 'facts'>;

/**
 * The dataset around a table's facts: the sidecar's parts (validated as format v1, with the
 * facts its tours name) over what the rows named. A sidecar category or place of the same id
 * as a row's wins: it has the colour, the kind, the parent.
 */
export function mergeParquetMeta(
  sidecar: unknown,
  table: ParquetFacts,
  fallbackTitle: string,
): { ok: true; meta: ParquetMeta } | { ok: false; issues: readonly DatasetIssue[] } {
  const given: Record<string, unknown> =
    sidecar !== null && typeof sidecar === 'object' && !Array.isArray(sidecar)
      ? (sidecar as Record<string, unknown>)
      : {};
  const part = <T>(name: (typeof SIDECAR_PARTS)[number]): T[] =>
    Array.isArray(given[name]) ? (given[name] as T[]) : [];
  const byId = <T extends { id: string }>(own: readonly T[], rows: readonly T[]): T[] => {
    const ids = new Set(own.map((item) => item?.id));
    return [...own, ...rows.filter((item) => !ids.has(item.id))];
  };
  const tours = part<{ steps?: { fact?: string }[] }>('tours');
  const named = new Set(tours.flatMap((tour) => (tour?.steps ?? []).map((step) => step?.fact)));
  // The facts tours name, with a title for the check (the table's text is not read yet).
  const tourFacts: Fact[] = table.facts
    .filter((fact) => named.has(fact.id))
    .map((fact) => ({ ...fact, title: { de: fact.id } }));
  const candidate = {
    format: 'kartenchronik-dataset',
    version: 1,
    ...Object.fromEntries(SIDECAR_PARTS.filter((p) => p in given).map((p) => [p, given[p]])),
    title: given.title ?? { de: fallbackTitle },
    categories: byId(part<{ id: string }>('categories'), table.categories),
    sources: part('sources'),
    places: byId(part<{ id: string }>('places'), table.places),
    entities: part('entities'),
    facts: tourFacts,
  };
  const result = validateDataset(candidate);
  if (!result.ok) {
    return {
      ok: false,
      issues: result.issues.map((issue) => ({ ...issue, path: `meta.json: ${issue.path}` })),
    };
  }
  const { facts: _facts, ...meta } = result.dataset;
  return { ok: true, meta };
}
