import type { FactSource } from '@/domain/dataset/fact-source';
import { localizeWithLang } from '@/domain/text/lang';
import { formatNumber } from '@/domain/text/messages';
import { useFactMatch } from '@/state/use-matching-facts';
import { useTranslate } from '@/state/use-translate';
import { clearFilters, setQuery, setQuotedOnly, toggleCategory } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';

/** Search box, category toggles with counts, and "12 von 31 Fakten": filters for every view. */
export function FilterBar({ source }: { source: FactSource }) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const query = useView((s) => s.query);
  const chosen = useView((s) => s.categories);
  // Counted with the search the views apply (AppliedQuery), not on every keystroke.
  const { ids: matching, counts } = useFactMatch();
  const total = source.counts.facts;
  const quotedOnly = useView((s) => s.quotedOnly);
  const unquoted = source.counts.unquoted;
  const shown = matching === null ? total : matching.size;
  return (
    <div className="filter-bar">
      <div className="filter-bar__search">
        <label htmlFor="fact-search">{t('search')}</label>
        <input
          id="fact-search"
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => setQuery(store, event.target.value)}
          onKeyDown={(event) => {
            // Escape empties the box first; the global Escape (clear selection) comes after.
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              setQuery(store, '');
            }
          }}
        />
      </div>
      <div className="filter-bar__categories" role="group" aria-label={t('categories')}>
        {source.meta.categories.map((category) => {
          const label = localizeWithLang(category.label, lang);
          return (
            <button
              key={category.id}
              type="button"
              className="chip"
              aria-pressed={chosen.includes(category.id)}
              data-category={category.id}
              onClick={() => toggleCategory(store, category.id)}
            >
              {category.color ? (
                // A swatch of the dataset's colour; set through the DOM, which the CSP allows.
                <span
                  className="chip__swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: category.color }}
                />
              ) : null}
              <span lang={label.lang === lang ? undefined : label.lang}>{label.text}</span>{' '}
              <span className="chip__count">
                {formatNumber(counts.get(category.id) ?? 0, lang)}
              </span>
            </button>
          );
        })}
      </div>
      {unquoted > 0 ? (
        <p className="filter-bar__quoted">
          <input
            id="hide-unquoted"
            type="checkbox"
            checked={quotedOnly}
            onChange={(event) => setQuotedOnly(store, event.target.checked)}
          />{' '}
          <label htmlFor="hide-unquoted">{t('hideUnquoted', { count: unquoted })}</label>
        </p>
      ) : null}
      <p className="filter-bar__count">
        {t('matchCount', { shown, count: total })}
        {matching !== null ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => clearFilters(store)}>
              {t('clearFilters')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
