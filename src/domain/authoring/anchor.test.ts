import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, quoteAt, reanchor, segments } from './anchor';

const TEXT =
  'Auftakt in Artern. Die Ministerin besuchte Artern am 19. März und übergab 477.970 Euro.';

describe('quoteAt', () => {
  it('is the text between the offsets, trimmed, with the context that makes it unique', () => {
    const start = TEXT.indexOf('Artern am');
    const q = quoteAt(TEXT, start - 1, start + 'Artern'.length + 1)!;
    expect(q.quote).toBe('Artern');
    expect(TEXT.slice(q.start, q.end)).toBe(q.quote);
    // "Artern" is there twice: the context tells this one.
    expect(TEXT.split(q.prefix + q.quote + q.suffix)).toHaveLength(2);
    const unique = quoteAt(TEXT, 0, 7)!;
    expect(unique).toEqual({ quote: 'Auftakt', start: 0, end: 7, prefix: '', suffix: '' });
    expect(quoteAt(TEXT, 7, 8)).toBeNull();
  });

  it('keeps an emoji and a letter with its combining accent whole', () => {
    const text = 'Fest 🎉 in Jena\u0301 heute';
    const emoji = text.indexOf('🎉');
    // Offsets in the middle of the surrogate pair are moved to its edges.
    const q = quoteAt(text, emoji + 1, emoji + 2)!;
    expect(q.quote).toBe('🎉');
    const accent = text.indexOf('\u0301');
    const r = quoteAt(text, text.indexOf('Jena'), accent)!;
    expect(r.quote).toBe('Jena\u0301');
    expect(text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('always slices to its quote, which occurs once with its context (when it can)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.nat(80),
        fc.nat(80),
        (raw, a, b) => {
          const text = canonicalText(raw);
          const q = quoteAt(text, a, b);
          if (!q) return;
          expect(text.slice(q.start, q.end)).toBe(q.quote);
          expect(q.quote.trim()).toBe(q.quote);
          expect(text.slice(q.start - q.prefix.length, q.start)).toBe(q.prefix);
          expect(text.slice(q.end, q.end + q.suffix.length)).toBe(q.suffix);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('canonicalText', () => {
  it('is NFC with line ends as LF', () => {
    expect(canonicalText('Jena\u0301\r\nA\rB')).toBe('Jená\nA\nB');
  });
});

describe('reanchor', () => {
  const q = quoteAt(TEXT, TEXT.indexOf('übergab'), TEXT.indexOf(' Euro') + 5)!;

  it('is unchanged where the text is the same at the offsets', () => {
    expect(reanchor(TEXT, q).status).toBe('unchanged');
  });

  it('moves with the text when words are added before it', () => {
    const changed = `Pressemitteilung vom März 2018.\n\n${TEXT}`;
    const found = reanchor(changed, q);
    expect(found.status).toBe('moved');
    expect(changed.slice(found.anchor!.start, found.anchor!.end)).toBe(q.quote);
  });

  it('tells two equal quotes apart by their context, and says when it cannot', () => {
    const first = quoteAt(TEXT, TEXT.indexOf('Artern am'), TEXT.indexOf('Artern am') + 6)!;
    const changed = `Neu: ${TEXT}`;
    const found = reanchor(changed, first);
    expect(found.status).toBe('moved');
    expect(changed.slice(found.anchor!.start - 9, found.anchor!.end)).toBe('besuchte Artern');
    // Without context, two "Artern" and neither at the offsets: a guess, for review.
    const bare = { ...first, prefix: '', suffix: '' };
    expect(reanchor(changed, bare).status).toBe('fuzzy');
  });

  it('offers a close passage as fuzzy, with its new words and a score', () => {
    const changed = TEXT.replace('übergab 477.970 Euro', 'übergab rund 477.970 Euro');
    const found = reanchor(changed, q);
    expect(found.status).toBe('fuzzy');
    expect(found.anchor!.quote).toContain('477.970 Euro');
    expect(found.score).toBeGreaterThanOrEqual(0.75);
  });

  it('orphans a passage that is gone, and never attaches it to other text', () => {
    const found = reanchor('Ein ganz anderer Text über Altenburg und das Familienzentrum.', q);
    expect(found).toEqual({ status: 'orphaned' });
  });

  it('finds any quote again in its unchanged text, and in a text with a prefix added', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.nat(60),
        fc.nat(60),
        fc.string({ maxLength: 20 }),
        (text, a, b, added) => {
          const anchor = quoteAt(text, a, b);
          if (!anchor) return;
          expect(reanchor(text, anchor).status).toBe('unchanged');
          const moved = reanchor(added + text, anchor);
          expect(moved.status).not.toBe('orphaned');
          expect((added + text).slice(moved.anchor!.start, moved.anchor!.end)).toBe(
            moved.anchor!.quote,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('segments', () => {
  it('cuts the text where passages start and end, overlaps covered by both', () => {
    expect(
      segments(10, [
        { start: 2, end: 6 },
        { start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, covers: [] },
      { start: 2, end: 4, covers: [0] },
      { start: 4, end: 6, covers: [0, 1] },
      { start: 6, end: 8, covers: [1] },
      { start: 8, end: 10, covers: [] },
    ]);
  });
});
