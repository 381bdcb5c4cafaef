import { useQuery, useQueryClient } from '@tanstack/react-query';
import { keptDatasetsQueryOptions, removeKeptDataset } from '@/data/dataset-query';
import { DatasetStoreError } from '@/data/dataset-store';
import { intlLocale } from '@/domain/time/fact-time';
import { dateTimeFormat } from '@/domain/text/intl-cache';
import { formatNumber } from '@/domain/text/messages';
import { useTranslate } from '@/state/use-translate';
import { openDatasetUrl } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';

/**
 * "Zuletzt geöffnet": the datasets this browser keeps, with title, facts, size and when they
 * were opened; each reopens or is removed. Read only while the open dialog is shown.
 */
export function RecentDatasets({ onChosen }: { onChosen: () => void }) {
  const store = useViewStoreApi();
  const queryClient = useQueryClient();
  const { lang, t } = useTranslate();
  const current = useView((s) => s.dataUrl);
  const kept = useQuery(keptDatasetsQueryOptions());
  const when = dateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' });

  if (kept.error) {
    const reason = kept.error instanceof DatasetStoreError ? kept.error.reason : 'unavailable';
    return <p className="recent-datasets__empty">{t(`storeFailed_${reason}`)}</p>;
  }
  const items = kept.data ?? [];
  return (
    <section className="recent-datasets" aria-labelledby="recent-datasets-title">
      <h3 id="recent-datasets-title" className="recent-datasets__title">
        {t('recentDatasets')}
      </h3>
      {items.length === 0 ? (
        <p className="recent-datasets__empty">
          {kept.isPending ? t('viewLoading') : t('recentNone')}
        </p>
      ) : (
        <ul className="recent-datasets__list">
          {items.map((item) => (
            <li key={item.key}>
              <span className="recent-datasets__name" lang="de">
                {item.title}
              </span>
              <span className="recent-datasets__meta">
                {t('recentMeta', {
                  count: item.facts,
                  size: formatNumber(Math.max(1, Math.round(item.bytes / 1024)), lang),
                  when: when.format(new Date(item.openedAt)),
                  name: item.name,
                })}
              </span>
              <span className="recent-datasets__actions">
                <button
                  type="button"
                  className="button"
                  aria-current={item.key === current || undefined}
                  aria-label={t('recentOpen', { title: item.title })}
                  onClick={() => {
                    openDatasetUrl(store, item.key);
                    onChosen();
                  }}
                >
                  {t('reopen')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('recentRemove', { title: item.title })}
                  onClick={() =>
                    void removeKeptDataset(item.key).finally(() =>
                      queryClient.invalidateQueries({
                        queryKey: keptDatasetsQueryOptions().queryKey,
                      }),
                    )
                  }
                >
                  {t('remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
