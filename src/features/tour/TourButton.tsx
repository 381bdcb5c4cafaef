import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import { localizeWithLang } from '@/domain/text/lang';
import { useTranslate } from '@/state/use-translate';
import { showTourStep } from '@/state/view-actions';
import { useViewStoreApi } from '@/state/view-store';
import { Disclosure } from '@/ui/Disclosure';

/** The header's tour button gets this id: ending a tour returns focus to it. */
export const TOUR_BUTTON_ID = 'tour-button';

/**
 * "Rundgang" in the header when the dataset has a tour: starts it at step 1. With several
 * tours it opens a menu of their titles.
 */
export function TourButton({ index }: { index: DatasetIndex }) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const tours = index.dataset.tours ?? [];
  if (tours.length === 0) return null;
  if (tours.length === 1) {
    return (
      <button
        type="button"
        id={TOUR_BUTTON_ID}
        className="button"
        onClick={() => showTourStep(store, index, tours[0]!.id, 1)}
      >
        {t('tour')}
      </button>
    );
  }
  return (
    <div className="export-menu">
      <Disclosure label={t('tour')} className="export-menu__panel" id={TOUR_BUTTON_ID}>
        {({ close }) =>
          tours.map((tour) => {
            const title = localizeWithLang(tour.title, lang);
            return (
              <button
                key={tour.id}
                type="button"
                className="button"
                lang={title.lang === lang ? undefined : title.lang}
                onClick={() => {
                  close();
                  showTourStep(store, index, tour.id, 1);
                }}
              >
                {title.text}
              </button>
            );
          })
        }
      </Disclosure>
    </div>
  );
}

/** The overview's start button for one tour, named by the tour's title. */
export function TourStartButton({ index, tourId }: { index: DatasetIndex; tourId: string }) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const tour = index.dataset.tours?.find((item) => item.id === tourId);
  if (!tour) return null;
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => showTourStep(store, index, tour.id, 1)}
    >
      {t('tourStart', { title: localizeWithLang(tour.title, lang).text })}
    </button>
  );
}
