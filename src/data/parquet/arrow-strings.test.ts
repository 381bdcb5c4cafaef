import { describe, expect, it } from 'vitest';
import { decodeUtf8Chunks, type Utf8Chunk } from './arrow-strings';

/** A chunk as Arrow lays one out: the values' bytes end to end, with their offsets. */
function chunk(values: (string | null)[], offset = 0): Utf8Chunk {
  const encoder = new TextEncoder();
  const parts = values.map((v) => encoder.encode(v ?? ''));
  const offsets = new Int32Array(values.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
  const bytes = new Uint8Array(offsets[values.length]!);
  parts.forEach((p, i) => bytes.set(p, offsets[i]!));
  return {
    length: values.length - offset,
    offset,
    nullCount: values.filter((v) => v === null).length,
    valueOffsets: offsets,
    values: bytes,
    getValid: (i) => values[offset + i] !== null,
  };
}

describe('decodeUtf8Chunks', () => {
  it('decodes ASCII, umlauts, ß, emoji and nulls as the values were', () => {
    const values = ['Artern', 'Roßleben', null, 'Förderbescheid 😀 ok', '', 'Ärger'];
    expect(decodeUtf8Chunks([chunk(values)])).toEqual(values);
  });

  it('joins chunks in order and honours a chunk offset', () => {
    expect(decodeUtf8Chunks([chunk(['a', 'b']), chunk(['x', 'ü', 'z'], 1)])).toEqual([
      'a',
      'b',
      'ü',
      'z',
    ]);
  });
});
