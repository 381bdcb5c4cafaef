import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import {
  applyMarkerLook,
  applyMarkerOffset,
  createMarkerElement,
  keepInOrder,
  markerLook,
  updateMarkerText,
  type MarkerElement,
  type MarkerSelection,
} from './marker-element';
import { layoutMarkers, markerPriority } from './marker-layout';
import type { PlaceMarker } from './place-markers';

/**
 * The live map's place markers as HTML buttons on MapLibre `Marker`s (small datasets; large
 * ones are the clustered layer). Owns the marker entries: nothing else adds or removes them.
 */
export interface MarkerLayer {
  /** Adds, updates and removes markers so there is one per place, in reading (Tab) order. */
  sync(places: readonly PlaceMarker[], describeCount: (count: number) => string): void;
  /** Applies the selection, time cursor and filters to every marker. */
  show(
    selection: MarkerSelection,
    active: ReadonlySet<string> | null,
    matching: ReadonlySet<string> | null,
  ): void;
  /** Moves buttons off neighbours at the current zoom (offsets are in pixels). */
  relayout(): void;
  clear(): void;
}

interface Entry {
  readonly marker: Marker;
  readonly element: MarkerElement;
  place: PlaceMarker;
}

export function createMarkerLayer(
  map: MapLibreMap,
  onSelectPlace: (placeId: string) => void,
): MarkerLayer {
  const entries = new Map<string, Entry>();
  let places: readonly PlaceMarker[] = [];

  return {
    sync(next, describeCount) {
      places = next;
      const wanted = new Set(next.map((p) => p.id));
      for (const [id, entry] of entries) {
        if (!wanted.has(id)) {
          entry.marker.remove();
          entries.delete(id);
        }
      }
      for (const place of next) {
        let entry = entries.get(place.id);
        if (!entry) {
          const element = createMarkerElement(
            place,
            `place-marker-desc-${place.id}`,
            onSelectPlace,
          );
          const marker = new Marker({ element: element.root, anchor: 'center' })
            .setLngLat([place.lon, place.lat])
            .addTo(map);
          entry = { marker, element, place };
          entries.set(place.id, entry);
        } else {
          entry.marker.setLngLat([place.lon, place.lat]);
          entry.place = place;
        }
        updateMarkerText(entry.element, place.name, describeCount(place.factCount));
      }
      const parent = entries.values().next().value?.element.root.parentElement;
      if (parent)
        keepInOrder(
          parent,
          next.map((place) => entries.get(place.id)!.element),
        );
    },
    show(selection, active, matching) {
      for (const [id, entry] of entries) {
        applyMarkerLook(entry.element, markerLook(id, selection, active, matching));
      }
    },
    relayout() {
      if (entries.size === 0) return;
      const shown = places.filter((place) => entries.has(place.id));
      const offsets = layoutMarkers(
        markerPriority(shown).map((place) => {
          const point = map.project([place.lon, place.lat]);
          const { button } = entries.get(place.id)!.element;
          return {
            id: place.id,
            x: point.x,
            y: point.y,
            width: button.offsetWidth,
            height: button.offsetHeight,
          };
        }),
      );
      for (const entry of entries.values()) {
        applyMarkerOffset(entry.element, offsets.get(entry.place.id) ?? { dx: 0, dy: 0 });
      }
    },
    clear() {
      for (const entry of entries.values()) entry.marker.remove();
      entries.clear();
    },
  };
}
