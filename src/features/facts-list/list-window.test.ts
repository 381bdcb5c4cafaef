import { describe, expect, it } from 'vitest';
import {
  OVERSCAN_ROWS,
  leadingRuns,
  sameRuns,
  visibleRuns,
  type ListGeometry,
} from './list-window';

// Two groups of 1,000 rows of 50 px; the second group's rows start 40 px below the first's end.
const GEOMETRY: ListGeometry = {
  sizes: [1000, 1000],
  listTops: [40, 40 + 1000 * 50 + 40],
  rowHeight: 50,
  viewTop: 0,
  viewBottom: 500,
};

describe('visibleRuns', () => {
  it('renders the rows in the viewport and the overscan below it, none of a group far away', () => {
    expect(visibleRuns(GEOMETRY, null)).toEqual([[{ from: 0, to: 10 + OVERSCAN_ROWS }], []]);
  });

  it('follows the scroll position into the middle of a group', () => {
    const runs = visibleRuns(
      { ...GEOMETRY, viewTop: 40 + 500 * 50, viewBottom: 40 + 510 * 50 },
      null,
    );
    expect(runs).toEqual([[{ from: 500 - OVERSCAN_ROWS, to: 510 + OVERSCAN_ROWS }], []]);
  });

  it('renders the end of one group and the start of the next across their boundary', () => {
    const boundary = 40 + 1000 * 50;
    const runs = visibleRuns(
      { ...GEOMETRY, viewTop: boundary - 100, viewBottom: boundary + 200 },
      null,
    );
    expect(runs[0]).toEqual([{ from: 998 - OVERSCAN_ROWS, to: 1000 }]);
    expect(runs[1]).toEqual([{ from: 0, to: 4 + OVERSCAN_ROWS }]);
  });

  it('keeps a focused row far from the viewport as a run of its own', () => {
    const runs = visibleRuns(GEOMETRY, { group: 0, row: 700 });
    expect(runs[0]).toEqual([
      { from: 0, to: 18 },
      { from: 700, to: 701 },
    ]);
    expect(visibleRuns(GEOMETRY, { group: 1, row: 3 })[1]).toEqual([{ from: 3, to: 4 }]);
  });

  it('merges a kept row that touches the run', () => {
    expect(visibleRuns(GEOMETRY, { group: 0, row: 18 })[0]).toEqual([{ from: 0, to: 19 }]);
    expect(visibleRuns(GEOMETRY, { group: 0, row: 5 })[0]).toEqual([{ from: 0, to: 18 }]);
  });

  it('never renders past either end of a group', () => {
    const runs = visibleRuns({ ...GEOMETRY, viewTop: -500, viewBottom: 1e9 }, null);
    expect(runs).toEqual(leadingRuns([1000, 1000]));
  });
});

describe('leadingRuns', () => {
  it('takes the first rows in display order, across groups', () => {
    expect(leadingRuns([3, 0, 5], 5)).toEqual([[{ from: 0, to: 3 }], [], [{ from: 0, to: 2 }]]);
    expect(leadingRuns([3, 5], 2)).toEqual([[{ from: 0, to: 2 }], []]);
  });
});

describe('sameRuns', () => {
  it('compares runs by value', () => {
    expect(sameRuns(leadingRuns([3, 0]), [[{ from: 0, to: 3 }], []])).toBe(true);
    expect(sameRuns(leadingRuns([3, 0]), leadingRuns([3, 1]))).toBe(false);
    expect(sameRuns(leadingRuns([3]), leadingRuns([3, 1]))).toBe(false);
  });
});
