import { useId, useState } from 'react';
import { importOf } from '@/data/dataset-query';
import { sourceOf } from '@/data/index-source';
import { describeIssue } from '@/domain/dataset/dataset-issue';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { AmbiguousPlace, GazetteerCandidate } from '@/domain/import/import-report';
import type { Lang } from '@/domain/text/lang';
import { formatNumber, type MessageKey, type Translate } from '@/domain/text/messages';
import { useTranslate } from '@/state/use-translate';

/**
 * What the open dialog says after an import or a lookup of places by name: the format it
 * recognised with its counts, what it could not carry over, and the places found, not found or
 * ambiguous (a choice of towns for each ambiguous name).
 */
export function ImportSummary({
  index,
  onChoosePlace,
}: {
  index: DatasetIndex;
  onChoosePlace: (placeId: string, coordinates: readonly [number, number]) => void;
}) {
  const { lang, t } = useTranslate();
  const [dismissed, setDismissed] = useState<object | null>(null);
  const info = importOf(index);
  if (!info || dismissed === info) return null;
  const { report, lookup } = info;
  const notes: string[] = [];
  if (report) {
    if (report.undated > 0) notes.push(t('importUndated', { count: report.undated }));
    if (report.unreadDates > 0) notes.push(t('importUnreadDates', { count: report.unreadDates }));
    if (report.reducedDates > 0)
      notes.push(t('importReducedDates', { count: report.reducedDates }));
    if (report.invalidCoordinates > 0)
      notes.push(
        t(
          report.format === 'storymap'
            ? 'importInvalidCoordinates_storymap'
            : 'importInvalidCoordinates_geojson',
          { count: report.invalidCoordinates },
        ),
      );
    if (report.pointsFromShapes > 0)
      notes.push(t('importShapes', { count: report.pointsFromShapes }));
    if (report.skipped > 0)
      notes.push(
        t(report.format === 'parquet' ? 'importSkippedRows' : 'importSkipped', {
          count: report.skipped,
        }),
      );
    for (const issue of report.issues ?? []) notes.push(describeIssue(issue, lang));
    if (report.dropped.length > 0)
      notes.push(t('importDropped', { fields: report.dropped.join(', ') }));
    // A Parquet table's quotes are not read when it opens: the footer counts them.
    const quoteless =
      report.format === 'parquet'
        ? sourceOf(index).counts.unquoted === index.dataset.facts.length
        : index.dataset.facts.every((fact) => fact.evidence.every((e) => e.quote === undefined));
    if (quoteless) {
      notes.push(t('importNoQuotes'));
    }
  }
  const summary = report
    ? [
        t(`importItems_${report.format}` as MessageKey, { count: report.items }),
        ...(report.eras > 0 ? [t('importEras', { count: report.eras })] : []),
        ...(report.format === 'storymap' && (index.dataset.tours?.length ?? 0) > 0
          ? [t('importTour')]
          : []),
      ].join(', ')
    : '';
  return (
    <section className="import-summary" aria-label={t('importSummaryLabel')}>
      {report ? (
        <p className="import-summary__title">
          {t(`importRecognised_${report.format}` as MessageKey, { summary })}
        </p>
      ) : null}
      {notes.length > 0 ? (
        <ul className="import-summary__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {lookup ? (
        <div className="import-summary__places">
          {lookup.unavailable ? <p>{t('gazetteerUnavailable')}</p> : null}
          {lookup.found > 0 ? <p>{t('placesFound', { count: lookup.found })}</p> : null}
          {lookup.ambiguous.map((place) => (
            <PlaceChoice
              key={place.placeId}
              index={index}
              place={place}
              lang={lang}
              t={t}
              onChoose={onChoosePlace}
            />
          ))}
          {lookup.unmatched.length > 0 ? (
            <p>
              {t(lookup.unavailable ? 'placesNotLookedUp' : 'placesUnmatched', {
                names: lookup.unmatched.map((p) => p.name).join(', '),
              })}
            </p>
          ) : null}
          <p className="import-summary__credit">{t('gazetteerCredit')}</p>
        </div>
      ) : null}
      <button type="button" className="button" onClick={() => setDismissed(info)}>
        {t('close')}
      </button>
    </section>
  );
}

function candidateLabel(candidate: GazetteerCandidate, lang: Lang, t: Translate): string {
  let country = candidate.country;
  try {
    country = new Intl.DisplayNames([lang], { type: 'region' }).of(candidate.country) ?? country;
  } catch {
    // An unknown code is shown as it is.
  }
  return t('placeCandidate', {
    name: candidate.name,
    region: candidate.region,
    country,
    population: formatNumber(candidate.population, lang),
  });
}

/** "Altenburg: 2 Orte" and a choice of them; the one drawn now is selected. */
function PlaceChoice({
  index,
  place,
  lang,
  t,
  onChoose,
}: {
  index: DatasetIndex;
  place: AmbiguousPlace;
  lang: Lang;
  t: Translate;
  onChoose: (placeId: string, coordinates: readonly [number, number]) => void;
}) {
  const id = useId();
  const drawn = index.places.get(place.placeId)?.coordinates;
  const chosen = Math.max(
    0,
    place.candidates.findIndex(
      (c) => drawn && c.coordinates[0] === drawn[0] && c.coordinates[1] === drawn[1],
    ),
  );
  return (
    <p className="import-summary__choice">
      <label htmlFor={id}>
        {t('placeAmbiguous', { name: place.name, count: place.candidates.length })}
      </label>{' '}
      <select
        id={id}
        value={chosen}
        onChange={(event) => {
          const candidate = place.candidates[Number(event.target.value)];
          if (candidate) onChoose(place.placeId, candidate.coordinates);
        }}
      >
        {place.candidates.map((candidate, i) => (
          <option key={i} value={i}>
            {candidateLabel(candidate, lang, t)}
          </option>
        ))}
      </select>
    </p>
  );
}
