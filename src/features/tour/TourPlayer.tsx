import { useMemo, type KeyboardEvent } from 'react';
import { sourceOf } from '@/data/index-source';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { Fact } from '@/domain/dataset/dataset-schema';
import { formatFactTime } from '@/domain/time/fact-time';
import type { Lang } from '@/domain/text/lang';
import type { Translate } from '@/domain/text/messages';
import { selectPlacesOfFact } from '@/domain/dataset/selectors';
import { findTour, isShowingStep, tourStep } from '@/domain/view/tour';
import { useFactRows } from '@/state/use-fact-rows';
import { useTranslate } from '@/state/use-translate';
import { endTour, showTourStep } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Localized } from '@/ui/Localized';
import { useDataLang } from '@/ui/data-lang';
import { TOUR_BUTTON_ID } from './TourButton';

/**
 * The "Rundgang" region while a tour runs: its title, "Schritt 2 von 8", the step's text and
 * fact, and Back / Next / End. Left and Right step while focus is inside; Escape ends it.
 * Buttons at the ends are `aria-disabled`, not disabled, so focus stays where it was.
 */
export function TourPlayer({ index, detailsId }: { index: DatasetIndex; detailsId: string }) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const position = useView((s) => s.tour);
  const selectedFact = useView((s) => s.selectedFactId);
  const selectedPlace = useView((s) => s.selectedPlaceId);
  const tour = position && findTour(index, position.id);
  const step = tour && tourStep(tour, position.step);
  // The step's fact as a row: a Parquet table's text is read when the step shows.
  const stepFact = step?.fact;
  const factIds = useMemo(() => (stepFact === undefined ? [] : [stepFact]), [stepFact]);
  const rows = useFactRows(sourceOf(index), factIds);
  if (!position || !tour || !step) return null;

  const total = tour.steps.length;
  const showing = isShowingStep({ fact: selectedFact, place: selectedPlace }, step);
  const go = (n: number) => {
    if (n >= 1 && n <= total) showTourStep(store, index, tour.id, n);
  };
  const end = () => {
    endTour(store);
    // The region goes with the tour; focus returns to the button that starts it (in an
    // embedded app, without a header, to the details).
    requestAnimationFrame(() => {
      const button = document.getElementById(TOUR_BUTTON_ID);
      (button?.checkVisibility() ? button : document.getElementById(detailsId))?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      go(position.step + (event.key === 'ArrowLeft' ? -1 : 1));
    } else if (event.key === 'Escape') {
      // Handled here: the app's Escape (clear the selection) must not run as well.
      event.preventDefault();
      end();
    }
  };
  const fact = step.fact === undefined ? undefined : rows.get(step.fact);
  const place = step.place === undefined ? undefined : index.places.get(step.place);
  const atStart = position.step <= 1;
  const atEnd = position.step >= total;

  return (
    <section className="tour" aria-labelledby="tour-region-title" onKeyDown={onKeyDown}>
      <h2 id="tour-region-title" className="visually-hidden">
        {t('tour')}
      </h2>
      <p className="tour__title">
        <Localized text={tour.title} lang={lang} />
      </p>
      <p className="tour__position">{t('tourStepOf', { step: position.step, total })}</p>
      <div className="tour__controls">
        <button
          type="button"
          className="button"
          aria-disabled={atStart || undefined}
          onClick={() => go(position.step - 1)}
        >
          {t('tourBack')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={atEnd || undefined}
          onClick={() => go(position.step + 1)}
        >
          {t('tourNext')}
        </button>
        <button type="button" className="button" onClick={end}>
          {/* On a phone the row shows the symbol; the label stays the button's name. */}
          <span className="tour__end-symbol" aria-hidden="true">
            ✕
          </span>
          <span className="tour__end-label">{t('tourEnd')}</span>
        </button>
      </div>
      <p className="tour__text">
        <Localized text={step.text} lang={lang} />
      </p>
      {fact ? (
        <StepFact
          index={index}
          fact={fact}
          lang={lang}
          t={t}
          onShowDetails={() => document.getElementById(detailsId)?.focus()}
        />
      ) : place ? (
        <p className="tour__fact-title" lang={index.dataset.lang ?? 'de'}>
          {place.name}
        </p>
      ) : null}
      {showing ? null : (
        <div className="tour__paused">
          <p>{t('tourPaused')}</p>
          <button type="button" className="link-button" onClick={() => go(position.step)}>
            {t('tourShowStep', { step: position.step })}
          </button>
        </div>
      )}
      <p className="tour__keys">{t('tourKeys')}</p>
    </section>
  );
}

/** The step's fact in brief: title, time and places; its quotes are in the details below. */
function StepFact({
  index,
  fact,
  lang,
  t,
  onShowDetails,
}: {
  index: DatasetIndex;
  fact: Fact;
  lang: Lang;
  t: Translate;
  onShowDetails: () => void;
}) {
  const places = selectPlacesOfFact(index, fact.id);
  const dataLang = useDataLang();
  return (
    <div className="tour__fact">
      <p className="tour__fact-title">
        <Localized text={fact.title} lang={lang} />
      </p>
      <p className="tour__fact-meta">
        <span>{formatFactTime(fact.time, lang)}</span>
        {fact.time?.inferred ? <span className="badge">{t('inferred')}</span> : null}
        {places.length > 0 ? (
          <span>
            {' · '}
            {places.map((place, i) => (
              <span key={place.id}>
                {i > 0 ? ', ' : ''}
                <span lang={dataLang}>{place.name}</span>
                {fact.placesInferred?.[place.id] ? ` (${t('inferred')})` : ''}
              </span>
            ))}
          </span>
        ) : null}
      </p>
      <button type="button" className="link-button tour__hint" onClick={onShowDetails}>
        {t('tourFactInDetails', { count: fact.evidence.length })}
      </button>
    </div>
  );
}
