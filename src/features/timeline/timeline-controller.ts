import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Interval } from '@/domain/time/partial-date';
import { frameInterval, spanOf } from '@/domain/time/time-frame';
import { categoriesIn } from './timeline-density';
import type { TimelineGroup } from './timeline-items';
import {
  CLUSTER_FROM_SPAN,
  clusterOptions,
  foldedGroups,
  rowsKey,
  visRows,
  type TimelineSource,
  type VisItem,
} from './timeline-rows';
import {
  itemElement,
  textElement,
  tooltipElement,
  type TimelineAxisFormat,
} from './timeline-templates';

export type { TimelineEra, TimelineSource } from './timeline-rows';
export type { TimelineAxisFormat } from './timeline-templates';

/** Above this many facts the timeline clusters items that overlap at the current zoom. */
export const TIMELINE_CLUSTER_THRESHOLD = 200;

const CURSOR_ID = 'cursor';

/**
 * A data change that adds more items than this builds a new vis-timeline instance. vis draws
 * and measures each added item that is in view on its own, one layout each: clearing a search
 * over 10,000 facts froze the page for more than 30 s; a new instance draws them together.
 */
export const REBUILD_FROM = 50;

export interface TimelineCallbacks {
  /** The user clicked an item (`null`: clicked empty space). */
  onSelectFact(factId: string | null): void;
  /** The user dragged the cursor bar. */
  onCursorDrag(at: number): void;
  /** The user changed the visible window (drag, wheel, pinch); never for programmatic changes. */
  onUserWindow(start: number, end: number): void;
  onReady(): void;
}

export interface TimelineController {
  /** `initialWindow` applies when the timeline is first drawn (a link's window); later, setWindow. */
  setData(
    source: TimelineSource,
    groups: readonly TimelineGroup[],
    format: TimelineAxisFormat,
    initialWindow: { start: number; end: number } | null,
  ): void;
  /** Selects items without emitting `select` (programmatic: never echoed as a user action). */
  setSelection(factIds: readonly string[], reveal: boolean, animate: boolean): void;
  setCursor(at: number): void;
  getWindow(): { start: number; end: number };
  setWindow(start: number, end: number, animate: boolean): void;
  zoom(direction: 'in' | 'out', animate: boolean): void;
  fit(animate: boolean): void;
  /** The element of the cursor bar, for the keyboard slider that sits on it. */
  cursorElement(): HTMLElement | null;
  destroy(): void;
}

/**
 * Owns the vis-timeline instance: created once, items and groups fed through DataSets that
 * are diffed (update what changed, remove what is gone), destroyed on unmount. All dataset
 * text reaches the DOM through `template` functions that build elements with `textContent`.
 */
