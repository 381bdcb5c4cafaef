// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { filterMarkup, sanitizeToElements } from './RichText';

/** The markup React would write for imported HTML (DOMPurify needs a DOM: jsdom here). */
const rendered = (html: string) => renderToStaticMarkup(<>{sanitizeToElements(html)}</>);

describe('imported HTML', () => {
  it('keeps paragraphs, line breaks, emphasis and http(s) links', () => {
    expect(
      rendered(
        '<p>Eins<br>zwei <em>drei</em> <i>vier</i> <strong>fünf</strong> <b>sechs</b> <a href="https://example.org/x">Link</a></p>',
      ),
    ).toBe(
      '<p>Eins<br/>zwei <em>drei</em> <em>vier</em> <strong>fünf</strong> <strong>sechs</strong> <a href="https://example.org/x" rel="noopener noreferrer" target="_blank">Link</a></p>',
    );
  });

  it('drops scripts, event handlers, styles and other tags', () => {
    const html = rendered(
      '<p onclick="x()">A<script>window.hacked=1</script><img src=x onerror="window.hacked=2"><span style="color:red">B</span><iframe src="https://example.org"></iframe></p><h1>C</h1>',
    );
    // Tags outside the allow-list leave their text, never themselves.
    expect(html).toBe('<p>AB</p>C');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('never makes javascript:, data: or relative addresses into links; their text stays', () => {
    expect(rendered('<a href="javascript:alert(1)">böse</a>')).toBe('<span>böse</span>');
    expect(rendered('<a href="data:text/html,&lt;script&gt;">auch</a>')).toBe('<span>auch</span>');
    expect(rendered('<a href="/intern">relativ</a>')).toBe('<span>relativ</span>');
    expect(rendered('<a href=" JaVaScRiPt:alert(1)">x</a>')).toBe('<span>x</span>');
  });

  it('keeps text that looks like markup as text', () => {
    expect(rendered('<p>1 &lt; 2 &amp; &lt;b&gt;nicht fett&lt;/b&gt;</p>')).toBe(
      '<p>1 &lt; 2 &amp; &lt;b&gt;nicht fett&lt;/b&gt;</p>',
    );
  });
});

describe('the string filter that runs before any parser', () => {
  it('leaves no event handler, script or style for a parser to see', () => {
    const filtered = filterMarkup(
      '<img src=x onerror="window.__xss=1"><p onclick=x() ONMOUSEOVER=\'y\'>A</p><svg><animate onbegin=alert(1)></svg><script>z()</script><style>p{}</style>B',
    );
    expect(filtered).not.toMatch(/on[a-z]+\s*=/i);
    expect(filtered).not.toMatch(/<(img|svg|animate|script|style)\b/i);
    expect(filtered).toBe('<p>A</p>B');
  });

  it('keeps the allow-list and a link address as written', () => {
    expect(filterMarkup('<p>x <a href="https://example.org/">y</a><br><b>z</b></p>')).toBe(
      '<p>x <a href="https://example.org/">y</a><br><b>z</b></p>',
    );
  });
});
