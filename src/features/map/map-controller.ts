import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addAreaLabels } from './area-labels';
import { addWorldLayers, createAreaHighlight } from './basemap-layers';
import { createMapCamera, initialView, REGION_MIN_ZOOM } from './map-camera';
import { createClusterLayer } from './map-clusters';
import { createMarkerLayer } from './map-markers';
import type { MarkerSelection } from './marker-element';
import { CLUSTER_THRESHOLD, type PlaceMarker } from './place-markers';
import type { Camera } from '@/domain/view/camera';
import { afterNextPaint } from '@/ui/after-paint';

setWorkerUrl(workerUrl);
// Start the workers when this chunk loads (in parallel with the dataset), not when the map is
// created after it; they also survive StrictMode's unmount and remount.
prewarm();

export interface MapCallbacks {
  /** The user chose a place: a click, Enter or Space on a marker, or a click on a point. */
  onSelectPlace(placeId: string): void;
  /** The map has drawn its style and markers for the first time. */
  onReady(): void;
  /** The map cannot go on (WebGL lost, style failed). */
  onError(error: Error): void;
  /** The user panned or zoomed (drag, wheel, keys, zoom buttons); never for programmatic moves. */
  onUserCamera(camera: Camera): void;
}

export interface MapLabels {
  /** "3 Fakten", the description of a marker. */
  describeCount(count: number): string;
  /** Map UI strings (zoom buttons) in the UI language. */
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** The canvas's name: what it is and how to use it by keyboard. */
  readonly mapTitle: string;
}

export interface MapSelection extends MarkerSelection {
  /** Basemap areas (states) the selected fact names. */
  readonly highlightedAreaIds: ReadonlySet<string>;
}

export interface MapController {
  setPlaces(markers: readonly PlaceMarker[], labels: MapLabels): void;
  setSelection(selection: MapSelection): void;
  /** Places with facts active under the time cursor; `null` when there is no cursor. */
  setActive(activeIds: ReadonlySet<string> | null): void;
  /** Places with facts that pass the search and filters; the others fade. `null`: no filter. */
  setMatching(placeIds: ReadonlySet<string> | null): void;
  /** Moves to `camera` (Back and Forward, a tour step); eases there when `animate`. */
  setCamera(camera: Camera, animate: boolean): void;
  /** Shows the whole extent at once, as at the start (a programmatic move). */
  showBounds(bounds: [number, number, number, number]): void;
  /** Draws the coarse world under the states (places beyond the region), once. */
  showWorld(url: string): void;
  /** Moves the camera to include the points (a programmatic move: never reported as the user's). */
  showPoints(points: readonly { lon: number; lat: number }[], animate: boolean): void;
  /** While set, the next click on the map gives its point (the editor's "Auf der Karte wählen"). */
  pickPoint(onPick: ((point: [number, number]) => void) | null): void;
  destroy(): void;
}

/** True for the error MapLibre's constructor throws when the browser gives it no WebGL2. */
export function isMissingWebGL(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}

/**
 * Owns the MapLibre map: created once per mount, fed through narrow setters that diff against
 * what is on screen, destroyed on unmount. React never re-creates it when data changes.
 *
 * It composes parts that each own their state: the DOM markers (`map-markers`), the clustered
 * layer (`map-clusters`), the camera (`map-camera`) and the basemap's layers. What is left
 * here is what they share: the places and view shown, which part draws them, and when the map
 * is ready.
 */
