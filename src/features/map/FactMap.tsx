import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FactSource } from '@/domain/dataset/fact-source';
import { selectPlace, setCamera } from '@/state/view-actions';
import { useTranslate } from '@/state/use-translate';
import { useMatchingFacts } from '@/state/use-matching-facts';
import { useView, useViewStoreApi } from '@/state/view-store';
import { afterNextPaint } from '@/ui/after-paint';
import { prefersReducedMotion } from '@/ui/motion';
import { cursorInstant } from '@/domain/time/cursor';
import {
  BASEMAP_AREA_IDS,
  isBeyondRegion,
  mapStyle,
  THURINGIA_BOUNDS,
  worldBasemapUrl,
} from './basemap';
import {
  createMapController,
  isMissingWebGL,
  type MapController,
  type MapSelection,
} from './map-controller';
import { boundsOf, buildPlaceMarkers, CLUSTER_THRESHOLD } from './place-markers';
import { StaticMap } from './StaticMap';

function union(
  a: [number, number, number, number],
  b: [number, number, number, number] | null,
): [number, number, number, number] {
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * The map view: MapLibre with a marker button per place, or the static fallback when WebGL
 * is missing or the map fails. Reads the selection and cursor from the store; writes only
 * when the user selects a place.
 */
export default function FactMap({
  source,
  onReady,
}: {
  /** `null` while the dataset loads: the map starts meanwhile, the markers follow the data. */
  source: FactSource | null;
  onReady: () => void;
}) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const selectedFactId = useView((s) => s.selectedFactId);
  const selectedPlaceId = useView((s) => s.selectedPlaceId);
  const cursor = useView((s) => cursorInstant(s.cursor));
  const camera = useView((s) => s.camera);
  const mapPick = useView((s) => s.mapPick);
  const matchingFacts = useMatchingFacts();

  const markers = useMemo(() => (source ? buildPlaceMarkers(source) : []), [source]);
  // Places beyond Thuringia's region bring the world basemap; a dataset with none in the
  // region is framed on its own places (a story in Missouri), not stretched to Thuringia.
  const beyond = useMemo(() => markers.filter(isBeyondRegion).length, [markers]);
  const bounds = useMemo(
    () =>
      beyond > 0 && beyond === markers.length
        ? boundsOf(markers)!
        : union(THURINGIA_BOUNDS, boundsOf(markers)),
    [markers, beyond],
  );
  const withoutPlace = useMemo(
    () => (source ? source.offMapCount(BASEMAP_AREA_IDS) : null),
    [source],
  );
  const { highlighted, areas } = useMemo(() => {
    const fact = selectedFactId === null ? undefined : source?.fact(selectedFactId);
    if (!source || !fact) return { highlighted: new Set<string>(), areas: new Set<string>() };
    return {
      highlighted: new Set(fact.places.flatMap((id) => source.mapAnchor(id)?.id ?? [])),
      areas: new Set(fact.places.filter((id) => BASEMAP_AREA_IDS.has(id))),
    };
  }, [source, selectedFactId]);
  const selection: MapSelection = useMemo(
    () => ({
      pressedPlaceId: selectedPlaceId,
      highlightedPlaceIds: highlighted,
      highlightedAreaIds: areas,
    }),
    [selectedPlaceId, highlighted, areas],
  );
  const active = useMemo(
    () => (cursor === null || !source ? null : source.activeAt(cursor).placeIds),
    [source, cursor],
  );
  // A place stays bright when any fact at it (or inside it) passes the filters: the passing
  // facts' places and the places those lie in (a walk over the few, not over every place's list).
  const matchingPlaces = useMemo(
    () => (matchingFacts === null || !source ? null : source.placesOf(matchingFacts)),
    [source, matchingFacts],
  );
  const describeCount = useMemo(() => (count: number) => t('markerFacts', { count }), [t]);

  // No WebGL probe up front: a throwaway context costs as much as the map's own (440 ms in
  // software GL). The map's constructor reports a missing WebGL itself.
  const [failure, setFailure] = useState<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  // Callbacks change every render; the map is created once, so it calls through this ref.
  const callbacksRef = useRef({ onReady });
  useEffect(() => {
    callbacksRef.current = { onReady };
  });
  // The initial camera only; later changes go through setCamera and never re-create the map.
  // Without a camera from the link the map opens on Thuringia and widens, once, to the first
  // dataset's places when they reach beyond it.
  const [initial] = useState(() => ({ bounds, camera: store.getState().camera }));

  // Created in the commit that adds the container, before that frame paints: the map starts a
  // frame earlier than from a passive effect, and it reads the container's size at once.
  useLayoutEffect(() => {
    if (failure !== null || !containerRef.current) return;
    let controller: MapController;
    try {
      controller = createMapController(
        containerRef.current,
        {
          style: mapStyle(),
          initialBounds: initial.bounds,
          initialCamera: initial.camera,
        },
        {
          onSelectPlace: (id) => selectPlace(store, id),
          onUserCamera: (next) => setCamera(store, next),
          onReady: () => callbacksRef.current.onReady(),
          onError: (error) => setFailure(error.message),
        },
      );
    } catch (error) {
      // The constructor is the external system here: its failure is reported like its events.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailure(
        isMissingWebGL(error) ? 'no-webgl' : error instanceof Error ? error.message : String(error),
      );
      return;
    }
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, [failure, store, initial]);

  useEffect(() => {
    controllerRef.current?.setPlaces(markers, {
      describeCount,
      zoomIn: t('zoomIn'),
      zoomOut: t('zoomOut'),
      mapTitle: t('mapCanvas'),
    });
  }, [markers, describeCount, t, failure]);
  useEffect(() => {
    if (beyond > 0) controllerRef.current?.showWorld(worldBasemapUrl());
  }, [beyond, failure]);
  // The first dataset's places widen the first view when they reach beyond it (a link's
  // camera wins); a dataset opened later is framed on its own places.
  const fittedRef = useRef<readonly unknown[] | null>(initial.camera !== null ? [] : null);
  useEffect(() => {
    if (markers.length === 0 || fittedRef.current === markers) return;
    const first = fittedRef.current === null;
    fittedRef.current = markers;
    if (store.getState().camera !== null) return;
    const widened = bounds.some((value, i) => value !== initial.bounds[i]);
    if (!first || widened) controllerRef.current?.showBounds(bounds);
  }, [bounds, markers, initial, store]);
  useEffect(() => controllerRef.current?.setSelection(selection), [selection, failure]);
  useEffect(() => controllerRef.current?.setActive(active), [active, failure]);
  useEffect(() => controllerRef.current?.setMatching(matchingPlaces), [matchingPlaces, failure]);
  useEffect(() => {
    if (camera) controllerRef.current?.setCamera(camera, !prefersReducedMotion());
  }, [camera]);
  // The editor waits for a point: the next click on the map gives it, once.
  useEffect(() => {
    controllerRef.current?.pickPoint(
      mapPick
        ? (point) => {
            store.setState({ mapPick: null });
            mapPick(point);
          }
        : null,
    );
  }, [mapPick, store, failure]);
  // A link with both a fact and a camera opens on the link's camera: the fit to the fact's
  // places is for selections made afterwards.
  const skipFitRef = useRef(initial.camera !== null);
  useEffect(() => {
    if (skipFitRef.current) {
      skipFitRef.current = false;
      return;
    }
    if (highlighted.size === 0) return;
    const points = markers.filter((m) => highlighted.has(m.id));
    // The camera moves after the frame that shows the selection (ui/after-paint.ts).
    return afterNextPaint(() => controllerRef.current?.showPoints(points, !prefersReducedMotion()));
  }, [highlighted, markers]);

  // The static map draws synchronously: it is ready as soon as it is shown.
  useEffect(() => {
    if (failure !== null) callbacksRef.current.onReady();
  }, [failure]);

  return (
    <div className="fact-map" lang={lang}>
      {failure === null ? (
        <div ref={containerRef} className="fact-map__canvas" />
      ) : (
        <>
          <p className="fact-map__notice" role="status">
            {failure === 'no-webgl' ? t('mapNoWebGL') : t('mapFailed', { message: failure })}
          </p>
          <StaticMap
            markers={markers}
            bounds={bounds}
            world={beyond > 0}
            selection={selection}
            active={active}
            matching={matchingPlaces}
            onSelectPlace={(id) => selectPlace(store, id)}
            describeCount={describeCount}
            t={t}
          />
        </>
      )}
      {/* Nothing to say when every fact is on the map and the places are not clustered. */}
      {withoutPlace === null ||
      (withoutPlace === 0 && markers.length <= CLUSTER_THRESHOLD) ? null : (
        <p className="fact-map__caption">
          {markers.length > CLUSTER_THRESHOLD
            ? `${t('mapClustered', { count: markers.length })} `
            : ''}
          {withoutPlace > 0 ? t('factsWithoutPlace', { count: withoutPlace }) : ''}
        </p>
      )}
    </div>
  );
}
