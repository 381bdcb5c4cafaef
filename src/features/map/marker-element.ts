import type { MarkerOffset } from './marker-layout';
import type { PlaceMarker } from './place-markers';

/**
 * A place marker as both maps draw it (the live MapLibre map and the static one without
 * WebGL): a dot at the place, a leader line to the button when the button was moved off a
 * neighbour, the button with the place's name, and its description ("3 Fakten") for screen
 * readers. Built with `textContent` only: place names are dataset text.
 */
export interface MarkerElement {
  /** Positioned by the map at the place; holds everything below. */
  readonly root: HTMLDivElement;
  readonly button: HTMLButtonElement;
  readonly name: HTMLSpanElement;
  readonly description: HTMLSpanElement;
  readonly leader: SVGLineElement;
}

/** What the selection, the time cursor and the filters make of one marker. */
export interface MarkerLook {
  readonly pressed: boolean;
  /** A place of the selected fact. */
  readonly highlighted: boolean;
  /** Under the time cursor: has active facts or not; `null` without a cursor. */
  readonly state: 'active' | 'inactive' | null;
  /** False when a search or filter is set and none of the place's facts pass it. */
  readonly match: boolean;
}

/** The place-related part of the view that markers show. */
export interface MarkerSelection {
  readonly pressedPlaceId: string | null;
  readonly highlightedPlaceIds: ReadonlySet<string>;
}

export function markerLook(
  placeId: string,
  selection: MarkerSelection,
  active: ReadonlySet<string> | null,
  matching: ReadonlySet<string> | null,
): MarkerLook {
  return {
    pressed: selection.pressedPlaceId === placeId,
    highlighted: selection.highlightedPlaceIds.has(placeId),
    state: active === null ? null : active.has(placeId) ? 'active' : 'inactive',
    match: matching === null || matching.has(placeId),
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A new marker for `place`. `descriptionId` must be unique in the page (each map has its own
 * prefix); `onSelect` runs on a click, Enter or Space on the button.
 */
export function createMarkerElement(
  place: PlaceMarker,
  descriptionId: string,
  onSelect: (placeId: string) => void,
): MarkerElement {
  const root = document.createElement('div');
  root.className = 'place-marker';
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
  button.append(name);
  const description = document.createElement('span');
  description.className = 'visually-hidden';
  description.id = descriptionId;
  button.setAttribute('aria-describedby', descriptionId);
  button.setAttribute('aria-pressed', 'false');
  // The map underneath must not take the click as its own (a pick, a deselect).
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onSelect(place.id);
  });
  root.append(dot, svg, button, description);
  const marker = { root, button, name, description, leader };
  updateMarkerText(marker, place.name, '');
  return marker;
}

/** The name and the description, written only when they changed (no needless mutations). */
export function updateMarkerText(marker: MarkerElement, name: string, description: string): void {
  if (marker.name.textContent !== name) marker.name.textContent = name;
  if (marker.description.textContent !== description) marker.description.textContent = description;
}

export function applyMarkerLook(marker: MarkerElement, look: MarkerLook): void {
  const { button } = marker;
  button.setAttribute('aria-pressed', String(look.pressed));
  if (look.highlighted) button.dataset.highlighted = 'true';
  else delete button.dataset.highlighted;
  if (look.state === null) delete button.dataset.state;
  else button.dataset.state = look.state;
  if (look.match) delete button.dataset.match;
  else button.dataset.match = 'false';
}

/** Moves the button off its place by `offset` (px) and draws the leader line back to the dot. */
export function applyMarkerOffset(marker: MarkerElement, { dx, dy }: MarkerOffset): void {
  marker.button.style.transform = `translate(calc(-50% + ${dx}px), calc(-50% + ${dy}px))`;
  marker.leader.setAttribute('x2', String(dx));
  marker.leader.setAttribute('y2', String(dy));
  marker.root.dataset.offset = dx === 0 && dy === 0 ? 'none' : 'moved';
}

/**
 * Puts the markers' roots in this order under `parent` (the DOM order is the Tab order),
 * moving only those out of place: moving a node blurs it, so a focused marker keeps its focus
 * through a language switch or a count change that leaves the order as it was.
 */
export function keepInOrder(parent: Element, markers: readonly MarkerElement[]): void {
  let previous: Node | null = null;
  let appending = false;
  for (const { root } of markers) {
    // Once one is appended at the end, every later one must follow it there.
    appending ||=
      root.parentNode !== parent || (previous !== null && root.previousSibling !== previous);
    if (appending) parent.appendChild(root);
    previous = root;
  }
}
