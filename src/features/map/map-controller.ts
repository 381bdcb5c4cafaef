import {
  AttributionControl,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addAreaLabels } from './area-labels';
import { layoutMarkers } from './marker-layout';
import { boundsOf, CLUSTER_THRESHOLD, placesToGeoJson, type PlaceMarker } from './place-markers';
import { LABEL_FONT } from './map-style';
import { roundCamera, type Camera } from '@/domain/view/camera';
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

export interface MapSelection {
  readonly pressedPlaceId: string | null;
  /** Places of the selected fact (their map anchors). */
  readonly highlightedPlaceIds: ReadonlySet<string>;
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

interface MarkerEntry {
  marker: Marker;
  place: PlaceMarker;
  button: HTMLButtonElement;
  description: HTMLElement;
  leader: SVGLineElement;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FIT_PADDING = 48;
const FIT_MAX_ZOOM = 8;

/** True for the error MapLibre's constructor throws when the browser gives it no WebGL2. */
export function isMissingWebGL(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}

/**
 * Owns the MapLibre map: created once per mount, fed through narrow setters that diff against
 * what is on screen, destroyed on unmount. React never re-creates it when data changes.
 */
/** How far out the map zooms: Thuringia's region, or once the world is drawn, continents. */
const REGION_MIN_ZOOM = 4;
const WORLD_MIN_ZOOM = 1;

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
    ...(options.initialCamera
      ? {
          center: [options.initialCamera.lon, options.initialCamera.lat],
          zoom: options.initialCamera.zoom,
        }
      : { bounds: options.initialBounds, fitBoundsOptions: { padding: FIT_PADDING } }),
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
  const navigation = new NavigationControl({ showCompass: false });
  map.addControl(navigation, 'top-right');

  const entries = new Map<string, MarkerEntry>();
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
  let places: readonly PlaceMarker[] = [];
  let clustered = false;
  let selection: MapSelection = {
    pressedPlaceId: null,
    highlightedPlaceIds: new Set(),
    highlightedAreaIds: new Set(),
  };
  let active: ReadonlySet<string> | null = null;
  let matching: ReadonlySet<string> | null = null;
  let loaded = false;
  let drawnAreaKey = '';
  let drawnPointKey = '';
  let readyReported = false;
  let idled = false;
  let placesApplied = false;
  let cancelLayerSelection = (): void => undefined;
  let removeAreaLabels = (): void => undefined;
  let destroyed = false;

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
    if (clustered && !map.isSourceLoaded('places')) {
      map.once('idle', reportReadyWhenDrawn);
      return;
    }
    readyReported = true;
    callbacks.onReady();
  }
  // Button offsets are in pixels: they change with the zoom, not with panning.
  map.on('zoomend', () => relayout());
  // Only moves that started from an input event are the user's; fitBounds after a selection and
  // jumps to a linked camera carry no originalEvent and are not reported.
  map.on('moveend', (event) => {
    if (event.originalEvent) callbacks.onUserCamera(currentCamera());
  });

