import type { Map as MapLibreMap } from 'maplibre-gl';
import { roundCamera, type Camera } from '@/domain/view/camera';
import { boundsOf } from './place-markers';

const FIT_PADDING = 48;
const FIT_MAX_ZOOM = 8;
const EASE_MS = 600;

/** How far out the map zooms: Thuringia's region, or once the world is drawn, continents. */
export const REGION_MIN_ZOOM = 4;
const WORLD_MIN_ZOOM = 1;

/** Where the map starts: a link's camera wins over the dataset's bounds. */
export function initialView(
  bounds: [number, number, number, number],
  camera: Camera | null,
):
  { center: [number, number]; zoom: number } | { bounds: typeof bounds; fitBoundsOptions: object } {
  return camera
    ? { center: [camera.lon, camera.lat], zoom: camera.zoom }
    : { bounds, fitBoundsOptions: { padding: FIT_PADDING } };
}

/**
 * The map's camera: where it looks, moves made by the app (never reported as the user's), and
 * the user's own moves reported once they end. Owns no state beyond the map's.
 */
export interface MapCamera {
  current(): Camera;
  /** Moves to `camera` (Back and Forward, a tour step); eases there when `animate`. */
  moveTo(camera: Camera, animate: boolean): void;
  /** Frames the points (a selection's places). */
  showPoints(points: readonly { lon: number; lat: number }[], animate: boolean): void;
  /** The whole extent at once, as at the start. */
  showBounds(bounds: [number, number, number, number]): void;
  /**
   * The world is seen from afar: the floor set for Thuringia gives way, and a link's camera
   * that was clamped to it (made further out) is shown as it was made.
   */
  openToWorld(asked: Camera | null): void;
}

export function createMapCamera(
  map: MapLibreMap,
  onUserCamera: (camera: Camera) => void,
): MapCamera {
  const current = (): Camera => {
    const center = map.getCenter();
    return roundCamera({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
  };
  // Only moves that started from an input event are the user's; fitBounds after a selection and
  // jumps to a linked camera carry no originalEvent and are not reported.
  map.on('moveend', (event) => {
    if (event.originalEvent) onUserCamera(current());
  });

  return {
    current,
    moveTo(camera, animate) {
      const now = current();
      if (now.lon === camera.lon && now.lat === camera.lat && now.zoom === camera.zoom) return;
      map.easeTo({
        center: [camera.lon, camera.lat],
        zoom: camera.zoom,
        duration: animate ? EASE_MS : 0,
      });
    },
    showPoints(points, animate) {
      const bounds = boundsOf(points);
      if (!bounds) return;
      map.fitBounds(bounds, {
        padding: FIT_PADDING,
        maxZoom: FIT_MAX_ZOOM,
        duration: animate ? EASE_MS : 0,
      });
    },
    showBounds(bounds) {
      map.fitBounds(bounds, { padding: FIT_PADDING, duration: 0 });
    },
    openToWorld(asked) {
      map.setMinZoom(WORLD_MIN_ZOOM);
      if (asked && asked.zoom < map.getZoom() && map.getZoom() === REGION_MIN_ZOOM) {
        map.jumpTo({ center: [asked.lon, asked.lat], zoom: asked.zoom });
      }
    },
  };
}
