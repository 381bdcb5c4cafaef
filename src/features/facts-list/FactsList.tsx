import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import type { FactSource } from '@/domain/dataset/fact-source';
import type { Fact } from '@/domain/dataset/dataset-schema';
import { formatFactTime } from '@/domain/time/fact-time';
import { localize, type Lang } from '@/domain/text/lang';
import { formatNumber } from '@/domain/text/messages';
import { selectFact } from '@/state/view-actions';
import { useFactRows } from '@/state/use-fact-rows';
import { useMatchingFacts } from '@/state/use-matching-facts';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Localized } from '@/ui/Localized';
import { WINDOWED_FROM, leadingRuns, sameRuns, visibleRuns, type RowRun } from './list-window';

interface Group {
  readonly id: string;
  readonly label: string;
  /** Its facts' ids in time order: rows are asked of the source as they are rendered. */
  readonly ids: readonly string[];
}

/** Categories in dataset order, each with its facts in time order; empty categories are left out. */
function groupByCategory(
  source: FactSource,
  lang: Lang,
  matching: ReadonlySet<string> | null,
): Group[] {
  const byCategory = new Map<string, string[]>();
  for (const id of source.idsInTimeOrder(matching)) {
    const category = source.categoryOf(id);
    const list = byCategory.get(category);
    if (list) list.push(id);
    else byCategory.set(category, [id]);
  }
  return source.meta.categories.flatMap((category) => {
    const ids = byCategory.get(category.id);
    return ids ? [{ id: category.id, label: localize(category.label, lang), ids }] : [];
  });
}

/** Rows a windowed list renders before it has measured itself: about one screen. */
const FIRST_ROWS = 24;

/** The element that scrolls the list: the nearest ancestor that scrolls its overflow. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return document.documentElement;
}

/**
 * Every fact as a button, grouped by category: the keyboard and screen-reader route through the
 * data. Above `WINDOWED_FROM` facts only the rows in and near the viewport are in the DOM
 * (10,000 rows cost 0.7 s to render and 0.5 s of layout); the others are spacers of the same
 * height, every row says its position (`aria-posinset`/`aria-setsize`), and the focused row
 * stays rendered while the list scrolls.
 */
/** True between the browser's `beforeprint` and `afterprint`. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

export function FactsList({ source }: { source: FactSource }) {
  const { lang, t } = useTranslate();
  const matching = useMatchingFacts();
  const groups = useMemo(() => groupByCategory(source, lang, matching), [source, lang, matching]);
  const selectedFactId = useView((s) => s.selectedFactId);
  const sizes = useMemo(() => groups.map((g) => g.ids.length), [groups]);
  // Printing shows the whole list, not the rows in view (the print stylesheet lays it out).
  const printing = usePrinting();
  const windowed = !printing && sizes.reduce((sum, size) => sum + size, 0) > WINDOWED_FROM;
  const rootRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const keep = useMemo(() => rowOf(groups, focusedId), [groups, focusedId]);
  const [measured, setMeasured] = useState<RowRun[][] | null>(null);
  const runs = useMemo(() => {
    if (!windowed) return leadingRuns(sizes);
    if (measured && measured.length === sizes.length) return measured;
    return leadingRuns(sizes, FIRST_ROWS);
  }, [windowed, sizes, measured]);
  const shownIds = useMemo(
    () =>
      groups.flatMap((group, g) =>
        (runs[g] ?? []).flatMap((run) => group.ids.slice(run.from, run.to)),
      ),
    [groups, runs],
  );
  const rows = useFactRows(source, shownIds);

  // Measures where the groups' rows sit and which of them the viewport shows.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!windowed || !root) return;
    const scroller = scrollParent(root);
    let frame = 0;
    const measure = () => {
      frame = 0;
      const lists = root.querySelectorAll<HTMLElement>('.facts-group__list');
      const row = root.querySelector<HTMLElement>('.fact-row');
      if (lists.length !== sizes.length || !row) return;
      const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
      const next = visibleRuns(
        {
          sizes,
          listTops: [...lists].map((list) => list.getBoundingClientRect().top - origin),
          rowHeight: row.getBoundingClientRect().height,
          viewTop: scroller.scrollTop,
          viewBottom: scroller.scrollTop + scroller.clientHeight,
        },
        keep,
      );
      setMeasured((last) => (last && sameRuns(last, next) ? last : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(scroller);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      resize.disconnect();
    };
  }, [windowed, sizes, keep]);

  return (
    <div
      ref={rootRef}
      className={windowed ? 'facts-list facts-list--windowed' : 'facts-list'}
      onFocus={(event) => {
        const id = (event.target as HTMLElement).dataset.factId;
        if (windowed) setFocusedId(id ?? null);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
      }}
    >
      {groups.length === 0 ? <p className="facts-list__empty">{t('noMatches')}</p> : null}
      {groups.map((group, g) => (
        <section key={group.id} className="facts-group" aria-labelledby={`group-${group.id}`}>
          <h3 id={`group-${group.id}`} className="facts-group__title">
            {group.label}{' '}
            <span className="facts-group__count">({formatNumber(group.ids.length, lang)})</span>
          </h3>
          <ul className="facts-group__list">
            {/* One flat, keyed array: a nested array per run would be keyed by its position,
                and a gap appearing before it would remount its rows (and drop focus). */}
            {rowsWithGaps(runs[g] ?? [], group.ids.length).flatMap((part) =>
              'gap' in part
                ? [
                    <li
                      key={`gap-${part.at}`}
                      className="facts-group__gap"
                      aria-hidden="true"
                      style={{ '--rows': part.gap } as CSSProperties}
                    />,
                  ]
                : group.ids.slice(part.from, part.to).map((id, i) => (
                    <li
                      key={id}
                      className="fact-row"
                      aria-posinset={windowed ? part.from + i + 1 : undefined}
                      aria-setsize={windowed ? group.ids.length : undefined}
                    >
                      <FactItem
                        id={id}
                        fact={rows.get(id)}
                        lang={lang}
                        selected={id === selectedFactId}
                      />
                    </li>
                  )),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Where the fact `id` is listed, as group and row; `null` when it is not. */
function rowOf(groups: readonly Group[], id: string | null): { group: number; row: number } | null {
  if (id === null) return null;
  for (const [group, { ids }] of groups.entries()) {
    const row = ids.indexOf(id);
    if (row >= 0) return { group, row };
  }
  return null;
}

/** The runs of rows to render with the gaps of unrendered rows between and around them. */
function rowsWithGaps(
  runs: readonly RowRun[],
  size: number,
): ({ gap: number; at: number } | RowRun)[] {
  const parts: ({ gap: number; at: number } | RowRun)[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.from > at) parts.push({ gap: run.from - at, at });
    parts.push(run);
    at = run.to;
  }
  if (at < size) parts.push({ gap: size - at, at });
  return parts;
}

const FactItem = memo(function FactItem({
  id,
  fact,
  lang,
  selected,
}: {
  id: string;
  /** `undefined` while its row is read (a source that queries a file). */
  fact: Fact | undefined;
  lang: Lang;
  selected: boolean;
}) {
  const store = useViewStoreApi();
  return (
    <button
      type="button"
      className="fact-item"
      aria-pressed={selected}
      aria-busy={fact === undefined || undefined}
      data-fact-id={id}
      onClick={() => selectFact(store, selected ? null : id)}
    >
      <span className="fact-item__title">
        {fact ? <Localized text={fact.title} lang={lang} /> : '…'}
      </span>
      <span className="fact-item__time">{fact ? formatFactTime(fact.time, lang) : null}</span>
    </button>
  );
});
