import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppPage } from './pages/app-page';

interface Fixtures {
  /** Content-Security-Policy violations in the page. Checked after every test. */
  cspViolations: string[];
  /** Requests that tried to leave 127.0.0.1 (they are aborted). Checked after every test. */
  outsideRequests: string[];
  /** Uncaught errors in the page. Checked after every test. */
  pageErrors: string[];
  app: AppPage;
}

export const test = base.extend<Fixtures>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => {
        outside.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await use(outside);
    expect(outside, 'requests outside 127.0.0.1').toEqual([]);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'uncaught page errors').toEqual([]);
  },
  cspViolations: async ({ page }, use) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const collected: string[] = [];
    await use(collected);
    if (!page.isClosed() && page.url().startsWith('http')) {
      const found = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      collected.push(...found);
    }
    expect(collected, 'Content-Security-Policy violations').toEqual([]);
  },
  app: async ({ page, outsideRequests: _o, pageErrors: _e, cspViolations: _c }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe on the page (or the part `include` selects); WCAG 2.2 AA rules and best practices
 * must find nothing. A page without frames runs axe-core in the page itself: the same rules,
 * tags and context as @axe-core/playwright, which a page with frames still uses (it runs axe
 * in each frame), without the blank page that builder opens to merge results (a second or
 * more per call, on two cores). Only violations are collected: passes are never read here.
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    if (include) builder.include(include);
    ({ violations } = await builder.withTags(AXE_TAGS).analyze());
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    violations = await page.evaluate(
      async ({ tags, include }) => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const result = await axe.run(include ? { include: [include] } : document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target as unknown[] })),
        }));
      },
      { tags: AXE_TAGS, include },
    );
  }
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Focus is on a real element, never dropped to <body>, and visibly outlined. */
export async function expectVisibleFocus(page: Page) {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { onBody: true, outline: 'none', shadow: 'none' };
    const style = getComputedStyle(el);
    return { onBody: false, outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(state.onBody, 'focus fell to <body>').toBe(false);
  expect(state.outline !== 'none' || state.shadow !== 'none', 'focus is not visible').toBe(true);
}

/** Presses Tab until the focused element matches `selector` (and starts with `text`). */
export async function tabTo(page: Page, selector: string, text?: string, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    const hit = await page.evaluate(
      ({ selector, text }) => {
        const el = document.activeElement;
        return (
          !!el &&
          el.matches(selector) &&
          (text === undefined || (el.textContent ?? '').startsWith(text))
        );
      },
      { selector, text },
    );
    if (hit) return;
  }
  throw new Error(`${selector} ${text ?? ''} not reached by Tab`);
}
