import { describe, expect, it } from 'vitest';
import { decodeText } from './text-encoding';

const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8, without its byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Roßleben;Ä')]);
    expect(decodeText(bytes)).toEqual({ text: 'Roßleben;Ä', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, umlauts and the euro sign intact', () => {
    const bytes = new Uint8Array([...latin1('Roßleben Ä ü '), 0x80, 0x84, 0x93, 0x96]);
    expect(decodeText(bytes)).toEqual({ text: 'Roßleben Ä ü €„“–', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark, little and big endian', () => {
    const text = 'id,title\n1,Altenburg „Familienzentrum“';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    [...text].forEach((ch, i) => {
      const code = ch.charCodeAt(0);
      le.set([code & 0xff, code >> 8], 2 + i * 2);
      be.set([code >> 8, code & 0xff], 2 + i * 2);
    });
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });
});
