import type {
  ExpressionSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
  MapLayerMouseEvent,
} from 'maplibre-gl';
import type { MarkerSelection } from './marker-element';
import { LABEL_FONT } from './map-style';
import { placesToGeoJson, type PlaceMarker } from './place-markers';

const SOURCE = 'places';
const POINTS = 'place-points';
const CLUSTERS = 'place-clusters';
const PLAIN = '#0b5cad';
const CHOSEN = '#c2410c';

/**
 * The clustered layer for datasets with more places than DOM markers can carry: a GeoJSON
 * source with clustering, its circles and counts. Owns the source and its three layers; added
 * the first time a large dataset is shown, emptied (not removed) when a small one follows.
 */
export interface ClusterLayer {
  setPlaces(places: readonly PlaceMarker[]): void;
  /** The points' colours for the selection: a paint change, so only when it changed. */
  highlight(selection: MarkerSelection): void;
  /** Whether the places set last are drawn (the source has loaded them). */
  isDrawn(): boolean;
}

/** The points' colour: the chosen place and the selected fact's places stand out. */
export function pointColor(selection: MarkerSelection): ExpressionSpecification {
  return [
    'case',
    ['==', ['get', 'id'], selection.pressedPlaceId ?? ''],
    CHOSEN,
    ['in', ['get', 'id'], ['literal', [...selection.highlightedPlaceIds]]],
    CHOSEN,
    PLAIN,
  ];
}

export function createClusterLayer(
  map: MapLibreMap,
  onSelectPlace: (placeId: string) => void,
): ClusterLayer {
  let drawnKey = '';

  function add(): void {
    map.addSource(SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterRadius: 44,
      clusterMaxZoom: 11,
    });
    map.addLayer({
      id: CLUSTERS,
      type: 'circle',
      source: SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': PLAIN,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 14, 20, 18, 200, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    map.addLayer({
      id: 'place-cluster-count',
      type: 'symbol',
      source: SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
      },
      paint: { 'text-color': '#ffffff' },
    });
    map.addLayer({
      id: POINTS,
      type: 'circle',
      source: SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': pointColor({ pressedPlaceId: null, highlightedPlaceIds: new Set() }),
        'circle-radius': 7,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    map.on('click', POINTS, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') onSelectPlace(id);
    });
    // A cluster opens: the map zooms to where its places come apart.
    map.on('click', CLUSTERS, (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const clusterId = feature?.properties?.cluster_id;
      if (feature?.geometry.type !== 'Point' || typeof clusterId !== 'number') return;
      const center = feature.geometry.coordinates as [number, number];
      void (map.getSource(SOURCE) as GeoJSONSource)
        .getClusterExpansionZoom(clusterId)
        .then((zoom) => map.easeTo({ center, zoom }));
    });
    for (const layer of [POINTS, CLUSTERS]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
  }

  const source = () => map.getSource(SOURCE) as GeoJSONSource | undefined;

  return {
    setPlaces(places) {
      if (places.length > 0 && !source()) add();
      source()?.setData(
        places.length > 0 ? placesToGeoJson(places) : { type: 'FeatureCollection', features: [] },
      );
    },
    highlight(selection) {
      const key = `${selection.pressedPlaceId ?? ''}|${[...selection.highlightedPlaceIds].join(',')}`;
      if (key === drawnKey || !map.getLayer(POINTS)) return;
      drawnKey = key;
      map.setPaintProperty(POINTS, 'circle-color', pointColor(selection));
    },
    isDrawn() {
      return !source() || map.isSourceLoaded(SOURCE);
    },
  };
}