export function createTimelineController(
  container: HTMLElement,
  callbacks: TimelineCallbacks,
): TimelineController {
  const items = new DataSet<VisItem>();
  const groups = new DataSet<{ id: string; content: string; label: string; visible: boolean }>();
  let format: TimelineAxisFormat | null = null;
  let clustered = false;
  let source: TimelineSource | null = null;
  // Kept so that a rebuilt instance shows the same cursor and selection.
  let cursorAt: number | null = null;
  let selection: readonly string[] = [];
  /** The selection as a set, for the cluster criteria of small datasets. */
  let selected = new Set<string>();

  const options: TimelineOptions = {
    height: '100%',
    verticalScroll: true,
    // The wheel scrolls through the categories; Ctrl + wheel (and the zoom buttons) zoom.
    zoomKey: 'ctrlKey',
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    orientation: { axis: 'top', item: 'top' },
    // `axis` is the gap above the first row (20 px by default: a row's worth of height).
    margin: { axis: 3, item: { horizontal: 4, vertical: 3 } },
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    // The UI language's Intl labels, instead of moment's locales.
    format: {
      minorLabels: (date: Date, scale: string) =>
        format?.minor(new Date(date.valueOf()), scale) ?? '',
      majorLabels: (date: Date, scale: string) =>
        format?.major(new Date(date.valueOf()), scale) ?? '',
    },
    template: (data: VisItem & { isCluster?: boolean; items?: unknown[]; uiItems?: unknown[] }) =>
      itemElement(data, format),
    groupTemplate: (group: { label: string } | null) => textElement('span', group?.label ?? ''),
    tooltip: {
      followMouse: false,
      overflowMethod: 'cap',
      delay: 300,
      template: (data: VisItem) => tooltipElement(data, format),
    },
    onInitialDrawComplete: () => {
      // The first draw places items before their labels are measured; a second pass stacks
      // them. Done now, hidden, it is not a visible layout shift later.
      timeline?.redraw();
      container.dataset.drawn = 'true';
      callbacks.onReady();
    },
  } as unknown as TimelineOptions;

  let timeline: Timeline | null = null;
  /**
   * The zoom buttons and a click on a density bar call vis-timeline's API, which reports
   * byUser false; those moves are the user's.
   */
  let windowByUser = false;
  let animated = () => true;
  /** The first frame's span, for clustering while the constructor draws (before `timeline` is set). */
  let firstSpan = Infinity;
  /**
   * Where an animated move is going, until it arrives ('rangechanged'): a selection made during
   * the animation is judged against the window it ends in, not the one passing by.
   */
  let heading: { start: Date; end: Date } | null = null;
  const moveTo = (start: number, end: number, animate: boolean) => {
    heading = animate ? { start: new Date(start), end: new Date(end) } : null;
    timeline?.setWindow(new Date(start), new Date(end), { animation: animate });
  };
  const currentWindow = () => heading ?? timeline?.getWindow() ?? null;
  const windowSpan = () => {
    const window = currentWindow();
    return window ? window.end.getTime() - window.start.getTime() : firstSpan;
  };

  /**
   * The Timeline is made on the first data, not before: with the items and the cluster option
   * in place from the start, a large dataset is never drawn item by item first. For the same
   * reason the first window is not passed as `start`/`end` (with a window already set, vis
   * draws and measures each added item on its own: 30 s for 10,000 facts); the timeline's
   * first fit shows it instead.
   */
  function create(
    clusterOption: TimelineOptions['cluster'],
    initialWindow: { start: number; end: number } | null,
  ): Timeline {
    let firstFrame = initialWindow;
    const frame = initialWindow ?? fitWindow();
    firstSpan = frame ? frame.end - frame.start : Infinity;
    /**
     * vis-timeline's `fit` draws and measures every item to frame their labels (seconds at
     * 10,000 facts); this one frames the shown items by their dates (`fitWindow`).
     */
    class DateFramedTimeline extends Timeline {
      override getItemRange(): { min: Date; max: Date } {
        const frame = firstFrame ?? fitWindow();
        firstFrame = null;
        return frame
          ? { min: new Date(frame.start), max: new Date(frame.end) }
          : super.getItemRange();
      }
    }
    // vis-timeline's typings want plain arrays; DataSets are what it reads and diffs.
    const instance = new DateFramedTimeline(container, items as never, groups as never, {
      ...options,
      cluster: clusterOption,
    });
    // Only the first fit shows the link's window (a lone point is moved to, not fitted).
    instance.on('changed', () => (firstFrame = null));
    instance.addCustomTime(new Date(cursorAt ?? Date.now()), CURSOR_ID);
    if (selection.length > 0) instance.setSelection(drawnSelection());
    // `select` fires only for user clicks and taps; setSelection never emits it.
    instance.on('select', ({ items: picked }: { items: string[] }) => {
      const id = picked[0];
      const row = id === undefined ? null : items.get(id);
      if (row?.era) {
        // An era's band is a label, not a fact: the selection stays.
        instance.setSelection(drawnSelection());
        return;
      }
      if (row?.bin) {
        // A density bar opens: the window zooms to its time, where its facts can be told apart.
        instance.setSelection(drawnSelection());
        windowByUser = true;
        moveTo(row.bin.start, row.bin.end, animated());
        return;
      }
      callbacks.onSelectFact(row ? id! : null);
    });
    instance.on('timechange', ({ id, time }: { id: string; time: Date }) => {
      if (id === CURSOR_ID) callbacks.onCursorDrag(time.getTime());
    });
    instance.on(
      'rangechanged',
      ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
        heading = null;
        refresh();
        foldGroups(start.getTime(), end.getTime());
        if (byUser || windowByUser) callbacks.onUserWindow(start.getTime(), end.getTime());
        windowByUser = false;
      },
    );
    return instance;
  }

  /**
   * Categories without items in the window are folded away, so the rows that have some fit
   * the timeline's height without scrolling inside it (docs/decisions.md).
   */
  function foldGroups(start: number, end: number) {
    if (!source) return;
    const changed = foldedGroups(groups.get(), categoriesIn(source.times, start, end));
    if (changed.length === 0) return;
    groups.update(changed);
    // vis-timeline keeps the clusters it made per zoom level; those of a group that was hidden
    // have no parent row and throw "Cannot redraw item: no parent attached" when it shows
    // (visjs/vis-timeline#169). Setting the option again drops them.
    timeline?.setOptions({ cluster: clusterOption(clustered) } as TimelineOptions);
  }

  const clusterOption = (large: boolean) =>
    clusterOptions(large, { windowSpan, selected: () => selected }) as TimelineOptions['cluster'];

  /** The selected facts that are drawn as items (a large selection marks density bars instead). */
  function drawnSelection(): string[] {
    return selection.filter((id) => items.get(id) !== null);
  }

  /** The window that shows every shown fact, framed by their dates (see DateFramedTimeline). */
  function fitWindow(): Interval | null {
    const spans = [...(source?.times.extent ? [source.times.extent] : []), ...(source?.eras ?? [])];
    const extent = spanOf(spans);
    return extent ? frameInterval(extent) : null;
  }

  /** The vis rows for what `source` draws in `window`: facts as items, crowded spots as bars. */
  const rowsFor = (window: Interval): VisItem[] =>
    source ? visRows(source, window, selected, container.clientWidth) : [];

  let drawnKey = '';
  /**
   * Puts `rows` into the DataSet: rows that are gone are removed, the others updated. When more
   * than REBUILD_FROM are new, a new instance draws them together.
   */
  function apply(rows: VisItem[], initialWindow: Interval | null): void {
    // Nothing to do when the same rows with the same looks are drawn already.
    const key = rowsKey(rows);
    if (timeline !== null && key === drawnKey) return;
    drawnKey = key;
    const ids = new Set(rows.map((r) => r.id));
    const wantCluster = (source?.times.total ?? 0) > TIMELINE_CLUSTER_THRESHOLD;
    const window = timeline?.getWindow();
    if (timeline !== null && window && rows.length - countPresent(items, rows) > REBUILD_FROM) {
      timeline.destroy();
      items.clear();
      items.add(rows);
      clustered = wantCluster;
      timeline = create(clusterOption(wantCluster), {
        start: window.start.getTime(),
        end: window.end.getTime(),
      });
      return;
    }
    if (timeline !== null && wantCluster !== clustered) {
      clustered = wantCluster;
      timeline.setOptions({ cluster: clusterOption(wantCluster) } as TimelineOptions);
    }
    items.remove(items.getIds().filter((id) => !ids.has(String(id))));
    items.update(rows);
    if (timeline === null) {
      clustered = wantCluster;
      timeline = create(clusterOption(wantCluster), initialWindow);
      return;
    }
    timeline.redraw();
  }

  /** Works out what the current window shows (after a pan, zoom, filter or selection). */
  function refresh(): void {
    const window = timeline?.getWindow();
    if (!window) return;
    apply(rowsFor({ start: window.start.getTime(), end: window.end.getTime() }), null);
  }

  /**
   * The fact reaches into the visible window and is drawn on its own, not in a cluster. In a
   * small dataset a selected item never clusters, so the dates answer; in a large one the drawn
   * labels do.
   */
  function isOnScreen(factId: string): boolean {
    const row = items.get(factId);
    const window = currentWindow();
    if (!row || !window) return false;
    const start = window.start.getTime();
    const end = window.end.getTime();
    // A range that reaches into the window is in view, even when it runs on past its edge.
    if (row.start.getTime() >= end || (row.end ?? row.start).getTime() < start) return false;
    if (!clustered) return true;
    const label = container.querySelector(`[data-fact-id="${CSS.escape(factId)}"]`);
    const panel = container.querySelector('.vis-panel.vis-center');
    if (!label || !panel) return false;
    const a = label.getBoundingClientRect();
    const b = panel.getBoundingClientRect();
    return a.right > b.left && a.left < b.right && a.width > 0;
  }

  return {
    setData(nextSource, nextGroups, nextFormat, initialWindow) {
      format = nextFormat;
      source = nextSource;
      const window = timeline?.getWindow();
      const frame: Interval = window
        ? { start: window.start.getTime(), end: window.end.getTime() }
        : (initialWindow ?? fitWindow() ?? { start: 0, end: 1 });
      const inWindow = categoriesIn(nextSource.times, frame.start, frame.end);
      const groupRows = nextGroups.map((g) => ({
        id: g.id,
        content: g.label,
        label: g.label,
        visible: inWindow.has(g.id),
      }));
      const groupIds = new Set(groupRows.map((g) => g.id));
      groups.remove(groups.getIds().filter((id) => !groupIds.has(String(id))));
      groups.update(groupRows);
      // Labels may have changed with the language: the same ids are drawn again.
      drawnKey = '';
      apply(rowsFor(frame), initialWindow);
    },
    setSelection(factIds, reveal, animate) {
      selection = factIds;
      animated = () => animate;
      const previous = selected;
      selected = new Set(factIds);
      if (!timeline) return;
      if (!clustered && (previous.size > 0 || factIds.length > 0)) {
        // The clusters are cached per zoom level: made again without the selected items.
        timeline.setOptions({ cluster: clusterOption(false) } as TimelineOptions);
      }
      // Selected facts are drawn (or their bars marked) wherever the window is.
      refresh();
      timeline.setSelection(drawnSelection());
      // Revealing frames the selected items by their dates, as the map frames their places;
      // items already drawn on their own in the window stay where they are.
      if (!reveal || factIds.length === 0 || !source) return;
      const times = source.times;
      const span = spanOf(factIds.flatMap((id) => times.intervalOf(id) ?? []));
      if (!span) return;
      const frame = frameInterval(span);
      // A short selection at an overview zooms in to it: drawn apart from its cluster it would
      // stack a row of its own, and its neighbours stay counted, not shown.
      const visible = windowSpan();
      const short =
        !clustered && visible >= CLUSTER_FROM_SPAN && frame.end - frame.start < visible / 4;
      if (!short && factIds.every(isOnScreen)) return;
      moveTo(frame.start, frame.end, animate);
    },
    setCursor(at) {
      cursorAt = at;
      timeline?.setCustomTime(new Date(at), CURSOR_ID);
    },
    getWindow() {
      if (!timeline) return { start: 0, end: 0 };
      const { start, end } = timeline.getWindow();
      return { start: start.getTime(), end: end.getTime() };
    },
    setWindow(start, end, animate) {
      const now = timeline?.getWindow();
      if (now && now.start.getTime() === start && now.end.getTime() === end) return;
      moveTo(start, end, animate);
    },
    zoom(direction, animate) {
      windowByUser = true;
      if (direction === 'in') timeline?.zoomIn(0.5, { animation: animate });
      else timeline?.zoomOut(0.5, { animation: animate });
    },
    fit(animate) {
      timeline?.fit({ animation: animate });
    },
    cursorElement() {
      return container.querySelector<HTMLElement>(`.vis-custom-time.${CURSOR_ID}`);
    },
    destroy() {
      timeline?.destroy();
    },
  };
}

/** How many of `rows` the DataSet already holds. */
function countPresent(items: DataSet<VisItem>, rows: readonly VisItem[]): number {
  let present = 0;
  for (const row of rows) if (items.get(row.id) !== null) present++;
  return present;
}
