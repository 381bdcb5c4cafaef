import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from './truncate';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate', () => {
  it('keeps short text and cuts long text to the length, with the ellipsis', () => {
    expect(truncate('Artern', 80)).toBe('Artern');
    expect(truncate('a'.repeat(100), 10, '…')).toBe(`${'a'.repeat(9)}…`);
  });

  it('never splits an emoji, a flag or a combining accent', () => {
    expect(truncate('abc😀', 4)).toBe('abc');
    expect(truncate('ab🇩🇪', 3)).toBe('ab');
    expect(truncate('abe\u0301', 3)).toBe('ab');
  });

  it('leaves no lone surrogate in any text, at any length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(70), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(loneSurrogate.test(cut)).toBe(false);
        expect(text.startsWith(cut.trimEnd())).toBe(true);
      }),
    );
  });
});
