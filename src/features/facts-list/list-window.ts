/** Above this many rows the facts list renders only the rows in and near its viewport. */
export const WINDOWED_FROM = 300;

/** Rows rendered beyond each edge of the viewport, so scrolling and Tab meet drawn rows. */
export const OVERSCAN_ROWS = 8;

/** A run of consecutive rows of one group, `from` inclusive, `to` exclusive. */
export interface RowRun {
  readonly from: number;
  readonly to: number;
}

export interface ListGeometry {
  /** Rows per group, in display order. */
  readonly sizes: readonly number[];
  /** Where each group's first row starts, in px from the top of the scrolled content. */
  readonly listTops: readonly number[];
  /** Every row's height in px (fixed by CSS in a windowed list). */
  readonly rowHeight: number;
  /** The visible part of the scrolled content, in the same coordinates. */
  readonly viewTop: number;
  readonly viewBottom: number;
}

/**
 * The rows to render per group: those that overlap the viewport (plus `OVERSCAN_ROWS` on
 * each side), and the row at `keep` wherever it is — the focused row must not be unmounted by
 * a scroll, or focus would fall back to `<body>`.
 */
export function visibleRuns(
  geometry: ListGeometry,
  keep: { readonly group: number; readonly row: number } | null,
): RowRun[][] {
  const { sizes, listTops, rowHeight, viewTop, viewBottom } = geometry;
  return sizes.map((size, group) => {
    const top = listTops[group] ?? 0;
    const from = Math.max(0, Math.floor((viewTop - top) / rowHeight) - OVERSCAN_ROWS);
    const to = Math.min(size, Math.ceil((viewBottom - top) / rowHeight) + OVERSCAN_ROWS);
    const runs: RowRun[] = from < to ? [{ from, to }] : [];
    if (keep === null || keep.group !== group) return runs;
    return withRow(runs, keep.row);
  });
}

/** `runs` (at most one) with `row` added: merged when it touches the run, else its own run. */
function withRow(runs: RowRun[], row: number): RowRun[] {
  const run = runs[0];
  if (!run) return [{ from: row, to: row + 1 }];
  if (row >= run.from - 1 && row <= run.to) {
    return [{ from: Math.min(run.from, row), to: Math.max(run.to, row + 1) }];
  }
  return row < run.from ? [{ from: row, to: row + 1 }, run] : [run, { from: row, to: row + 1 }];
}

/**
 * The first `rows` rows in display order (all of them by default): a short list renders whole,
 * a windowed one starts with about a screenful until it has measured itself.
 */
export function leadingRuns(sizes: readonly number[], rows = Infinity): RowRun[][] {
  let left = rows;
  return sizes.map((size) => {
    const to = Math.min(size, left);
    left -= to;
    return to > 0 ? [{ from: 0, to }] : [];
  });
}

export function sameRuns(a: readonly RowRun[][], b: readonly RowRun[][]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (runs, i) =>
        runs.length === b[i]!.length &&
        runs.every((run, j) => run.from === b[i]![j]!.from && run.to === b[i]![j]!.to),
    )
  );
}
