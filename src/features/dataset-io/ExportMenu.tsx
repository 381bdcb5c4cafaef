import { useState } from 'react';
import { EXPORT_LIMIT, isProvided, withRows } from '@/data/index-source';
import { formatNumber } from '@/domain/text/messages';
import { isDayDated } from '@/domain/output/day-date';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import { datasetToGeoJson, subsetDataset } from '@/domain/output/export';
import { useMatchingFacts } from '@/state/use-matching-facts';
import { factUrl } from '@/state/share-link';
import { useTranslate } from '@/state/use-translate';
import { useViewStoreApi } from '@/state/view-store';
import { Disclosure } from '@/ui/Disclosure';
import { download } from '@/ui/download';

/**
 * Downloads the facts that pass the search and filters: as dataset JSON, CSV or GeoJSON, the
 * sources they cite as CSL-JSON, and those with a day date as a calendar.
 */
export function ExportMenu({ index: shown }: { index: DatasetIndex }) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const matching = useMatchingFacts();
  const count = matching === null ? shown.dataset.facts.length : matching.size;
  // A Parquet table's text is read for the export, at most EXPORT_LIMIT facts of it.
  const tooMany = isProvided(shown) && count > EXPORT_LIMIT;
  const [busy, setBusy] = useState(false);
  /** Runs an export on the dataset with the filtered facts' text (read first if need be). */
  const exporting = (write: (index: DatasetIndex) => void | Promise<void>) => async () => {
    setBusy(true);
    try {
      await write(await withRows(shown, matching));
    } finally {
      setBusy(false);
    }
  };
  const subsetOf = (index: DatasetIndex) => subsetDataset(index, matching);
  // How many of the filtered facts the calendar leaves out (no day date), said in the menu;
  // counted only while the menu is open.
  const undated = () =>
    shown.dataset.facts.filter((f) => (matching === null || matching.has(f.id)) && !isDayDated(f))
      .length;
  return (
    <div className="export-menu">
      <Disclosure label={t('export')} className="export-menu__panel">
        {({ open }) => (
          <>
            <p>{t('exportHint', { count })}</p>
            {tooMany ? (
              <p className="export-menu__note" role="status">
                {t('exportTooMany', { limit: formatNumber(EXPORT_LIMIT, lang) })}
              </p>
            ) : null}
            <button
              type="button"
              className="button"
              disabled={tooMany || busy}
              onClick={exporting((index) =>
                download(
                  'kartenchronik.json',
                  'application/json',
                  `${JSON.stringify(subsetOf(index), null, 1)}\n`,
                ),
              )}
            >
              {t('exportJson')}
            </button>
            <button
              type="button"
              className="button"
              disabled={tooMany || busy}
              onClick={exporting(async (index) => {
                // With the CSV reader and the validation it shares: not part of the first load.
                const { datasetToCsv } = await import('@/domain/import/csv-dataset');
                download('kartenchronik.csv', 'text/csv', datasetToCsv(subsetOf(index)));
              })}
            >
              {t('exportCsv')}
            </button>
            <button
              type="button"
              className="button"
              disabled={tooMany || busy}
              onClick={exporting((index) =>
                download(
                  'kartenchronik.geojson',
                  'application/geo+json',
                  `${JSON.stringify(datasetToGeoJson(index, matching))}\n`,
                ),
              )}
            >
              {t('exportGeoJson')}
            </button>
            <button
              type="button"
              className="button"
              disabled={tooMany || busy}
              onClick={exporting(async (index) => {
                // The writers load on demand: nothing of them is in the first load.
                const { sourceToCsl } = await import('@/domain/output/citation');
                const accessed = new Date();
                const cited = new Set(
                  subsetOf(index).facts.flatMap((f) => f.evidence.map((e) => e.source)),
                );
                const items = index.dataset.sources
                  .filter((source) => cited.has(source.id))
                  .map((source) => sourceToCsl(source, accessed));
                download(
                  'kartenchronik-zitate.csl.json',
                  'application/vnd.citationstyles.csl+json',
                  `${JSON.stringify(items, null, 1)}\n`,
                );
              })}
            >
              {t('exportCitations')}
            </button>
            <button
              type="button"
              className="button"
              disabled={tooMany || busy}
              onClick={exporting(async (index) => {
                const { factsToIcs } = await import('@/domain/output/calendar');
                const view = store.getState();
                const { text } = factsToIcs(index, matching, {
                  linkOf: (id) => factUrl(view, index, id),
                  now: new Date(),
                });
                download('kartenchronik.ics', 'text/calendar', text);
              })}
            >
              {t('exportCalendar')}
            </button>
            {open && undated() > 0 ? (
              <p className="export-menu__note">{t('exportCalendarHint', { count: undated() })}</p>
            ) : null}
          </>
        )}
      </Disclosure>
    </div>
  );
}
