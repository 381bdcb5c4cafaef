// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  applyMarkerLook,
  applyMarkerOffset,
  createMarkerElement,
  keepInOrder,
  markerLook,
  updateMarkerText,
} from './marker-element';

const artern = { id: 'artern', name: 'Artern', lon: 11.29, lat: 51.36, factCount: 3 };

describe('markerLook', () => {
  const none = { pressedPlaceId: null, highlightedPlaceIds: new Set<string>() };

  it('is plain without a selection, a cursor or a filter', () => {
    expect(markerLook('artern', none, null, null)).toEqual({
      pressed: false,
      highlighted: false,
      state: null,
      match: true,
    });
  });

  it('presses the chosen place and highlights the selected fact’s places', () => {
    const selection = { pressedPlaceId: 'artern', highlightedPlaceIds: new Set(['rossleben']) };
    expect(markerLook('artern', selection, null, null)).toMatchObject({
      pressed: true,
      highlighted: false,
    });
    expect(markerLook('rossleben', selection, null, null)).toMatchObject({
      pressed: false,
      highlighted: true,
    });
  });

  it('tells active from inactive places under the cursor, and fades non-matching ones', () => {
    const active = new Set(['artern']);
    const matching = new Set(['rossleben']);
    expect(markerLook('artern', none, active, matching)).toMatchObject({
      state: 'active',
      match: false,
    });
    expect(markerLook('rossleben', none, active, matching)).toMatchObject({
      state: 'inactive',
      match: true,
    });
  });
});

describe('a marker element', () => {
  it('is a named button described by its count, its name as text, never as markup', () => {
    const place = { ...artern, name: '<img src=x onerror=alert(1)>' };
    const marker = createMarkerElement(place, 'desc-artern', () => undefined);
    updateMarkerText(marker, place.name, '3 Fakten');
    document.body.append(marker.root);
    expect(marker.button.type).toBe('button');
    expect(marker.button.textContent).toBe(place.name);
    expect(marker.root.querySelector('img')).toBeNull();
    expect(marker.button.getAttribute('aria-describedby')).toBe('desc-artern');
    expect(document.getElementById('desc-artern')?.textContent).toBe('3 Fakten');
    expect(marker.button.dataset.placeId).toBe('artern');
    expect(marker.button.getAttribute('aria-pressed')).toBe('false');
    // The dot and the leader line are drawing, not content.
    expect(marker.root.querySelector('.place-marker__dot')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    expect(marker.root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    marker.root.remove();
  });

  it('selects its place on a click, which the map beneath does not see', () => {
    const onSelect = vi.fn();
    const marker = createMarkerElement(artern, 'desc-a', onSelect);
    const map = document.createElement('div');
    const mapClick = vi.fn();
    map.addEventListener('click', mapClick);
    map.append(marker.root);
    marker.button.click();
    expect(onSelect).toHaveBeenCalledWith('artern');
    expect(mapClick).not.toHaveBeenCalled();
  });

  it('writes each state as the attributes the styles and tests read, and clears them', () => {
    const marker = createMarkerElement(artern, 'desc-b', () => undefined);
    applyMarkerLook(marker, { pressed: true, highlighted: true, state: 'inactive', match: false });
    const { button } = marker;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.dataset).toMatchObject({
      highlighted: 'true',
      state: 'inactive',
      match: 'false',
    });
    applyMarkerLook(marker, { pressed: false, highlighted: false, state: null, match: true });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.dataset.highlighted).toBeUndefined();
    expect(button.dataset.state).toBeUndefined();
    expect(button.dataset.match).toBeUndefined();
  });

  it('moves its button by an offset and draws the leader to it; none is "none"', () => {
    const marker = createMarkerElement(artern, 'desc-c', () => undefined);
    applyMarkerOffset(marker, { dx: 30, dy: -12 });
    expect(marker.button.style.transform).toBe('translate(calc(-50% + 30px), calc(-50% + -12px))');
    expect(marker.leader.getAttribute('x2')).toBe('30');
    expect(marker.leader.getAttribute('y2')).toBe('-12');
    expect(marker.root.dataset.offset).toBe('moved');
    applyMarkerOffset(marker, { dx: 0, dy: 0 });
    expect(marker.root.dataset.offset).toBe('none');
  });

  it('rewrites its text only when it changed', () => {
    const marker = createMarkerElement(artern, 'desc-d', () => undefined);
    updateMarkerText(marker, 'Artern', '3 Fakten');
    const name = marker.name.firstChild;
    updateMarkerText(marker, 'Artern', '3 Fakten');
    expect(marker.name.firstChild).toBe(name);
    updateMarkerText(marker, 'Artern/Unstrut', '4 Fakten');
    expect(marker.name.textContent).toBe('Artern/Unstrut');
    expect(marker.description.textContent).toBe('4 Fakten');
  });
});

describe('keepInOrder', () => {
  const make = (id: string) =>
    createMarkerElement({ ...artern, id, name: id }, `order-${id}`, () => undefined);

  it('puts new and moved markers in order and leaves a focused one in place', () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const [a, b, c] = [make('a'), make('b'), make('c')];
    keepInOrder(parent, [a, b]);
    expect([...parent.children].map((el) => el.querySelector('button')!.dataset.placeId)).toEqual([
      'a',
      'b',
    ]);
    a.button.focus();
    keepInOrder(parent, [a, b, c]);
    expect(document.activeElement).toBe(a.button);
    keepInOrder(parent, [c, a, b]);
    expect([...parent.children].map((el) => el.querySelector('button')!.dataset.placeId)).toEqual([
      'c',
      'a',
      'b',
    ]);
    parent.remove();
  });
});
