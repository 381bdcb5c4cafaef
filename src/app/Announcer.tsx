import { useEffect, useMemo, useState } from 'react';
import { sourceOf } from '@/data/index-source';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import { localize } from '@/domain/text/lang';
import { selectFactsAtPlace } from '@/domain/dataset/selectors';
import { findTour, isShowingStep, tourStep } from '@/domain/view/tour';
import { useFactRows } from '@/state/use-fact-rows';
import { useTranslate } from '@/state/use-translate';
import { useView } from '@/state/view-store';

/**
 * A polite live region that says what got selected, wherever the selection came from (list,
 * map, timeline, Back), or which tour step is shown. Cursor changes are announced by the
 * timeline's own caption.
 */
export function Announcer({ index }: { index: DatasetIndex | undefined }) {
  const { lang, t } = useTranslate();
  const factId = useView((s) => s.selectedFactId);
  // The fact as a row: a Parquet table's title is read when it is selected.
  const factIds = useMemo(() => (factId === null ? [] : [factId]), [factId]);
  const rows = useFactRows(index ? sourceOf(index) : null, factIds);
  const placeId = useView((s) => s.selectedPlaceId);
  const position = useView((s) => s.tour);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!index) return;
    const fact = factId === null ? undefined : rows.get(factId);
    const place = placeId === null ? undefined : index.places.get(placeId);
    const tour = position && findTour(index, position.id);
    const step = tour && tourStep(tour, position.step);
    const onStep = step && isShowingStep({ fact: factId, place: placeId }, step);
    const next = onStep
      ? t('announceTourStep', {
          step: position!.step,
          total: tour!.steps.length,
          text: localize(step.text, lang),
        })
      : fact
        ? t('announceFact', { title: localize(fact.title, lang) })
        : place
          ? t('announcePlace', {
              place: place.name,
              count: selectFactsAtPlace(index, place.id).length,
            })
          : '';
    // Announcing a change is the point of this component: it mirrors the store into text.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage(next);
  }, [index, rows, factId, placeId, position, lang, t]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