export function createMapController(
  container: HTMLElement,
  options: {
    style: StyleSpecification | string;
    initialBounds: [number, number, number, number];
    /** From a link: wins over the bounds, so the first paint is the shared view. */
    initialCamera: Camera | null;
  },
  callbacks: MapCallbacks,
): MapController {
  const map = new MapLibreMap({
    container,
    style: options.style,
    ...initialView(options.initialBounds, options.initialCamera),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    minZoom: REGION_MIN_ZOOM,
    maxZoom: 14,
    // Labels appear at once: no 300 ms fade before the map is idle (and ready).
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  const markers = createMarkerLayer(map, callbacks.onSelectPlace);
  const clusters = createClusterLayer(map, callbacks.onSelectPlace);
  const camera = createMapCamera(map, callbacks.onUserCamera);
  const highlightAreas = createAreaHighlight(map);

  /** Set while the editor waits for a click on the map: the next one gives its point. */
  let picking: ((point: [number, number]) => void) | null = null;
  // A DOM listener on the canvas, not MapLibre's `click` (which its handlers may keep to
  // themselves): the point under the pointer, unprojected.
  map.getCanvas().addEventListener('click', (event) => {
    const pick = picking;
    if (!pick) return;
    picking = null;
    map.getCanvas().style.cursor = '';
    const rect = map.getCanvas().getBoundingClientRect();
    const at = map.unproject([event.clientX - rect.left, event.clientY - rect.top]);
    pick([at.lng, at.lat]);
  });

  // What is shown: the places (as DOM markers, or clustered above the threshold) and the view.
  let places: readonly PlaceMarker[] = [];
  let labels: MapLabels | null = null;
  let clustered = false;
  let selection: MapSelection = {
    pressedPlaceId: null,
    highlightedPlaceIds: new Set(),
    highlightedAreaIds: new Set(),
  };
  let active: ReadonlySet<string> | null = null;
  let matching: ReadonlySet<string> | null = null;
  // The map's life: style loaded, first idle, places on it, ready reported, gone.
  let loaded = false;
  let idled = false;
  let placesApplied = false;
  let readyReported = false;
  let destroyed = false;
  let cancelLayerSelection = (): void => undefined;
  let removeAreaLabels = (): void => undefined;

  map.on('error', (event) => {
    // Tile and image errors are recoverable; a lost context or broken style is not.
    const message = event.error?.message ?? 'map error';
    if (!loaded) callbacks.onError(new Error(message));
  });
  map.on('webglcontextlost', () => callbacks.onError(new Error('WebGL context lost')));

  map.on('load', () => {
    loaded = true;
    removeAreaLabels = addAreaLabels(map);
    applyPlaces();
    map.once('idle', () => {
      idled = true;
      reportReadyWhenDrawn();
    });
  });

  /**
   * Ready once the style has drawn and the places are on it. The map starts before the dataset
   * has arrived (its style and basemap load meanwhile), so either may come first.
   */
  function reportReadyWhenDrawn(): void {
    if (destroyed || readyReported || !idled || !placesApplied) return;
    // Clustered places are a GeoJSON source: drawn at the next idle after its data is set.
    if (clustered && !clusters.isDrawn()) {
      map.once('idle', reportReadyWhenDrawn);
      return;
    }
    readyReported = true;
    callbacks.onReady();
  }
  // Button offsets are in pixels: they change with the zoom and the size, not with panning.
  map.on('zoomend', () => markers.relayout());
  map.on('resize', () => markers.relayout());

  /**
   * MapLibre fixes its UI strings at construction; the UI language can change later, so the
   * few labels it renders are set here. The canvas is a keyboard-operable widget, not a second
   * landmark inside our own map region.
   */
  function localizeControls(next: MapLabels): void {
    const canvas = map.getCanvas();
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', next.mapTitle);
    const set = (selector: string, label: string) => {
      const button = container.querySelector(selector);
      button?.setAttribute('aria-label', label);
      button?.setAttribute('title', label);
    };
    set('.maplibregl-ctrl-zoom-in', next.zoomIn);
    set('.maplibregl-ctrl-zoom-out', next.zoomOut);
  }

  /** Hands the places to the part that draws them: markers before the style loads, too. */
  function applyPlaces(): void {
    if (labels === null) return;
    clustered = places.length > CLUSTER_THRESHOLD;
    if (clustered) markers.clear();
    else markers.sync(places, labels.describeCount);
    if (!loaded) return;
    clusters.setPlaces(clustered ? places : []);
    applySelection();
    markers.relayout();
    placesApplied = true;
    reportReadyWhenDrawn();
  }

  function applySelection(): void {
    markers.show(selection, active, matching);
    // Layer changes make MapLibre draw a new WebGL frame: after the frame that shows the
    // markers' new state, and each part draws only what changed.
    cancelLayerSelection();
    cancelLayerSelection = afterNextPaint(() => {
      if (!loaded) return;
      highlightAreas(selection.highlightedAreaIds);
      if (clustered) clusters.highlight(selection);
    });
  }

  return {
    pickPoint(onPick) {
      picking = onPick;
      map.getCanvas().style.cursor = onPick ? 'crosshair' : '';
    },
    setPlaces(next, nextLabels) {
      places = next;
      labels = nextLabels;
      localizeControls(nextLabels);
      applyPlaces();
    },
    setSelection(next) {
      selection = next;
      applySelection();
    },
    setActive(next) {
      active = next;
      applySelection();
    },
    setMatching(next) {
      matching = next;
      applySelection();
    },
    setCamera(next, animate) {
      camera.moveTo(next, animate);
    },
    showPoints(points, animate) {
      camera.showPoints(points, animate);
    },
    showBounds(bounds) {
      camera.showBounds(bounds);
    },
    showWorld(url) {
      if (typeof options.style === 'string') return;
      camera.openToWorld(options.initialCamera);
      const add = () => {
        if (!destroyed) addWorldLayers(map, url);
      };
      if (loaded) add();
      else map.once('load', add);
    },
    destroy() {
      destroyed = true;
      cancelLayerSelection();
      removeAreaLabels();
      markers.clear();
      map.remove();
    },
  };
}
