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
export function ExportMenu({ index }: { index: DatasetIndex }) {
  const store = useViewStoreApi();
  const { t } = useTranslate();
  const matching = useMatchingFacts();
  const count = matching === null ? index.dataset.facts.length : matching.size;
  const subset = () => subsetDataset(index, matching);
  // How many of the filtered facts the calendar leaves out (no day date), said in the menu;
  // counted only while the menu is open.
  const undated = () =>
    index.dataset.facts.filter((f) => (matching === null || matching.has(f.id)) && !isDayDated(f))
      .length;
  return (
    <div className="export-menu">
      <Disclosure label={t('export')} className="export-menu__panel">
        {({ open }) => (
          <>
            <p>{t('exportHint', { count })}</p>
            <button
              type="button"
              className="button"
              onClick={() =>
                download(
                  'kartenchronik.json',
                  'application/json',
                  `${JSON.stringify(subset(), null, 1)}\n`,
                )
              }
            >
              {t('exportJson')}
            </button>
            <button
              type="button"
              className="button"
              onClick={async () => {
                // With the CSV reader and the validation it shares: not part of the first load.
                const { datasetToCsv } = await import('@/domain/import/csv-dataset');
                download('kartenchronik.csv', 'text/csv', datasetToCsv(subset()));
              }}
            >
              {t('exportCsv')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                download(
                  'kartenchronik.geojson',
                  'application/geo+json',
                  `${JSON.stringify(datasetToGeoJson(index, matching))}\n`,
                )
              }
            >
              {t('exportGeoJson')}
            </button>
            <button
              type="button"
              className="button"
              onClick={async () => {
                // The writers load on demand: nothing of them is in the first load.
                const { sourceToCsl } = await import('@/domain/output/citation');
                const accessed = new Date();
                const cited = new Set(
                  subset().facts.flatMap((f) => f.evidence.map((e) => e.source)),
                );
                const items = index.dataset.sources
                  .filter((source) => cited.has(source.id))
                  .map((source) => sourceToCsl(source, accessed));
                download(
                  'kartenchronik-zitate.csl.json',
                  'application/vnd.citationstyles.csl+json',
                  `${JSON.stringify(items, null, 1)}\n`,
                );
              }}
            >
              {t('exportCitations')}
            </button>
            <button
              type="button"
              className="button"
              onClick={async () => {
                const { factsToIcs } = await import('@/domain/output/calendar');
                const view = store.getState();
                const { text } = factsToIcs(index, matching, {
                  linkOf: (id) => factUrl(view, index, id),
                  now: new Date(),
                });
                download('kartenchronik.ics', 'text/calendar', text);
              }}
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
