import { useQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Translate } from '@/domain/text/messages';
import type { FeatureCollection } from 'geojson';
import { basemapQueryOptions, worldBasemapQueryOptions } from './basemap';
import {
  applyMarkerLook,
  applyMarkerOffset,
  createMarkerElement,
  keepInOrder,
  markerLook,
  updateMarkerText,
  type MarkerElement,
} from './marker-element';
import { layoutMarkers, markerPriority } from './marker-layout';
import { frameOf, ringsToPath, toFrame } from './mercator';
import type { MapSelection } from './map-controller';
import type { PlaceMarker } from './place-markers';

const VIEW_WIDTH = 1000;

/** A basemap's polygons as SVG paths in the frame. */
function pathsOf(
  data: FeatureCollection | undefined,
  frame: ReturnType<typeof frameOf>,
  prefix: string,
): { id: string; focus: boolean; d: string }[] {
  return (data?.features ?? []).flatMap((feature, i) => {
    const g = feature.geometry;
    // Natural Earth has features without a geometry (tiny islands dropped by the simplification).
    if (!g) return [];
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    if (polygons.length === 0) return [];
    return [
      {
        id: `${prefix}-${String(feature.properties?.id ?? i)}`,
        focus: Boolean(feature.properties?.focus),
        d: polygons.map((rings) => ringsToPath(rings, frame, VIEW_WIDTH)).join(''),
      },
    ];
  });
}

interface Props {
  readonly markers: readonly PlaceMarker[];
  readonly bounds: [number, number, number, number];
  /** Places lie beyond the region: the world is drawn under the states, as on the live map. */
  readonly world: boolean;
  readonly selection: MapSelection;
  readonly active: ReadonlySet<string> | null;
  readonly matching: ReadonlySet<string> | null;
  readonly onSelectPlace: (placeId: string) => void;
  readonly describeCount: (count: number) => string;
  readonly t: Translate;
}

/**
 * The map without WebGL: the same basemap outline as SVG and the same marker buttons, so
 * places can still be selected by mouse, keyboard and screen reader.
 */
export function StaticMap({
  markers,
  bounds,
  world,
  selection,
  active,
  matching,
  onSelectPlace,
  describeCount,
  t,
}: Props) {
  const basemap = useQuery(basemapQueryOptions);
  const worldBasemap = useQuery({ ...worldBasemapQueryOptions, enabled: world });
  const frame = useMemo(() => frameOf(bounds), [bounds]);
  const aspect = frame.height / frame.width;
  const worldPaths = useMemo(
    () => (world ? pathsOf(worldBasemap.data, frame, 'world') : []),
    [world, worldBasemap.data, frame],
  );
  const paths = useMemo(() => pathsOf(basemap.data, frame, 'state'), [basemap.data, frame]);

  const surfaceRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  // The markers are the live map's own (marker-element), kept here by place id; React owns
  // the layer that holds them and nothing inside it.
  const elements = useRef(new Map<string, MarkerElement>());
  const onSelectRef = useRef(onSelectPlace);
  useEffect(() => {
    onSelectRef.current = onSelectPlace;
  });

  // One marker per place, in reading (Tab) order, at its place in the frame.
  useLayoutEffect(() => {
    const layer = layerRef.current!;
    const wanted = new Set(markers.map((m) => m.id));
    for (const [id, element] of elements.current) {
      if (!wanted.has(id)) {
        element.root.remove();
        elements.current.delete(id);
      }
    }
    for (const m of markers) {
      let element = elements.current.get(m.id);
      if (!element) {
        element = createMarkerElement(m, `static-marker-desc-${m.id}`, (id) =>
          onSelectRef.current(id),
        );
        element.root.classList.add('static-map__marker');
        elements.current.set(m.id, element);
      }
      updateMarkerText(element, m.name, describeCount(m.factCount));
      const p = toFrame(frame, m.lon, m.lat);
      element.root.style.left = `${p.x * 100}%`;
      element.root.style.top = `${p.y * 100}%`;
    }
    keepInOrder(
      layer,
      markers.map((m) => elements.current.get(m.id)!),
    );
  }, [markers, frame, describeCount]);

  useLayoutEffect(() => {
    for (const [id, element] of elements.current) {
      applyMarkerLook(element, markerLook(id, selection, active, matching));
    }
  }, [markers, selection, active, matching]);

  // Measure the drawn buttons, then move the ones that would cover another place.
  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    const relayout = () => {
      const { width, height } = surface.getBoundingClientRect();
      const offsets = layoutMarkers(
        markerPriority(markers).map((m) => {
          const p = toFrame(frame, m.lon, m.lat);
          const button = elements.current.get(m.id)?.button;
          return {
            id: m.id,
            x: p.x * width,
            y: p.y * height,
            width: button?.offsetWidth ?? 0,
            height: button?.offsetHeight ?? 0,
          };
        }),
      );
      for (const [id, element] of elements.current) {
        applyMarkerOffset(element, offsets.get(id) ?? { dx: 0, dy: 0 });
      }
    };
    relayout();
    const observer = new ResizeObserver(relayout);
    observer.observe(surface);
    return () => observer.disconnect();
  }, [markers, frame]);

  return (
    <div className="static-map">
      <div
        ref={surfaceRef}
        className="static-map__surface"
        style={{ aspectRatio: `${1 / aspect}` }}
      >
        <svg
          className="static-map__svg"
          viewBox={`0 0 ${VIEW_WIDTH} ${(VIEW_WIDTH * aspect).toFixed(1)}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={t('mapOutline')}
        >
          {worldPaths.map((p) => (
            <path key={p.id} d={p.d} className="static-map__world" />
          ))}
          {paths.map((p) => (
            <path
              key={p.id}
              d={p.d}
              className={p.focus ? 'static-map__focus' : 'static-map__state'}
            />
          ))}
        </svg>
        <div ref={layerRef} className="static-map__markers" />
      </div>
    </div>
  );
}
