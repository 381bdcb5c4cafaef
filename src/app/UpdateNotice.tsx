import { useTranslate } from '@/state/use-translate';
import { reloadToUpdate, useUpdateWaiting } from './service-worker';

/** "Neue Version verfügbar — neu laden": the reader decides when; nothing reloads by itself. */
export function UpdateNotice() {
  const { t } = useTranslate();
  const waiting = useUpdateWaiting();
  return (
    <div className="update-notice" role="status">
      {waiting ? (
        <p className="update-notice__body">
          {t('updateAvailable')}{' '}
          <button type="button" className="button button--primary" onClick={reloadToUpdate}>
            {t('updateReload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
