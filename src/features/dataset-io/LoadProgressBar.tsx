import { useEffect, useState } from 'react';
import type { RunningLoad } from '@/data/load-progress';
import { useRunningLoad } from './use-running-load';
import { formatMegabytes, type Translate } from '@/domain/text/messages';
import type { Lang } from '@/domain/text/lang';
import { useTranslate } from '@/state/use-translate';

/** Loads shorter than this show no indicator: the bundled dataset would only flash it. */
const SHOW_AFTER_MS = 300;

/** The file name of an address or path ("facts-100000.json"), for the one-line status. */
function shortName(name: string): string {
  return name.replace(/[?#].*$/, '').replace(/^.*\//, '') || name;
}

function describe(load: RunningLoad, lang: Lang, t: Translate): string {
  const name = shortName(load.name);
  const { phase, loaded, total } = load.progress;
  if (phase === 'loading') {
    return total === null
      ? t('loadPhase_loadingUnknown', { name, loaded: formatMegabytes(loaded, lang) })
      : t('loadPhase_loading', {
          name,
          loaded: formatMegabytes(loaded, lang),
          total: formatMegabytes(total, lang),
        });
  }
  if (phase === 'checking') return t('loadPhase_checking', { name });
  if (phase === 'reading') return t('loadPhase_reading', { name });
  if (phase === 'preparing') return t('loadPhase_preparing', { name });
  return t('loadPhase_building', {
    name,
    percent: total ? Math.floor((loaded / total) * 100) : 0,
  });
}

/**
 * While a dataset opens (in the worker): its phase, a progress bar and "Laden abbrechen",
 * which stops the load and keeps the dataset in use. The page stays usable meanwhile.
 */
export function LoadProgressBar() {
  const { lang, t } = useTranslate();
  const load = useRunningLoad();
  const [shownFor, setShownFor] = useState<RunningLoad['cancel'] | null>(null);
  useEffect(() => {
    if (!load) return;
    const timer = setTimeout(() => setShownFor(() => load.cancel), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
    // One timer per load (its cancel function is its identity), not per progress report.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load?.cancel]);
  if (!load || shownFor !== load.cancel) return null;
  const { phase, loaded, total } = load.progress;
  // The bar is indeterminate while checking: validation reports no steps.
  const value =
    phase === 'checking' || phase === 'reading' || phase === 'preparing' || !total
      ? undefined
      : loaded / total;
  return (
    <div className="load-progress">
      <p className="load-progress__text">{describe(load, lang, t)}</p>
      {/* Announced once per phase, not at every byte count. */}
      <p className="visually-hidden" role="status">
        {t(
          phase === 'loading' || phase === 'reading'
            ? 'loadPhase_reading'
            : phase === 'checking'
              ? 'loadPhase_checking'
              : 'loadPhase_preparing',
          { name: shortName(load.name) },
        )}
      </p>
      <progress
        className="load-progress__bar"
        aria-label={t('loadProgress')}
        max={1}
        {...(value === undefined ? {} : { value })}
      />
      <button type="button" className="button" onClick={() => load.cancel()}>
        {t('loadCancel')}
      </button>
    </div>
  );
}
