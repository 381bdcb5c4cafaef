import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The basemap's layers that change after the style is drawn: the coarse world under the
 * states (places beyond the region), and the highlight of the states the selection names.
 */

/** Adds the world's countries under the states, once (a second call does nothing). */
export function addWorldLayers(map: MapLibreMap, url: string): void {
  if (map.getSource('world')) return;
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
}

/**
 * Highlights the basemap areas with these ids. A filter change makes MapLibre draw a new
 * WebGL frame (tens of ms in software GL): set only when the ids changed.
 */
export function createAreaHighlight(map: MapLibreMap): (areaIds: ReadonlySet<string>) => void {
  let drawnKey = '';
  return (areaIds) => {
    const key = [...areaIds].join(',');
    if (key === drawnKey || !map.getLayer('area-highlight')) return;
    drawnKey = key;
    map.setFilter('area-highlight', ['in', ['get', 'id'], ['literal', [...areaIds]]]);
  };
}
