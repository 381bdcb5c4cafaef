import type { FeatureCollection, Point } from 'geojson';
import { ancestry, type DatasetIndex } from '../dataset/dataset-index';
import type { Dataset } from '../dataset/dataset-schema';
import { selectMapAnchor } from '../dataset/selectors';

/**
 * The facts in `ids` (all when `null`) as a dataset of their own: with the categories, sources,
 * entities and places (and the places those lie in) they refer to, so it validates on re-import.
 */
export function subsetDataset(index: DatasetIndex, ids: ReadonlySet<string> | null): Dataset {
  const { dataset } = index;
  const facts = dataset.facts.filter((f) => ids === null || ids.has(f.id));
  const used = {
    categories: new Set<string>(),
    sources: new Set<string>(),
    entities: new Set<string>(),
    places: new Set<string>(),
  };
  for (const fact of facts) {
    used.categories.add(fact.category);
    for (const e of fact.evidence) used.sources.add(e.source);
    for (const id of fact.entities) used.entities.add(id);
    for (const id of fact.places) for (const p of ancestry(index.places, id)) used.places.add(p);
  }
  const factIds = new Set(facts.map((f) => f.id));
  // A tour keeps the steps whose fact and place are in the subset; a tour left without steps goes.
  const tours = (dataset.tours ?? []).flatMap((tour) => {
    const steps = tour.steps.filter(
      (step) =>
        (step.fact === undefined || factIds.has(step.fact)) &&
        (step.place === undefined || used.places.has(step.place)),
    );
    return steps.length > 0 ? [{ ...tour, steps }] : [];
  });
  const { tours: _all, ...rest } = dataset;
  return {
    ...rest,
    categories: dataset.categories.filter((c) => used.categories.has(c.id)),
    sources: dataset.sources.filter((s) => used.sources.has(s.id)),
    entities: dataset.entities.filter((e) => used.entities.has(e.id)),
    places: dataset.places.filter((p) => used.places.has(p.id)),
    facts,
    ...(tours.length > 0 ? { tours } : {}),
  };
}

/**
 * One point feature per fact and place it can be drawn at. Its properties carry the whole
 * fact (kind, category, titles, summary, time, places, people, amount, every piece of
 * evidence with its source), and for quick use in GIS tools the place, first quote and source
 * as plain fields.
 */
export function datasetToGeoJson(
  index: DatasetIndex,
  ids: ReadonlySet<string> | null,
): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  for (const fact of index.factsInTimeOrder) {
    if (ids !== null && !ids.has(fact.id)) continue;
    const drawn = new Set<string>();
    for (const placeId of fact.places) {
      const anchor = selectMapAnchor(index, placeId);
      if (!anchor?.coordinates || drawn.has(anchor.id)) continue;
      drawn.add(anchor.id);
      const evidence = fact.evidence[0];
      const source = evidence ? index.sources.get(evidence.source) : undefined;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...anchor.coordinates] },
        properties: {
          fact: fact.id,
          kind: fact.kind,
          title: fact.title.de,
          ...(fact.title.en ? { title_en: fact.title.en } : {}),
          ...(fact.summary ? { summary: fact.summary } : {}),
          category: fact.category,
          category_label: index.dataset.categories.find((c) => c.id === fact.category)?.label,
          time: fact.time,
          place: index.places.get(placeId)?.name ?? placeId,
          place_id: placeId,
          places: fact.places.map((id) => ({ id, name: index.places.get(id)?.name ?? id })),
          people: fact.entities.map((id) => ({ id, name: index.entities.get(id)?.name ?? id })),
          ...(fact.amount ? { amount: fact.amount } : {}),
          ...(fact.summaryHtml ? { summary_html: fact.summaryHtml } : {}),
          ...(fact.media ? { media: fact.media } : {}),
          evidence: fact.evidence.map((item) => {
            const cited = index.sources.get(item.source);
            return {
              ...item,
              source_title: cited?.title ?? item.source,
              ...(cited?.kind ? { source_kind: cited.kind } : {}),
              ...(cited?.date ? { source_date: cited.date } : {}),
              ...(cited?.dateInferred ? { source_date_inferred: cited.dateInferred } : {}),
              ...(cited?.url ? { source_url: cited.url } : {}),
            };
          }),
          quote: evidence?.quote ?? null,
          source: source?.title ?? null,
          source_url: source?.url ?? null,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
