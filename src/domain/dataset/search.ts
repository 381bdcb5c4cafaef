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

/** Between two facts' texts in the scanner's one string; never part of a folded word. */
const SEPARATOR = '\u0001';

/**
 * Finds the facts whose text holds every word, without reading every text: the texts are one
 * string, the rarest word is looked up with `indexOf` (native, a few ms over 15 MB), and only
 * the facts where it occurs are checked for the other words. Built once per dataset.
 */
export interface TextScanner {
  /** Positions of the facts whose text contains every word, in position order. */
  positionsWith(words: readonly string[]): number[];
}

export function createTextScanner(texts: readonly string[]): TextScanner {
  const joined = texts.join(SEPARATOR);
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  texts.forEach((text, i) => {
    starts[i] = at;
    at += text.length + 1;
  });
  starts[texts.length] = at;
  /** The fact whose text holds the offset. */
  const positionAt = (offset: number) => {
    let low = 0;
    let high = texts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const textAt = (position: number) => joined.slice(starts[position]!, starts[position + 1]! - 1);
  /** How far into the string the first `SAMPLE` hits reach: a rare word reaches far. */
  const SAMPLE = 64;
  const reach = (word: string) => {
    let found = 0;
    let offset = -1;
    while (found < SAMPLE) {
      offset = joined.indexOf(word, offset + 1);
      if (offset === -1) return Infinity;
      found++;
    }
    return offset;
  };
  return {
    positionsWith(words) {
      const clean = words.map((word) => word.replaceAll(SEPARATOR, ''));
      if (texts.length === 0 || clean.some((word) => word === '')) return [];
      const rarest = clean.reduce((best, word) => (reach(word) > reach(best) ? word : best));
      const others = clean.filter((word) => word !== rarest);
      const found: number[] = [];
      for (let offset = joined.indexOf(rarest); offset !== -1;) {
        const position = positionAt(offset);
        const text = others.length > 0 ? textAt(position) : '';
        if (others.every((word) => text.includes(word))) found.push(position);
        // On to the next fact: one hit per fact is enough.
        offset = joined.indexOf(rarest, starts[position + 1]!);
      }
      return found;
    },
  };
}

/**
 * Positions (indexes into the dataset's facts) of the facts that match: every word of the
 * query appears somewhere in the fact's text, and the fact is in one of the chosen categories
 * (none chosen: all). `null` when nothing filters. Works on plain arrays, so the dataset worker
 * runs it over 100,000 facts without the index.
 */
export function matchPositions(
  categoryOf: readonly string[],
  scanner: () => TextScanner,
  filter: FactFilter,
): Int32Array | null {
  const words = queryWords(filter.query);
  if (words.length === 0 && filter.categories.length === 0) return null;
  const categories = new Set(filter.categories);
  const inCategory = (i: number) => categories.size === 0 || categories.has(categoryOf[i]!);
  // Without words no text is read: opening a dataset builds none (30 ms at 10,000 facts).
  if (words.length === 0) {
    const matching: number[] = [];
    for (let i = 0; i < categoryOf.length; i++) if (inCategory(i)) matching.push(i);
    return Int32Array.from(matching);
  }
  return Int32Array.from(scanner().positionsWith(words).filter(inCategory));
}

/** Facts per category among those matching the query alone, for the counts on the filter buttons. */
export function countPositionsByCategory(
  categoryOf: readonly string[],
  scanner: () => TextScanner,
  query: string,
): Map<string, number> {
  const matching = matchPositions(categoryOf, scanner, { query, categories: [] });
  const counts = new Map<string, number>();
  const count = (category: string) => counts.set(category, (counts.get(category) ?? 0) + 1);
  if (matching === null) categoryOf.forEach(count);
  else for (const i of matching) count(categoryOf[i]!);
  return counts;
}

/** Per dataset, its facts' categories by position (every keystroke's count reads them). */
const categoriesByIndex = new WeakMap<DatasetIndex, readonly string[]>();
/** Per dataset, the scanner of its texts, built on the first search with words. */
const scannersByIndex = new WeakMap<DatasetIndex, TextScanner>();

/** The facts' categories and (on demand) a scanner of their texts, by position. */
function arraysOf(index: DatasetIndex, searchTexts: SearchTexts) {
  const facts = index.dataset.facts;
  let categories = categoriesByIndex.get(index);
  if (!categories) {
    categories = facts.map((fact) => fact.category);
    categoriesByIndex.set(index, categories);
  }
  return {
    categories,
    texts: () => {
      let scanner = scannersByIndex.get(index);
      if (!scanner) {
        const byId = searchTexts();
        scanner = createTextScanner(facts.map((fact) => byId.get(fact.id) ?? ''));
        scannersByIndex.set(index, scanner);
      }
      return scanner;
    },
  };
}

/** Ids of the facts that match (see matchPositions); `null` when nothing filters. */
export function selectMatchingFactIds(
  index: DatasetIndex,
  searchTexts: SearchTexts,
  filter: FactFilter,
): ReadonlySet<string> | null {
  if (queryWords(filter.query).length === 0 && filter.categories.length === 0) return null;
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
