import type { Interval } from './partial-date';

/** Shortest frame: a lone day shows with two weeks on each side. */
export const MIN_FRAME_SPAN = 30 * 24 * 60 * 60 * 1000;

/**
 * The window that shows `interval` whole: its span plus a twentieth on each side, and at
 * least `MIN_FRAME_SPAN` in all, centred on it.
 */
export function frameInterval(interval: Interval): Interval {
  const span = interval.end - interval.start;
  const margin = Math.max(span / 20, (MIN_FRAME_SPAN - span) / 2);
  return { start: interval.start - margin, end: interval.end + margin };
}

/** The smallest interval that contains all of `intervals`; `null` for none. */
export function spanOf(intervals: Iterable<Interval>): Interval | null {
  let start = Infinity;
  let end = -Infinity;
  for (const interval of intervals) {
    start = Math.min(start, interval.start);
    end = Math.max(end, interval.end);
  }
  return start <= end ? { start, end } : null;
}
