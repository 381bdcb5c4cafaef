import type { Interval } from '@/domain/time/partial-date';

/** Shifts a UTC instant by whole months, keeping the day where the month has it. */
export function addMonths(at: number, months: number): number {
  const date = new Date(at);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.getTime();
}

/** The first instant of the UTC day that contains `at`: the cursor moves in whole days. */
export function startOfDay(at: number): number {
  const date = new Date(at);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The cursor's keyboard steps, as for a slider: arrows a month, Page keys a year, Home and End
 * the ends of the data. Returns `null` for keys the cursor does not handle.
 */
export function stepCursor(at: number, key: string, extent: Interval): number | null {
  const last = startOfDay(extent.end - 1);
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = addMonths(at, 1);
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = addMonths(at, -1);
      break;
    case 'PageUp':
      next = addMonths(at, 12);
      break;
    case 'PageDown':
      next = addMonths(at, -12);
      break;
    case 'Home':
      return extent.start;
    case 'End':
      return last;
    default:
      return null;
  }
  return Math.min(last, Math.max(extent.start, startOfDay(next)));
}

/**
 * The next cursor position when playing through the window: discrete month steps when
 * motion is reduced, else small steps (a 120th of the window) for a smooth sweep. `null` at
 * the window's end.
 */
export function playStep(at: number, window: Interval, reducedMotion: boolean): number | null {
  const next = reducedMotion ? addMonths(at, 1) : at + (window.end - window.start) / 120;
  return next >= window.end ? null : next;
}
