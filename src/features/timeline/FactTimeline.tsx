import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { cursorInstant } from '@/domain/time/cursor';
import type { FactSource } from '@/domain/dataset/fact-source';
import { formatFactTime, intlLocale } from '@/domain/time/fact-time';
import { localizeWithLang } from '@/domain/text/lang';
import { dateTimeFormat } from '@/domain/text/intl-cache';
import { formatNumber, type Translate } from '@/domain/text/messages';
import type { Lang } from '@/domain/text/lang';
import {
  dayOf,
  formatPartialDate,
  formatPartialDateIso,
  parsePartialDate,
  partialDateInterval,
} from '@/domain/time/partial-date';
import type { TimeWindow } from '@/domain/view/view-state';
import { useMatchingFacts } from '@/state/use-matching-facts';
import { useTranslate } from '@/state/use-translate';
import { selectFact, setCursor, setWindow } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';
import { afterNextPaint } from '@/ui/after-paint';
import { prefersReducedMotion } from '@/ui/motion';
import {
  createTimelineController,
  type TimelineAxisFormat,
  type TimelineController,
  type TimelineEra,
} from './timeline-controller';
import { buildTimelineGroups, timelineItemCache } from './timeline-items';
import { playStep, startOfDay, stepCursor } from './time-cursor';

/** The dataset's eras as the timeline draws them, with their span as readers write it. */
function timelineEras(source: FactSource, lang: Lang): (TimelineEra & { when: string })[] {
  return (source.meta.eras ?? []).map((era) => {
    const title = localizeWithLang(era.title, lang, source.meta.lang);
    return {
      id: era.id,
      label: title.text,
      labelLang: title.lang,
      start: partialDateInterval(parsePartialDate(era.start)!).start,
      end: partialDateInterval(parsePartialDate(era.end)!).end,
      when: formatFactTime({ type: 'range', start: era.start, end: era.end }, lang),
    };
  });
}

/** A day as the URL writes it. */
const dayIso = (at: number) => formatPartialDateIso(dayOf(at));

function windowInterval(window: TimeWindow): { start: number; end: number } {
  return {
    start: partialDateInterval(parsePartialDate(window.from)!).start,
    end: partialDateInterval(parsePartialDate(window.to)!).end,
  };
}

function axisFormat(locale: string, lang: Lang, t: Translate): TimelineAxisFormat {
  // Years before the common era say so ("44 v. Chr.", "März 44 v. Chr."); Intl alone would
  // write "44".
  const withEra = (options: Intl.DateTimeFormatOptions) => {
    const plain = dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    const era = dateTimeFormat(locale, { ...options, era: 'short', timeZone: 'UTC' });
    return { format: (date: Date) => (date.getUTCFullYear() <= 0 ? era : plain).format(date) };
  };
  const year = withEra({ year: 'numeric' });
  const month = dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = withEra({ month: 'long', year: 'numeric' });
  const day = dateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  return {
    minor: (date, scale) =>
      scale === 'year'
        ? year.format(date)
        : scale === 'month'
          ? month.format(date)
          : day.format(date),
    major: (date, scale) =>
      scale === 'year' ? '' : scale === 'month' ? year.format(date) : monthYear.format(date),
    cluster: (count) => t('timelineCluster', { count }),
    selectedOf: (count) => t('timelineSelectedOf', { count }),
    count: (count) => formatNumber(count, lang),
  };
}

/**
 * The timeline view: vis-timeline in a controller, a time cursor that is also a keyboard
 * slider, zoom and play controls. Writes to the store only on user events.
 */
