import type { Category, Dataset, Evidence, Fact, Place, Source } from '../dataset/dataset-schema';
import type { LocalizableText, LocalizedText } from '../text/lang';
import { freeSlug, slugify } from '../import/import-kit';
import { canonicalText, quoteAt, reanchor, type AnchorStatus, type TextQuote } from './anchor';

/**
 * The edits an author makes, as pure functions from a dataset to the next: each result is a
 * valid dataset (the editor checks it with `validateDataset` all the same), so undo is a step
 * back through values and every step can be saved as it is.
 */

/** The reason a suggested date or place carries until the author confirms it. */
export const SUGGESTION = {
  de: 'Vorschlag aus dem Text, noch nicht bestätigt',
  en: 'Suggestion from the text, not yet confirmed',
} as const satisfies LocalizedText;

/**
 * The reason an unconfirmed suggestion carries: "Vorschlag …" and, when the quote does not say
 * it, why it was suggested ("Vorschlag …: das Jahr aus dem Datum der Quelle (2018)").
 */
export function suggestionReason(why?: LocalizedText): LocalizedText {
  if (!why) return SUGGESTION;
  return {
    de: `${SUGGESTION.de}: ${why.de}`,
    en: `${SUGGESTION.en}: ${why.en ?? why.de}`,
  };
}

/** Whether a reason is the editor's unconfirmed suggestion (not the author's own words). */
export function isSuggestion(reason: LocalizableText | undefined): boolean {
  return typeof reason === 'object' && reason.de.startsWith(SUGGESTION.de);
}

/** A suggestion's reason once confirmed: why it was suggested, or nothing (the quote says it). */
export function confirmedReason(reason: LocalizableText | undefined): LocalizedText | undefined {
  if (!isSuggestion(reason) || typeof reason !== 'object') return undefined;
  const de = reason.de.slice(SUGGESTION.de.length).replace(/^:\s*/, '');
  const en = (reason.en ?? '').slice(SUGGESTION.en.length).replace(/^:\s*/, '');
  return de ? { de, ...(en ? { en } : {}) } : undefined;
}

export { newDataset } from './new-dataset';

/** A slug of `text` not yet in `taken`: "besuch", "besuch-2", … */
export function freeId(text: string, taken: Iterable<string>): string {
  return freeSlug(slugify(text), new Set(taken));
}

export interface SourceInput {
  readonly title: string;
  readonly text: string;
  readonly kind: LocalizableText;
  readonly publisher?: string;
  readonly date?: string;
  readonly url?: string;
  readonly licence?: string;
  readonly lang?: 'de' | 'en';
  /** SHA-256 of the canonical text, in hex (computed by the caller: Web Crypto is async). */
  readonly textSha256?: string;
  /** Where each page begins in the text (a PDF's). */
  readonly pageStarts?: readonly number[];
}

