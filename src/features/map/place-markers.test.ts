import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { boundsOf, buildPlaceMarkers, countFactsOffMap, placesToGeoJson } from './place-markers';

describe('buildPlaceMarkers', () => {
  it('draws every place with coordinates, north first, counting facts inside it', () => {
    const markers = buildPlaceMarkers(createDatasetIndex(datasetFixture()));
    expect(markers.map((m) => [m.id, m.factCount])).toEqual([
      ['artern', 1],
      ['erfurt', 1],
    ]);
  });

  it('turns markers into GeoJSON points with their id, name and count', () => {
    const [feature] = placesToGeoJson(
      buildPlaceMarkers(createDatasetIndex(datasetFixture())),
    ).features;
    expect(feature).toMatchObject({
      properties: { id: 'artern', name: 'Artern', count: 1 },
      geometry: { type: 'Point', coordinates: [11.292, 51.366] },
    });
  });

  it('bounds the points', () => {
    expect(
      boundsOf([
        { lon: 11, lat: 51 },
        { lon: 12.5, lat: 50.9 },
      ]),
    ).toEqual([11, 50.9, 12.5, 51]);
    expect(boundsOf([])).toBeNull();
  });
});

describe('countFactsOffMap', () => {
  it('counts facts with neither a point nor a basemap area', () => {
    const data = datasetFixture();
    data.facts[2]!.places = ['thueringen'];
    const index = createDatasetIndex(data);
    expect(countFactsOffMap(index, new Set())).toBe(1);
    expect(countFactsOffMap(index, new Set(['thueringen']))).toBe(0);
  });
});