export default function FactTimeline({
  source,
  onReady,
}: {
  source: FactSource;
  onReady: () => void;
}) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const selectedFactId = useView((s) => s.selectedFactId);
  const selectedPlaceId = useView((s) => s.selectedPlaceId);
  const cursor = useView((s) => cursorInstant(s.cursor));
  const window = useView((s) => s.window);
  const matching = useMatchingFacts();
  const locale = intlLocale(lang);

  const extent = source.extent;
  // "Ongoing" ranges run to today; fixed per mount so items do not change every render.
  const [now] = useState(() => Date.now());
  // The facts that pass the filters, by category and time; items are built as they are drawn.
  const times = useMemo(() => source.timeIndex(matching), [source, matching]);
  const itemOf = useMemo(
    () =>
      timelineItemCache(
        source,
        lang,
        {
          inferred: t('inferred'),
          approximate: t('approximate'),
          openEnd: t('openEnd'),
          dataLang: source.meta.lang ?? 'de',
        },
        now,
      ),
    [source, lang, t, now],
  );
  const eras = useMemo(() => timelineEras(source, lang), [source, lang]);
  const drawing = useMemo(() => ({ times, itemOf, eras }), [times, itemOf, eras]);
  // Facts without a date pass the filters but have no place on the timeline: counted instead.
  const undated = useMemo(() => source.undatedAmong(matching), [source, matching]);
  const groups = useMemo(() => buildTimelineGroups(source, lang), [source, lang]);
  const format = useMemo(() => axisFormat(locale, lang, t), [locale, lang, t]);

  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  // The timeline is created once; its callbacks read the latest values through this ref.
  const latest = useRef({ onReady });
  useEffect(() => {
    latest.current = { onReady };
  });
  // A link's window is the first view; without one the timeline fits all facts.
  const [initialWindow] = useState(() => store.getState().window);
  // Counts the instances that have drawn. vis-timeline attaches the cursor bar on its first
  // (throttled) draw, not when it is added, and a large data change builds a new instance:
  // each drawn instance's bar is made the slider.
  const [drawn, setDrawn] = useState(0);

  useEffect(() => {
    const controller = createTimelineController(containerRef.current!, {
      onSelectFact: (id) => selectFact(store, id),
      onCursorDrag: (at) => setCursor(store, dayIso(at)),
      onUserWindow: (start, end) => setWindow(store, { from: dayIso(start), to: dayIso(end - 1) }),
      onReady: () => {
        setDrawn((n) => n + 1);
        latest.current.onReady();
      },
    });
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, [store]);

  // The first data draws at once; later changes (a search, a filter, the language) follow the
  // frame that shows the list's new result, as a selection does (ui/after-paint.ts): at
  // 100,000 facts vis-timeline's layout is most of a keystroke's work.
  const drawnOnce = useRef(false);
  useEffect(() => {
    const apply = () =>
      controllerRef.current?.setData(
        drawing,
        groups,
        format,
        initialWindow ? windowInterval(initialWindow) : null,
      );
    if (!drawnOnce.current) {
      drawnOnce.current = true;
      apply();
      return;
    }
    return afterNextPaint(apply);
  }, [drawing, groups, format, initialWindow]);

  // A new dataset (not the first) is shown whole.
  const shownSourceRef = useRef(source);
  useEffect(() => {
    if (shownSourceRef.current === source) return;
    shownSourceRef.current = source;
    controllerRef.current?.fit(false);
  }, [source]);

  // Back/Forward or a link moved the window: follow it.
  useEffect(() => {
    if (window) {
      const { start, end } = windowInterval(window);
      controllerRef.current?.setWindow(start, end, false);
    }
  }, [window]);

  const selectedIds = useMemo(() => {
    if (selectedFactId !== null) return source.has(selectedFactId) ? [selectedFactId] : [];
    if (selectedPlaceId !== null) return source.idsAtPlace(selectedPlaceId);
    return [];
  }, [source, selectedFactId, selectedPlaceId]);
  // With a link's window, the first selection must not scroll away from it.
  const skipRevealRef = useRef(initialWindow !== null);
  useEffect(() => {
    const reveal = !skipRevealRef.current;
    skipRevealRef.current = false;
    // The timeline's redraw follows the frame that shows the selection (ui/after-paint.ts).
    return afterNextPaint(() =>
      controllerRef.current?.setSelection(selectedIds, reveal, !prefersReducedMotion()),
    );
  }, [selectedIds]);

  // Where the cursor bar stands: the store's cursor, or the end of the data until one is set.
  const barAt = cursor ?? (extent ? startOfDay(extent.end - 1) : now);
  useEffect(() => {
    controllerRef.current?.setCursor(barAt);
  }, [barAt]);

  const caption = useMemo(() => {
    if (cursor === null) return t('cursorHint');
    const date = formatPartialDate(dayOf(cursor), locale);
    const count = source.activeAt(cursor).count;
    return t('cursorCaption', { date, count });
  }, [cursor, source, locale, t]);

  // The cursor bar is the slider: vis-timeline draws it, we give it a role, a value and keys.
  useEffect(() => {
    const bar = controllerRef.current?.cursorElement();
    if (!bar || !extent) return;
    bar.tabIndex = 0;
    bar.setAttribute('role', 'slider');
    bar.setAttribute('aria-label', t('timeCursor'));
    bar.setAttribute('aria-valuemin', String(extent.start));
    bar.setAttribute('aria-valuemax', String(extent.end - 1));
    bar.setAttribute('aria-valuenow', String(barAt));
    bar.setAttribute('aria-valuetext', formatPartialDate(dayOf(barAt), locale));
    bar.removeAttribute('title');
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const next = stepCursor(barAt, event.key, extent);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      setCursor(store, dayIso(next));
    };
    bar.addEventListener('keydown', onKeyDown);
    return () => bar.removeEventListener('keydown', onKeyDown);
  }, [barAt, extent, locale, t, store, drawn]);

  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const reduced = prefersReducedMotion();
    const visible = controllerRef.current!.getWindow();
    const start = cursorInstant(store.getState().cursor);
    let at =
      start !== null && start >= visible.start && start < visible.end ? start : visible.start;
    const timer = setInterval(
      () => {
        const next = playStep(at, visible, reduced);
        if (next === null) {
          setPlaying(false);
          return;
        }
        at = next;
        setCursor(store, dayIso(next));
      },
      reduced ? 700 : 80,
    );
    return () => clearInterval(timer);
  }, [playing, store]);

  const onItemsKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = source.step(store.getState().selectedFactId, event.key === 'ArrowLeft' ? -1 : 1);
    if (next !== null) selectFact(store, next);
  };

  const animate = () => !prefersReducedMotion();
  return (
    <div className="fact-timeline">
      <div className="fact-timeline__toolbar">
        <button
          type="button"
          className="button"
          onClick={() => controllerRef.current?.zoom('in', animate())}
        >
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">{t('timelineZoomIn')}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => controllerRef.current?.zoom('out', animate())}
        >
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">{t('timelineZoomOut')}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            controllerRef.current?.fit(animate());
            setWindow(store, null);
          }}
        >
          {/* On a phone the strip shows the symbol; the label stays the button's name. */}
          <span className="fact-timeline__symbol" aria-hidden="true">
            ⤢
          </span>
          <span className="fact-timeline__label">{t('fitAll')}</span>
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={playing}
          onClick={() => setPlaying((p) => !p)}
        >
          <span className="fact-timeline__symbol" aria-hidden="true">
            {playing ? '⏸' : '▶'}
          </span>
          <span className="fact-timeline__label">{playing ? t('pause') : t('play')}</span>
        </button>
        <p className="fact-timeline__caption" role="status">
          {caption}
        </p>
      </div>
      {eras.length > 0 || undated > 0 ? (
        <div className="fact-timeline__legend">
          {eras.length > 0 ? (
            <ul className="fact-timeline__eras" aria-label={t('eras')}>
              {eras.map((era, i) => (
                <li key={era.id} className={`tl-era-key tl-era-key--${i % 4}`}>
                  <span lang={era.labelLang}>{era.label}</span> <span>{era.when}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {undated > 0 ? (
            <p className="fact-timeline__undated">{t('factsWithoutTime', { count: undated })}</p>
          ) : null}
        </div>
      ) : null}
      <div
        ref={containerRef}
        className="fact-timeline__canvas"
        tabIndex={0}
        role="group"
        aria-label={t('timelineItems')}
        onKeyDown={onItemsKeyDown}
      />
    </div>
  );
}
