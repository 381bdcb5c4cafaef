import { memo, useMemo } from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { Fact } from '@/domain/dataset-schema';
import { formatFactTime } from '@/domain/fact-time';
import { localize, type Lang } from '@/domain/lang';
import { selectFact } from '@/state/view-actions';
import { useMatchingFacts } from '@/state/use-matching-facts';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Localized } from '@/ui/Localized';

interface Group {
  readonly id: string;
  readonly label: string;
  readonly facts: readonly Fact[];
}

/** Categories in dataset order, each with its facts in time order; empty categories are left out. */
function groupByCategory(
  index: DatasetIndex,
  lang: Lang,
  matching: ReadonlySet<string> | null,
): Group[] {
  const byCategory = new Map<string, Fact[]>();
  for (const fact of index.factsInTimeOrder) {
    if (matching !== null && !matching.has(fact.id)) continue;
    const list = byCategory.get(fact.category);
    if (list) list.push(fact);
    else byCategory.set(fact.category, [fact]);
  }
  return index.dataset.categories.flatMap((category) => {
    const facts = byCategory.get(category.id);
    return facts ? [{ id: category.id, label: localize(category.label, lang), facts }] : [];
  });
}

/** Every fact as a button, grouped by category: the keyboard and screen-reader route through the data. */
export function FactsList({ index }: { index: DatasetIndex }) {
  const { lang, t } = useTranslate();
  const matching = useMatchingFacts(index);
  const groups = useMemo(() => groupByCategory(index, lang, matching), [index, lang, matching]);
  const selectedFactId = useView((s) => s.selectedFactId);
  return (
    <div className="facts-list">
      {groups.length === 0 ? <p className="facts-list__empty">{t('noMatches')}</p> : null}
      {groups.map((group) => (
        <section key={group.id} className="facts-group" aria-labelledby={`group-${group.id}`}>
          <h3 id={`group-${group.id}`} className="facts-group__title">
            {group.label} <span className="facts-group__count">({group.facts.length})</span>
          </h3>
          <ul className="facts-group__list">
            {group.facts.map((fact) => (
              <FactItem
                key={fact.id}
                fact={fact}
                lang={lang}
                selected={fact.id === selectedFactId}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const FactItem = memo(function FactItem({
  fact,
  lang,
  selected,
}: {
  fact: Fact;
  lang: Lang;
  selected: boolean;
}) {
  const store = useViewStoreApi();
  return (
    <li>
      <button
        type="button"
        className="fact-item"
        aria-pressed={selected}
        data-fact-id={fact.id}
        onClick={() => selectFact(store, selected ? null : fact.id)}
      >
        <span className="fact-item__title">
          <Localized text={fact.title} lang={lang} />
        </span>
        <span className="fact-item__time">{formatFactTime(fact.time, lang)}</span>
      </button>
    </li>
  );
});
