import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Translate } from '@/domain/text/messages';
import type { FeatureCollection } from 'geojson';
import { basemapQueryOptions, worldBasemapQueryOptions } from './basemap';
import { layoutMarkers, type MarkerOffset } from './marker-layout';
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
  const [offsets, setOffsets] = useState<ReadonlyMap<string, MarkerOffset>>(new Map());
  // Measure the drawn buttons, then move the ones that would cover another place.
  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    const relayout = () => {
      const { width, height } = surface.getBoundingClientRect();
      const boxes = markers.map((m) => {
        const p = toFrame(frame, m.lon, m.lat);
        const button = surface.querySelector<HTMLElement>(`[data-place-id="${CSS.escape(m.id)}"]`);
        return {
          id: m.id,
          x: p.x * width,
          y: p.y * height,
          width: button?.offsetWidth ?? 0,
          height: button?.offsetHeight ?? 0,
        };
      });
      setOffsets(layoutMarkers(boxes));
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
        {markers.map((m) => {
          const p = toFrame(frame, m.lon, m.lat);
          const { dx, dy } = offsets.get(m.id) ?? { dx: 0, dy: 0 };
          return (
            <div
              key={m.id}
              className="place-marker static-map__marker"
              style={{ left: `${p.x * 100}%`, top: `${p.y * 100}%` }}
            >
              <span className="place-marker__dot" aria-hidden="true" />
              <svg className="place-marker__leader" aria-hidden="true">
                <line x1="0" y1="0" x2={dx} y2={dy} />
              </svg>
              <button
                type="button"
                className="place-marker__button"
                data-place-id={m.id}
                aria-pressed={selection.pressedPlaceId === m.id}
                aria-describedby={`static-marker-desc-${m.id}`}
                data-highlighted={selection.highlightedPlaceIds.has(m.id) ? 'true' : undefined}
                data-state={active === null ? undefined : active.has(m.id) ? 'active' : 'inactive'}
                data-match={matching === null || matching.has(m.id) ? undefined : 'false'}
                style={{ transform: `translate(calc(-50% + ${dx}px), calc(-50% + ${dy}px))` }}
                onClick={() => onSelectPlace(m.id)}
              >
                <span className="place-marker__name">{m.name}</span>
              </button>
              <span id={`static-marker-desc-${m.id}`} className="visually-hidden">
                {describeCount(m.factCount)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
