import type { Feature, FeatureCollection, Point } from 'geojson';
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';

/**
 * The basemap's state names as HTML labels at the label points of its `states` source.
 *
 * Why not a symbol layer: WebGL text needs the font fetched and every glyph rasterised on the
 * main thread before the map's first complete frame (120–200 ms of the map's start-up in
 * software GL, measured). Six names are cheaper as text the browser already knows how to draw.
 * They are decoration for sighted users (aria-hidden): places are the markers' job.
 */
export function addAreaLabels(map: MapLibreMap): () => void {
  const markers: Marker[] = [];
  let removed = false;
  const source = map.getSource('states') as GeoJSONSource | undefined;
  void source?.getData().then((data) => {
    if (removed) return;
    for (const feature of labelPoints(data as FeatureCollection)) {
      const element = document.createElement('span');
      element.className = feature.properties?.focus ? 'area-label area-label--focus' : 'area-label';
      element.textContent = String(feature.properties?.name ?? '');
      element.setAttribute('aria-hidden', 'true');
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      markers.push(new Marker({ element, anchor: 'center' }).setLngLat([lon, lat]).addTo(map));
      // Beneath the place markers, which come later in the same container.
      const canvas = map.getCanvas();
      canvas.parentElement?.insertBefore(element, canvas.nextSibling);
    }
  });
  return () => {
    removed = true;
    for (const marker of markers) marker.remove();
  };
}

function labelPoints(data: FeatureCollection): Feature<Point>[] {
  return data.features.filter(
    (feature): feature is Feature<Point> =>
      feature.geometry.type === 'Point' && typeof feature.properties?.name === 'string',
  );
}
