import { datasetToCsv } from '@/domain/csv-dataset';
import type { DatasetIndex } from '@/domain/dataset-index';
import { datasetToGeoJson, subsetDataset } from '@/domain/export';
import { useMatchingFacts } from '@/state/use-matching-facts';
import { useTranslate } from '@/state/use-translate';
import { Disclosure } from '@/ui/Disclosure';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not at once: the browser reads the blob after this task has ended.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads the facts that pass the search and filters, as dataset JSON, CSV or GeoJSON. */
export function ExportMenu({ index }: { index: DatasetIndex }) {
  const { t } = useTranslate();
  const matching = useMatchingFacts(index);
  const count = matching === null ? index.dataset.facts.length : matching.size;
  const subset = () => subsetDataset(index, matching);
  return (
    <div className="export-menu">
      <Disclosure label={t('export')} className="export-menu__panel">
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
          onClick={() => download('kartenchronik.csv', 'text/csv', datasetToCsv(subset()))}
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
      </Disclosure>
    </div>
  );
}