  function currentCamera(): Camera {
    const center = map.getCenter();
    return roundCamera({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
  }
  map.on('resize', () => relayout());

  /** The clustered points: only for datasets with more places than DOM markers can carry. */
  function addClusterLayers(): void {
    map.addSource('places', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterRadius: 44,
      clusterMaxZoom: 11,
    });
    map.addLayer({
      id: 'place-clusters',
      type: 'circle',
      source: 'places',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#0b5cad',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 14, 20, 18, 200, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    map.addLayer({
      id: 'place-cluster-count',
      type: 'symbol',
      source: 'places',
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
      },
      paint: { 'text-color': '#ffffff' },
    });
    map.addLayer({
      id: 'place-points',
      type: 'circle',
      source: 'places',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['case', ['==', ['get', 'id'], ''], '#c2410c', '#0b5cad'],
        'circle-radius': 7,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    map.on('click', 'place-points', (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') callbacks.onSelectPlace(id);
    });
    map.on('click', 'place-clusters', (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const clusterId = feature?.properties?.cluster_id;
      if (feature?.geometry.type !== 'Point' || typeof clusterId !== 'number') return;
      const center = feature.geometry.coordinates as [number, number];
      void (map.getSource('places') as GeoJSONSource)
        .getClusterExpansionZoom(clusterId)
        .then((zoom) => map.easeTo({ center, zoom }));
    });
    for (const layer of ['place-points', 'place-clusters']) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
  }

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

  function applyPlaces(): void {
    if (!loaded || labels === null) return;
    clustered = places.length > CLUSTER_THRESHOLD;
    if (clustered && !map.getSource('places')) addClusterLayers();
    (map.getSource('places') as GeoJSONSource | undefined)?.setData(
      clustered ? placesToGeoJson(places) : { type: 'FeatureCollection', features: [] },
    );
    if (clustered) {
      for (const entry of entries.values()) entry.marker.remove();
      entries.clear();
    }
    applySelection();
    relayout();
    placesApplied = true;
    reportReadyWhenDrawn();
  }

  let labels: MapLabels | null = null;

  function syncMarkers(): void {
    if (clustered || places.length > CLUSTER_THRESHOLD || labels === null) return;
    const wanted = new Set(places.map((p) => p.id));
    for (const [id, entry] of entries) {
      if (!wanted.has(id)) {
        entry.marker.remove();
        entries.delete(id);
      }
    }
    // Re-adding in reading order keeps the DOM, and so the Tab order, sorted.
    for (const place of places) {
      let entry = entries.get(place.id);
      if (!entry) {
        entry = createMarker(place);
        entries.set(place.id, entry);
      } else {
        entry.marker.setLngLat([place.lon, place.lat]);
        entry.place = place;
        entry.button.querySelector('.place-marker__name')!.textContent = place.name;
      }
      entry.description.textContent = labels.describeCount(place.factCount);
      entry.marker.getElement().parentElement?.appendChild(entry.marker.getElement());
    }
  }

  function createMarker(place: PlaceMarker): MarkerEntry {
    const element = document.createElement('div');
    element.className = 'place-marker';
    const dot = document.createElement('span');
    dot.className = 'place-marker__dot';
    dot.setAttribute('aria-hidden', 'true');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'place-marker__leader');
    svg.setAttribute('aria-hidden', 'true');
    const leader = document.createElementNS(SVG_NS, 'line');
    leader.setAttribute('x1', '0');
    leader.setAttribute('y1', '0');
    svg.appendChild(leader);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'place-marker__button';
    button.dataset.placeId = place.id;
    const name = document.createElement('span');
    name.className = 'place-marker__name';
    name.textContent = place.name;
    button.append(name);
    const description = document.createElement('span');
    description.className = 'visually-hidden';
    description.id = `place-marker-desc-${place.id}`;
    button.setAttribute('aria-describedby', description.id);
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      callbacks.onSelectPlace(place.id);
    });
    element.append(dot, svg, button, description);
    const marker = new Marker({ element, anchor: 'center' })
      .setLngLat([place.lon, place.lat])
      .addTo(map);
    return { marker, place, button, description, leader };
  }

  function relayout(): void {
    if (clustered || entries.size === 0) return;
    // Reading order breaks ties: by the place's index, not by searching the list per comparison.
    const readingOrder = new Map(places.map((place, i) => [place.id, i]));
    const ordered = [...entries.values()].sort(
      (a, b) =>
        b.place.factCount - a.place.factCount ||
        readingOrder.get(a.place.id)! - readingOrder.get(b.place.id)!,
    );
    const offsets = layoutMarkers(
      ordered.map((entry) => {
        const point = map.project([entry.place.lon, entry.place.lat]);
        return {
          id: entry.place.id,
          x: point.x,
          y: point.y,
          width: entry.button.offsetWidth,
          height: entry.button.offsetHeight,
        };
      }),
    );
    for (const entry of entries.values()) {
      const { dx, dy } = offsets.get(entry.place.id) ?? { dx: 0, dy: 0 };
      entry.button.style.transform = `translate(calc(-50% + ${dx}px), calc(-50% + ${dy}px))`;
      entry.leader.setAttribute('x2', String(dx));
      entry.leader.setAttribute('y2', String(dy));
      entry.marker.getElement().dataset.offset = dx === 0 && dy === 0 ? 'none' : 'moved';
    }
  }

  function applySelection(): void {
    for (const [id, entry] of entries) {
      entry.button.setAttribute('aria-pressed', String(id === selection.pressedPlaceId));
      if (selection.highlightedPlaceIds.has(id)) entry.button.dataset.highlighted = 'true';
      else delete entry.button.dataset.highlighted;
      if (active === null) delete entry.button.dataset.state;
      else entry.button.dataset.state = active.has(id) ? 'active' : 'inactive';
      if (matching === null || matching.has(id)) delete entry.button.dataset.match;
      else entry.button.dataset.match = 'false';
    }
    // Style changes make MapLibre draw a new WebGL frame (tens of ms in software GL): only
    // when what they show has changed, the points layer only when it is in use, and after the
    // frame that shows the markers' new state.
    cancelLayerSelection();
    cancelLayerSelection = afterNextPaint(applyLayerSelection);
  }

  function applyLayerSelection(): void {
    const areaKey = [...selection.highlightedAreaIds].join(',');
    if (loaded && areaKey !== drawnAreaKey && map.getLayer('area-highlight')) {
      drawnAreaKey = areaKey;
      map.setFilter('area-highlight', [
        'in',
        ['get', 'id'],
        ['literal', [...selection.highlightedAreaIds]],
      ]);
    }
    const pointKey = `${selection.pressedPlaceId ?? ''}|${[...selection.highlightedPlaceIds].join(',')}`;
    if (loaded && clustered && pointKey !== drawnPointKey && map.getLayer('place-points')) {
      drawnPointKey = pointKey;
      const chosen = selection.pressedPlaceId ?? '';
      map.setPaintProperty('place-points', 'circle-color', [
        'case',
        ['==', ['get', 'id'], chosen],
        '#c2410c',
        ['in', ['get', 'id'], ['literal', [...selection.highlightedPlaceIds]]],
        '#c2410c',
        '#0b5cad',
      ]);
    }
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
      syncMarkers();
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
    setCamera(camera, animate) {
      const now = currentCamera();
      if (now.lon === camera.lon && now.lat === camera.lat && now.zoom === camera.zoom) return;
      map.easeTo({
        center: [camera.lon, camera.lat],
        zoom: camera.zoom,
        duration: animate ? 600 : 0,
      });
    },
    showPoints(points, animate) {
      const bounds = boundsOf(points);
      if (!bounds) return;
      map.fitBounds(bounds, {
        padding: FIT_PADDING,
        maxZoom: FIT_MAX_ZOOM,
        duration: animate ? 600 : 0,
      });
    },
    showBounds(bounds) {
      map.fitBounds(bounds, { padding: FIT_PADDING, duration: 0 });
    },
    showWorld(url) {
      if (typeof options.style === 'string') return;
      // The world is seen from afar: the floor set for Thuringia gives way, and a link's camera
      // that was clamped to it (made further out) is shown as it was made.
      map.setMinZoom(WORLD_MIN_ZOOM);
      const asked = options.initialCamera;
      if (asked && asked.zoom < map.getZoom() && map.getZoom() === REGION_MIN_ZOOM) {
        map.jumpTo({ center: [asked.lon, asked.lat], zoom: asked.zoom });
      }
      const add = () => {
        if (destroyed || map.getSource('world')) return;
        // With land drawn, what is not land reads as water.
        map.setPaintProperty('background', 'background-color', '#dce6ef');
        map.addSource('world', {
          type: 'geojson',
          data: url,
          attribution: 'Länder: Natural Earth (gemeinfrei)',
        });
        map.addLayer(
          { id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': '#f5f5f0' } },
          'states-fill',
        );
        map.addLayer(
          {
            id: 'world-border',
            type: 'line',
            source: 'world',
            paint: { 'line-color': '#a7aeb8', 'line-width': 0.8 },
          },
          'states-fill',
        );
      };
      if (loaded) add();
      else map.once('load', add);
    },
    destroy() {
      destroyed = true;
      cancelLayerSelection();
      removeAreaLabels();
      for (const entry of entries.values()) entry.marker.remove();
      entries.clear();
      map.remove();
    },
  };
}
