import type { MessageKey } from '@/domain/text/messages';
import { useTranslate } from '@/state/use-translate';
import { dismissNotice } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';

/** Says politely which parts of a link were ignored; the rest of the link applied. */
export function LinkNotice() {
  const store = useViewStoreApi();
  const { t } = useTranslate();
  const ignored = useView((s) => s.ignored);
  // The live region stays in the page, so its later content is announced.
  return (
    <div className="link-notice" role="status">
      {ignored.length > 0 ? (
        <div className="link-notice__body">
          <p>{t('noticeTitle')}</p>
          <ul>
            {ignored.map((item, i) => (
              <li key={i}>
                <code>{item.param}</code>:{' '}
                {t(`ignored_${item.reason}` as MessageKey, { value: item.value })}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => dismissNotice(store)}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
