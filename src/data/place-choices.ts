import { withPlaceCoordinates, type DatasetIndex } from '@/domain/dataset/dataset-index';

/**
 * Which town of an ambiguous name the reader chose ("Altenburg: 2 Orte"), per kept dataset,
 * in localStorage: the dataset's file stays as it was, and the choice is applied each time it
 * opens (its `local:` key or address names it).
 */

const PREFIX = 'kartenchronik:places:';

export function storedPlaceChoices(key: string): Map<string, readonly [number, number]> {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object') return new Map();
    return new Map(
      Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, [number, number]] =>
          Array.isArray(entry[1]) &&
          entry[1].length === 2 &&
          entry[1].every((n) => typeof n === 'number' && Number.isFinite(n)),
      ),
    );
  } catch {
    // Storage refused (a private window): the choice holds for this session only.
    return new Map();
  }
}

export function storePlaceChoice(
  key: string,
  placeId: string,
  coordinates: readonly [number, number],
): void {
  const choices = storedPlaceChoices(key);
  choices.set(placeId, coordinates);
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(Object.fromEntries(choices)));
  } catch {
    // As above: kept for the session in the index itself.
  }
}

/** The index with the choices made for this dataset earlier. */
export function applyStoredPlaceChoices(
  index: DatasetIndex,
  key: string | undefined,
): DatasetIndex {
  if (key === undefined) return index;
  const choices = storedPlaceChoices(key);
  return choices.size === 0 ? index : withPlaceCoordinates(index, choices);
}
