import { describe, expect, it } from 'vitest';
import { initialView } from './map-camera';

describe('initialView', () => {
  const bounds: [number, number, number, number] = [9.8, 50.2, 12.7, 51.7];

  it('frames the dataset’s bounds without a link’s camera', () => {
    expect(initialView(bounds, null)).toEqual({ bounds, fitBoundsOptions: { padding: 48 } });
  });

  it('starts at a link’s camera, which wins over the bounds', () => {
    expect(initialView(bounds, { lon: 11.3, lat: 51.36, zoom: 9 })).toEqual({
      center: [11.3, 51.36],
      zoom: 9,
    });
  });
});