function sourceOf(id: string, input: SourceInput): Source {
  return {
    id,
    title: input.title.trim(),
    kind: input.kind,
    ...(input.publisher?.trim() ? { publisher: input.publisher.trim() } : {}),
    ...(input.date ? { date: input.date } : {}),
    ...(input.url?.trim() ? { url: input.url.trim() } : {}),
    ...(input.licence?.trim() ? { licence: input.licence.trim() } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
    text: canonicalText(input.text),
    ...(input.textSha256 ? { textSha256: input.textSha256 } : {}),
    ...(input.pageStarts ? { pageStarts: [...input.pageStarts] } : {}),
  };
}

export function addSource(dataset: Dataset, input: SourceInput): { dataset: Dataset; id: string } {
  const id = freeId(
    input.title,
    dataset.sources.map((s) => s.id),
  );
  return { dataset: { ...dataset, sources: [...dataset.sources, sourceOf(id, input)] }, id };
}

/** One quote of a source in a changed text: what happens to it, for the report before applying. */
export interface AnchorChange {
  readonly factId: string;
  readonly evidence: number;
  readonly status: AnchorStatus;
  readonly old: TextQuote;
  readonly anchor?: TextQuote;
  readonly score?: number;
}

const toQuote = (e: Evidence): TextQuote | null =>
  e.quote !== undefined && e.start !== undefined && e.end !== undefined
    ? { quote: e.quote, start: e.start, end: e.end, prefix: e.prefix ?? '', suffix: e.suffix ?? '' }
    : null;

/** What changing a source's text does to each quote in it (nothing is changed yet). */
export function planSourceChange(dataset: Dataset, sourceId: string, text: string): AnchorChange[] {
  const next = canonicalText(text);
  return dataset.facts.flatMap((fact) =>
    fact.evidence.flatMap((e, i): AnchorChange[] => {
      const old = e.source === sourceId && !e.orphaned ? toQuote(e) : null;
      if (!old) return [];
      const found = reanchor(next, old);
      return [{ factId: fact.id, evidence: i, old, ...found }];
    }),
  );
}

/**
 * The source with its new text and fields, every quote in it re-anchored as planned: unchanged
 * and moved quotes at their new offsets, fuzzy ones with the passage they now read, orphans
 * kept with their old words, marked `orphaned` and without offsets (never attached elsewhere).
 */
export function changeSource(
  dataset: Dataset,
  sourceId: string,
  input: SourceInput,
  plan: readonly AnchorChange[],
): Dataset {
  const changes = new Map(plan.map((c) => [`${c.factId}\u0000${c.evidence}`, c]));
  return {
    ...dataset,
    sources: dataset.sources.map((s) => (s.id === sourceId ? sourceOf(sourceId, input) : s)),
    facts: dataset.facts.map((fact) => {
      if (!fact.evidence.some((e, i) => changes.has(`${fact.id}\u0000${i}`))) return fact;
      return {
        ...fact,
        evidence: fact.evidence.map((e, i) => {
          const change = changes.get(`${fact.id}\u0000${i}`);
          if (!change) return e;
          if (change.status === 'orphaned' || !change.anchor) {
            const { start: _s, end: _e, ...rest } = e;
            return { ...rest, orphaned: true as const };
          }
          return anchored(e.source, change.anchor, e.url);
        }),
      };
    }),
  };
}

function anchored(source: string, anchor: TextQuote, url?: string): Evidence {
  return {
    source,
    ...(url ? { url } : {}),
    quote: anchor.quote,
    start: anchor.start,
    end: anchor.end,
    ...(anchor.prefix ? { prefix: anchor.prefix } : {}),
    ...(anchor.suffix ? { suffix: anchor.suffix } : {}),
  };
}

/** An orphan re-attached to a passage the author selected again. */
export function reattachQuote(
  dataset: Dataset,
  factId: string,
  evidence: number,
  start: number,
  end: number,
): Dataset {
  return updateFact(dataset, factId, (fact) => {
    const e = fact.evidence[evidence];
    const text = dataset.sources.find((s) => s.id === e?.source)?.text;
    const anchor = text === undefined ? null : quoteAt(text, start, end);
    if (!e || !anchor) return fact;
    return {
      ...fact,
      evidence: fact.evidence.map((x, i) =>
        i === evidence ? anchored(e.source, anchor, e.url) : x,
      ),
    };
  });
}

export interface NewFact {
  readonly sourceId: string;
  readonly anchor: TextQuote;
  readonly title: string;
  readonly time?: Fact['time'];
  /** Places by id (the dataset's) and whether each is unconfirmed. */
  readonly places?: readonly {
    readonly id: string;
    readonly suggested: boolean;
    readonly reason?: LocalizedText;
  }[];
}

/** A fact from a quoted passage, in the first category, its unconfirmed parts marked. */
export function factFromQuote(dataset: Dataset, input: NewFact): { dataset: Dataset; id: string } {
  const id = freeId(
    input.title,
    dataset.facts.map((f) => f.id),
  );
  const placesInferred = Object.fromEntries(
    (input.places ?? []).filter((p) => p.suggested).map((p) => [p.id, p.reason ?? SUGGESTION]),
  );
  const fact: Fact = {
    id,
    kind: 'event',
    category: dataset.categories[0]!.id,
    title: { de: input.title },
    ...(input.time ? { time: input.time } : {}),
    places: (input.places ?? []).map((p) => p.id),
    ...(Object.keys(placesInferred).length > 0 ? { placesInferred } : {}),
    entities: [],
    evidence: [anchored(input.sourceId, input.anchor)],
  };
  return { dataset: { ...dataset, facts: [...dataset.facts, fact] }, id };
}

export function updateFact(
  dataset: Dataset,
  factId: string,
  change: (fact: Fact) => Fact,
): Dataset {
  return {
    ...dataset,
    facts: dataset.facts.map((fact) => (fact.id === factId ? change(fact) : fact)),
  };
}

/** The dataset without a fact (tour steps that showed it go too; an emptied tour goes). */
export function removeFact(dataset: Dataset, factId: string): Dataset {
  const tours = (dataset.tours ?? [])
    .map((tour) => ({
      ...tour,
      steps: tour.steps.filter((step) => step.fact !== factId || step.place !== undefined),
    }))
    .map((tour) => ({
      ...tour,
      steps: tour.steps.map(({ fact, ...step }) =>
        fact === factId ? step : { ...step, ...(fact ? { fact } : {}) },
      ),
    }))
    .filter((tour) => tour.steps.length > 0);
  const { tours: _tours, ...rest } = dataset;
  return {
    ...rest,
    facts: dataset.facts.filter((fact) => fact.id !== factId),
    ...(tours.length > 0 ? { tours } : {}),
  };
}

/** A place by name and point, new unless the dataset has one of that name already. */
export function ensurePlace(
  dataset: Dataset,
  name: string,
  coordinates?: readonly [number, number],
  note?: LocalizableText,
): { dataset: Dataset; id: string } {
  const existing = dataset.places.find((p) => p.name === name);
  if (existing) return { dataset, id: existing.id };
  const id = freeId(
    name,
    dataset.places.map((p) => p.id),
  );
  const place: Place = {
    id,
    name,
    kind: 'town',
    ...(coordinates ? { coordinates: [coordinates[0], coordinates[1]] } : {}),
    ...(note ? { note } : {}),
  };
  return { dataset: { ...dataset, places: [...dataset.places, place] }, id };
}

export function addCategory(
  dataset: Dataset,
  label: string,
  color?: string,
): { dataset: Dataset; id: string } {
  const id = freeId(
    label,
    dataset.categories.map((c) => c.id),
  );
  const category: Category = { id, label: { de: label }, ...(color ? { color } : {}) };
  return { dataset: { ...dataset, categories: [...dataset.categories, category] }, id };
}
