import { describe, expect, it } from 'vitest';
import { addMonths, playStep, stepCursor } from './time-cursor';

const EXTENT = { start: Date.UTC(1989, 0, 1), end: Date.UTC(2024, 0, 1) };
const at = Date.UTC(2018, 2, 19);

describe('stepCursor', () => {
  it('steps a month with the arrows and a year with the Page keys', () => {
    expect(stepCursor(at, 'ArrowRight', EXTENT)).toBe(Date.UTC(2018, 3, 19));
    expect(stepCursor(at, 'ArrowLeft', EXTENT)).toBe(Date.UTC(2018, 1, 19));
    expect(stepCursor(at, 'PageUp', EXTENT)).toBe(Date.UTC(2019, 2, 19));
    expect(stepCursor(at, 'PageDown', EXTENT)).toBe(Date.UTC(2017, 2, 19));
  });

  it('jumps to the ends of the data and stays inside them', () => {
    expect(stepCursor(at, 'Home', EXTENT)).toBe(EXTENT.start);
    expect(stepCursor(at, 'End', EXTENT)).toBe(Date.UTC(2023, 11, 31));
    expect(stepCursor(EXTENT.start, 'ArrowLeft', EXTENT)).toBe(EXTENT.start);
    expect(stepCursor(Date.UTC(2023, 11, 31), 'PageUp', EXTENT)).toBe(Date.UTC(2023, 11, 31));
  });

  it('ignores other keys', () => {
    expect(stepCursor(at, 'a', EXTENT)).toBeNull();
  });
});

describe('addMonths', () => {
  it('keeps the last day of a shorter month', () => {
    expect(addMonths(Date.UTC(2018, 0, 31), 1)).toBe(Date.UTC(2018, 1, 28));
  });
});

describe('playStep', () => {
  it('steps by months when motion is reduced, and stops at the window end', () => {
    const window = { start: Date.UTC(2018, 0, 1), end: Date.UTC(2018, 2, 1) };
    expect(playStep(Date.UTC(2018, 0, 1), window, true)).toBe(Date.UTC(2018, 1, 1));
    expect(playStep(Date.UTC(2018, 1, 1), window, true)).toBeNull();
    expect(playStep(Date.UTC(2018, 0, 1), window, false)).toBeCloseTo(
      Date.UTC(2018, 0, 1) + (window.end - window.start) / 120,
    );
  });
});
