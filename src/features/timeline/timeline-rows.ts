import type { Interval } from '@/domain/time/partial-date';
import type { TimeIndex } from '@/domain/dataset/time-index';
import { densityLevel, timelineView, type DensityBin } from './timeline-density';
import type { TimelineItem } from './timeline-items';

/**
 * What the timeline draws for a window, as vis-timeline rows: facts as items, crowded spots as
 * density bars, eras as bands; which rows vis may cluster; which categories fold away. Pure:
 * no vis-timeline and no DOM, so it is tested in node.
 */

/** An era as the timeline draws it: a labelled band across every row. */
export interface TimelineEra {
  readonly id: string;
  readonly label: string;
  readonly labelLang: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What the timeline shows: the facts that pass the filters (their times, by category) and how
 * one becomes an item. The controller asks it what to draw for each window.
 */
export interface TimelineSource {
  readonly times: TimeIndex;
  readonly itemOf: (factId: string) => TimelineItem | undefined;
  readonly eras: readonly TimelineEra[];
}

/** A row of vis-timeline's DataSet. */
export interface VisItem {
  id: string;
  /** None for an era's band, which spans every row. */
  group?: string;
  start: Date;
  end?: Date;
  type: 'range' | 'point' | 'background';
  className: string;
  content: string;
  /** A fact, a bar of a density band, or an era. */
  item?: TimelineItem;
  bin?: DensityBin;
  era?: TimelineEra;
}

/**
 * Below the cluster threshold, items that crowd one spot are clustered only in windows longer
 * than this: at an overview one "7 Fakten" mark stands where seven stacked labels would need a
 * row each (and push other categories out of view); in a window of weeks every item is drawn
 * on its own and can be clicked.
 */
export const CLUSTER_FROM_SPAN = 120 * 24 * 60 * 60 * 1000;

/** Room left between two density bars, so vis-timeline never stacks them (its margin is 4 px). */
const BIN_GAP_PX = 6;

/** The rows for `window` (`widthPx` wide), with `selected` facts drawn or their bars marked. */
export function visRows(
  source: TimelineSource,
  window: Interval,
  selected: ReadonlySet<string>,
  widthPx: number,
): VisItem[] {
  const view = timelineView(source.times, window, selected);
  // Eras that reach the window (±1 window, as facts): bands behind every row.
  const span = window.end - window.start;
  const rows: VisItem[] = source.eras.flatMap((era, i) =>
    era.end > window.start - span && era.start < window.end + span
      ? [
          {
            id: `era:${era.id}`,
            start: new Date(era.start),
            end: new Date(era.end),
            type: 'background' as const,
            className: `tl-era tl-era--${i % 4}`,
            content: '',
            era,
          },
        ]
      : [],
  );
  for (const id of view.factIds) {
    const item = source.itemOf(id);
    if (!item) continue;
    rows.push({
      id: item.id,
      group: item.group,
      start: item.start,
      ...(item.end ? { end: item.end } : {}),
      type: item.type,
      className: item.className,
      // vis-timeline requires `content`; the template draws the item, so this is never shown.
      content: '',
      item,
    });
  }
  if (view.bins.length > 0) {
    const fullest = Math.max(...view.bins.map((bin) => bin.count));
    const msPerPx = span / Math.max(1, widthPx);
    for (const bin of view.bins) {
      const classes = ['tl-density', `tl-density--${densityLevel(bin.count, fullest)}`];
      if (bin.selected > 0) classes.push('is-chosen');
      rows.push({
        id: bin.id,
        group: bin.group,
        start: new Date(bin.start),
        end: new Date(Math.max(bin.start + msPerPx, bin.end - BIN_GAP_PX * msPerPx)),
        type: 'range',
        className: classes.join(' '),
        content: '',
        bin,
      });
    }
  }
  return rows;
}

/** Equal for the same rows with the same looks: nothing to draw again. */
export function rowsKey(rows: readonly VisItem[]): string {
  return rows.map((r) => `${r.id}|${r.className}|${r.bin?.count ?? ''}`).join('\n');
}

/**
 * vis-timeline's cluster option. Large datasets cluster whatever overlaps; small ones only at
 * an overview (`windowSpan` at least CLUSTER_FROM_SPAN) and never a selected item, so the
 * selection stays visible. An era never joins a cluster; nor, in a large dataset, does a
 * density bar (a count already).
 */
export function clusterOptions(
  large: boolean,
  view: { windowSpan: () => number; selected: () => ReadonlySet<string> },
) {
  return large
    ? {
        maxItems: 3,
        showStipes: false,
        fitOnDoubleClick: true,
        clusterCriteria: (a: VisItem, b: VisItem) => !a.bin && !b.bin && !a.era && !b.era,
      }
    : {
        maxItems: 1,
        showStipes: false,
        fitOnDoubleClick: true,
        clusterCriteria: (a: VisItem, b: VisItem) =>
          !a.era &&
          !b.era &&
          view.windowSpan() >= CLUSTER_FROM_SPAN &&
          !view.selected().has(a.id) &&
          !view.selected().has(b.id),
      };
}

/**
 * The groups whose visibility changes when only `shownIds` have items in the window:
 * categories without items fold away, so the rows that have some fit without scrolling.
 */
export function foldedGroups<G extends { readonly id: string; readonly visible: boolean }>(
  groups: readonly G[],
  shownIds: ReadonlySet<string>,
): G[] {
  return groups
    .filter((group) => group.visible !== shownIds.has(group.id))
    .map((group) => ({ ...group, visible: shownIds.has(group.id) }));
}
