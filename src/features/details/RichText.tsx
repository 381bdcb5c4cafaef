import DOMPurify from 'dompurify';
import { createElement, useMemo, type ReactNode } from 'react';
import { FilterXSS } from 'xss';
import { safeHttpUrl } from '@/ui/safe-url';

/**
 * Imported HTML (TimelineJS and StoryMapJS text fields) as React elements. First a string
 * filter (js-xss, no DOM) keeps only the allow-list's tags and `href`; then DOMPurify parses
 * what is left into a detached fragment, and the
 * fragment is walked into elements whose text is text. Nothing from the file reaches
 * `innerHTML` of the page; a link is kept only with an http(s) address. Its own chunk: loaded
 * when a fact with markup is first shown.
 */

const ALLOWED_TAGS = ['p', 'br', 'em', 'i', 'strong', 'b', 'a'];
/** `b` and `i` mean emphasis in these files; they are written as `strong` and `em`. */
const TAG_NAMES: Readonly<Record<string, string>> = { b: 'strong', i: 'em' };

function toElements(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const children = [...element.childNodes].map((child, i) => toElements(child, `${key}.${i}`));
  if (tag === 'br') return createElement('br', { key });
  if (tag === 'a') {
    const href = safeHttpUrl(element.getAttribute('href'));
    // Without a safe address the link's text stays, as text.
    if (!href) return createElement('span', { key }, ...children);
    return createElement(
      'a',
      { key, href, rel: 'noopener noreferrer', target: '_blank' },
      ...children,
    );
  }
  if (!ALLOWED_TAGS.includes(tag)) return createElement('span', { key }, ...children);
  return createElement(TAG_NAMES[tag] ?? tag, { key }, ...children);
}

/**
 * The allow-list applied to the markup as a string, before anything parses it. Chromium (156
 * and later) reports a Content-Security-Policy violation (`script-src-attr`) for an event
 * handler attribute even in a document DOMPurify parses and never runs; once the handlers are
 * gone as text, no parser sees one. Tags outside the list go, their text stays; the bodies of
 * scripts and styles go with them.
 */
const stringFilter = new FilterXSS({
  whiteList: {
    ...Object.fromEntries(ALLOWED_TAGS.map((tag) => [tag, []])),
    a: ['href'],
  },
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style'],
  // Comments may hide conditional markup; they are never text.
  allowCommentTag: false,
  css: false,
});

/** The markup with only the allow-list's tags and `href` left, filtered as a string. */
export function filterMarkup(html: string): string {
  return stringFilter.process(html);
}

/** Reduces markup to the allow-list, as a list of React nodes (exported for tests). */
export function sanitizeToElements(html: string): ReactNode[] {
  const fragment = DOMPurify.sanitize(filterMarkup(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^https?:/i,
    RETURN_DOM_FRAGMENT: true,
  });
  return [...fragment.childNodes].map((node, i) => toElements(node, String(i)));
}

export default function RichText({
  html,
  lang,
  className,
}: {
  html: string;
  lang: string;
  className?: string;
}) {
  const nodes = useMemo(() => sanitizeToElements(html), [html]);
  return (
    <div className={className} lang={lang}>
      {nodes}
    </div>
  );
}
