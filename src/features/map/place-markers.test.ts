import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { createIndexSource } from '@/domain/dataset/index-source';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { boundsOf, buildPlaceMarkers, placesToGeoJson } from './place-markers';

const fixtureSource = () => createIndexSource(createDatasetIndex(datasetFixture()));

describe('buildPlaceMarkers', () => {
  it('draws every place with coordinates, north first, counting facts inside it', () => {
    const markers = buildPlaceMarkers(fixtureSource());
    expect(markers.map((m) => [m.id, m.factCount])).toEqual([
      ['artern', 1],
      ['erfurt', 1],
    ]);
  });

  it('turns markers into GeoJSON points with their id, name and count', () => {
    const [feature] = placesToGeoJson(buildPlaceMarkers(fixtureSource())).features;
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
