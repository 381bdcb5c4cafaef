import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error';

describe('locateJsonError', () => {
  it('points at the first character that breaks the grammar', () => {
    expect(locateJsonError('{"a": }')).toBe(6);
    expect(locateJsonError('[1, 2,]')).toBe(6);
    expect(locateJsonError('{"a": "x\u0001"}')).toBe(8);
    expect(locateJsonError('{"a": tru}')).toBe(6);
    expect(locateJsonError('{"a": 1} x')).toBe(9);
    expect(locateJsonError('{"a": "open')).toBe(11);
  });

  it('finds no error in anything JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(locateJsonError(JSON.stringify(value, null, 1))).toBe(-1);
      }),
    );
  });
});
