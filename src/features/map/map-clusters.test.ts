import { describe, expect, it } from 'vitest';
import { pointColor } from './map-clusters';

describe('pointColor', () => {
  it('colours the chosen place and the selected fact’s places, the rest plain', () => {
    const colour = pointColor({ pressedPlaceId: 'artern', highlightedPlaceIds: new Set(['gera']) });
    expect(colour).toEqual([
      'case',
      ['==', ['get', 'id'], 'artern'],
      '#c2410c',
      ['in', ['get', 'id'], ['literal', ['gera']]],
      '#c2410c',
      '#0b5cad',
    ]);
  });

  it('matches no point without a selection (no place has the empty id)', () => {
    const colour = pointColor({ pressedPlaceId: null, highlightedPlaceIds: new Set() });
    expect(colour[1]).toEqual(['==', ['get', 'id'], '']);
    expect(colour[3]).toEqual(['in', ['get', 'id'], ['literal', []]]);
  });
});
