import { ancestry, type DatasetIndex } from './dataset-index';

/**
 * Folds text for matching: lowercase, accents removed (Roßleben ~ rossleben, Förder ~ forder),
 * ß as ss, whitespace collapsed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Per fact, the folded text a search looks through: titles and summaries in both languages,
 * place names (with the places they lie in), people and organisations, and the quotes.
 * Built once per dataset.
 */
export function buildSearchTexts(index: DatasetIndex): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  for (const fact of index.dataset.facts) {
    const parts = [fact.title.de, fact.title.en, fact.summary?.de, fact.summary?.en];
    for (const placeId of fact.places) {
      for (const id of ancestry(index.places, placeId)) parts.push(index.places.get(id)?.name);
    }
    for (const id of fact.entities) parts.push(index.entities.get(id)?.name);
    for (const evidence of fact.evidence) parts.push(evidence.quote);
    texts.set(fact.id, foldText(parts.filter(Boolean).join(' \u0000 ')));
  }
  return texts;
}

export interface FactFilter {
  readonly query: string;
  readonly categories: readonly string[];
}

/** The search texts (buildSearchTexts), asked for only when a query has words to look for. */
export type SearchTexts = () => ReadonlyMap<string, string>;

/** The words a query looks for, folded; none for a blank query. */
export function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/**
 * Positions (indexes into the dataset's facts) of the facts that match: every word of the
 * query appears somewhere in the fact's text, and the fact is in one of the chosen categories
 * (none chosen: all). `null` when nothing filters. Works on plain arrays, so the dataset worker
 * runs it over 100,000 facts without the index.
 */
export function matchPositions(
  categoryOf: readonly string[],
  texts: () => readonly string[],
  filter: FactFilter,
): Int32Array | null {
  const words = queryWords(filter.query);
  if (words.length === 0 && filter.categories.length === 0) return null;
  // Without words no text is read: opening a dataset builds none (30 ms at 10,000 facts).
  const textOf = words.length > 0 ? texts() : null;
  const categories = new Set(filter.categories);
  const matching: number[] = [];
  for (let i = 0; i < categoryOf.length; i++) {
    if (categories.size > 0 && !categories.has(categoryOf[i]!)) continue;
    if (textOf) {
      const text = textOf[i]!;
      if (!words.every((word) => text.includes(word))) continue;
    }
    matching.push(i);
  }
  return Int32Array.from(matching);
}

/** Facts per category among those matching the query alone, for the counts on the filter buttons. */
export function countPositionsByCategory(
  categoryOf: readonly string[],
  texts: () => readonly string[],
  query: string,
): Map<string, number> {
  const matching = matchPositions(categoryOf, texts, { query, categories: [] });
  const counts = new Map<string, number>();
  const count = (category: string) => counts.set(category, (counts.get(category) ?? 0) + 1);
  if (matching === null) categoryOf.forEach(count);
  else for (const i of matching) count(categoryOf[i]!);
  return counts;
}

/** The facts' categories and (on demand) texts as arrays by position. */
function arraysOf(index: DatasetIndex, searchTexts: SearchTexts) {
  const facts = index.dataset.facts;
  return {
    categories: facts.map((fact) => fact.category),
    texts: () => {
      const byId = searchTexts();
      return facts.map((fact) => byId.get(fact.id) ?? '');
    },
  };
}

/** Ids of the facts that match (see matchPositions); `null` when nothing filters. */
export function selectMatchingFactIds(
  index: DatasetIndex,
  searchTexts: SearchTexts,
  filter: FactFilter,
): ReadonlySet<string> | null {
  const { categories, texts } = arraysOf(index, searchTexts);
  const positions = matchPositions(categories, texts, filter);
  return positions && idsAt(index, positions);
}

/** The ids of the facts at `positions`. */
export function idsAt(index: DatasetIndex, positions: Int32Array): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const i of positions) ids.add(index.dataset.facts[i]!.id);
  return ids;
}

/** Facts per category among the matching ones, for the counts on the filter buttons (query only). */
export function countByCategory(
  index: DatasetIndex,
  searchTexts: SearchTexts,
  query: string,
): ReadonlyMap<string, number> {
  const { categories, texts } = arraysOf(index, searchTexts);
  return countPositionsByCategory(categories, texts, query);
}
