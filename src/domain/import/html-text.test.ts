import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, hasMarkup, htmlToText } from './html-text';

/** The regular-expression reduction this tokenizer replaced: right, but quadratic. The oracle. */
function regexHtmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
const regexHasMarkup = (text: string) => /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(text);

/** Markup-like text: tags, broken tags, comments, scripts, entities and prose, mixed. */
const markup = fc
  .array(
    fc.constantFrom(
      '<p>',
      '</p>',
      '<br/>',
      '<b>',
      '</b>',
      '<a href="x">',
      '</a>',
      '<',
      '>',
      '</',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '<style>',
      '</style >',
      '<h2 class=t>',
      '&amp;',
      '&#228;',
      '&nbsp;',
      'x<y ',
      ' ',
      '\n',
      'Artern',
      'ä',
      '2',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('htmlToText', () => {
  it('reads text as the regular expressions did, where no tag holds a "<"', () => {
    // Where a "<" comes before a tag's ">" ("x<y <style>", "<Artern<p>") the tokenizer reads
    // one tag, as a browser does; the expressions, one pass per kind of tag, read another.
    fc.assert(
      fc.property(markup, (html) => {
        fc.pre(!/<[^>]*</.test(html));
        expect(htmlToText(html)).toBe(regexHtmlToText(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells markup from prose as the regular expression did, on any mix', () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(hasMarkup(html)).toBe(regexHasMarkup(html));
        expect(htmlToText(html).length).toBeLessThanOrEqual(html.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reduces a megabyte of hostile text in linear time (under 200 ms)', () => {
    const mb = 1_000_000;
    const cases = {
      'x<y ': 'x<y '.repeat(mb / 4),
      '<a': '<a'.repeat(mb / 2),
      '<!--': '<!--'.repeat(mb / 4),
      '<script>': '<script>'.repeat(mb / 8),
      '&#': '&#'.repeat(mb / 2),
      '<p ': '<p '.repeat(mb / 3),
      'spaces and tabs': 'a \t '.repeat(mb / 4),
    };
    for (const [name, text] of Object.entries(cases)) {
      const started = performance.now();
      htmlToText(text);
      hasMarkup(text);
      const ms = performance.now() - started;
      expect(ms, name).toBeLessThan(200);
    }
  });
});
