// The benchmark's floor: the same dataset on bare maplibre-gl and vis-timeline, no framework,
// no validation, no URL state. What the app costs is measured against this page.
import { Map as MapLibreMap, Marker, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

setWorkerUrl(workerUrl);

interface Fact {
  id: string;
  category: string;
  title: { de: string };
  time: { type: string; date?: string; start?: string; end?: string; asOf?: string };
  places: string[];
}
interface Place {
  id: string;
  name: string;
  coordinates?: [number, number];
  parent?: string;
}

const params = new URLSearchParams(location.search);
const dataUrl = params.get('data') ?? '../app/data/dataset.json';

function startOf(text: string): number {
  const [y, m = '1', d = '1'] = text.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}
function endOf(text: string): number {
  const parts = text.split('-').map(Number);
  if (parts.length === 1) return Date.UTC(parts[0]! + 1, 0, 1);
  if (parts.length === 2) return Date.UTC(parts[0]!, parts[1]!, 1);
  return Date.UTC(parts[0]!, parts[1]! - 1, parts[2]! + 1);
}
function span(fact: Fact): [number, number] {
  const t = fact.time;
  if (t.type === 'range') return [startOf(t.start!), endOf(t.end!)];
  if (t.type === 'ongoing') return [startOf(t.start!), endOf(t.asOf!)];
  return [startOf(t.date!), endOf(t.date!)];
}

const data = (await (await fetch(dataUrl)).json()) as { facts: Fact[]; places: Place[] };
const places = new Map(data.places.map((p) => [p.id, p]));
const anchor = (id: string): Place | undefined => {
  for (let p = places.get(id); p; p = p.parent ? places.get(p.parent) : undefined) {
    if (p.coordinates) return p;
  }
  return undefined;
};

let pending = 2;
const ready = () => {
  pending -= 1;
  if (pending === 0) {
    performance.mark('app-ready');
    document.documentElement.dataset.ready = 'true';
  }
};

const style: StyleSpecification = {
  version: 8,
  sources: {
    states: { type: 'geojson', data: new URL('../app/basemap/states.geojson', location.href).href },
  },
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#e3e5e8' } },
    { id: 'fill', type: 'fill', source: 'states', paint: { 'fill-color': '#eceee8' } },
    { id: 'line', type: 'line', source: 'states', paint: { 'line-color': '#8d96a3' } },
  ],
};
const map = new MapLibreMap({ container: 'map', style, bounds: [9.87, 50.2, 13.8, 52.3] });
const markers = new Map<string, HTMLElement>();
for (const place of data.places) {
  if (!place.coordinates) continue;
  const el = document.createElement('button');
  el.className = 'floor-marker';
  el.textContent = place.name;
  el.dataset.placeId = place.id;
  el.addEventListener('click', () => selectPlace(place.id));
  new Marker({ element: el }).setLngLat(place.coordinates).addTo(map);
  markers.set(place.id, el);
}
map.once('load', () => map.once('idle', ready));

const spans = new Map(data.facts.map((f) => [f.id, span(f)]));
const items = new DataSet(
  data.facts.map((f) => {
    const [start, end] = spans.get(f.id)!;
    const point = f.time.type === 'point' && (f.time.date ?? '').length === 10;
    return {
      id: f.id,
      group: f.category,
      content: f.title.de,
      start: new Date(start),
      ...(point ? {} : { end: new Date(end) }),
      type: point ? 'point' : 'range',
    };
  }),
);
const groups = new DataSet(
  [...new Set(data.facts.map((f) => f.category))].map((id) => ({ id, content: id })),
);
const timeline = new Timeline(
  document.getElementById('timeline')!,
  items as never,
  groups as never,
  {
    height: '100%',
    verticalScroll: true,
    orientation: { axis: 'top', item: 'top' },
    ...(data.facts.length > 200 ? { cluster: { maxItems: 3 } } : {}),
    onInitialDrawComplete: ready,
  } as never,
);
let cursor = Date.UTC(2018, 2, 19);
timeline.addCustomTime(new Date(cursor), 'cursor');

function selectPlace(id: string) {
  for (const [placeId, el] of markers) el.classList.toggle('is-selected', placeId === id);
  const ids = data.facts.filter((f) => f.places.some((p) => anchor(p)?.id === id)).map((f) => f.id);
  timeline.setSelection(ids);
}
timeline.on('select', ({ items: selected }: { items: string[] }) => {
  const fact = data.facts.find((f) => f.id === selected[0]);
  const ids = new Set(fact?.places.map((p) => anchor(p)?.id));
  for (const [placeId, el] of markers) el.classList.toggle('is-selected', ids.has(placeId));
});

function moveCursor(months: number) {
  const d = new Date(cursor);
  d.setUTCMonth(d.getUTCMonth() + months);
  cursor = d.getTime();
  timeline.setCustomTime(d, 'cursor');
  const active = new Set<string>();
  for (const f of data.facts) {
    const [s, e] = spans.get(f.id)!;
    if (s <= cursor && cursor < e)
      for (const p of f.places) {
        const a = anchor(p);
        if (a) active.add(a.id);
      }
  }
  for (const [placeId, el] of markers) el.classList.toggle('is-inactive', !active.has(placeId));
}
document.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowRight') moveCursor(1);
  if (event.key === 'ArrowLeft') moveCursor(-1);
});
