import { describe, expect, it } from 'vitest';
import { detectSeparator, formatCsv, neutralizeCell, parseCsv, restoreCell } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, escaped quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n').rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('detects semicolons, skips a BOM and blank lines', () => {
    const text = '\uFEFFid;title\n\n1;Ä\n';
    expect(detectSeparator(text)).toBe(';');
    expect(parseCsv(text).rows).toEqual([
      ['id', 'title'],
      ['1', 'Ä'],
    ]);
  });

  it('reports where a quote was left open', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').error).toEqual({ line: 2, column: 3 });
  });

  it('round-trips what formatCsv writes', () => {
    const rows = [
      ['id', 'quote'],
      ['1', 'Er sagte: „Ja“, "gut"\nZeile 2'],
    ];
    expect(parseCsv(formatCsv(rows)).rows).toEqual(rows);
  });
});

describe('neutralizeCell', () => {
  it.each([
    '=HYPERLINK("http://127.0.0.1/x","klick")',
    '+SUM(1,1)',
    '-2+3',
    '@SUM(1)',
    '\tx',
    '\rx',
  ])('prefixes %j with an apostrophe, and restoreCell takes it off again', (value) => {
    expect(neutralizeCell(value)).toBe(`'${value}`);
    expect(restoreCell(neutralizeCell(value))).toBe(value);
  });

  it('leaves plain numbers and ordinary text untouched', () => {
    for (const value of ['-5', '+3', '-12.5', '477970', '3,5', 'Artern', '', "'zitiert'", 'a=b']) {
      expect(neutralizeCell(value)).toBe(value);
      expect(restoreCell(value)).toBe(value);
    }
  });
});
