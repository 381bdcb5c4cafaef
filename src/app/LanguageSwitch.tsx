import { LANGS } from '@/domain/text/lang';
import { setLang } from '@/state/view-actions';
import { useTranslate } from '@/state/use-translate';
import { useViewStoreApi } from '@/state/view-store';

const NAMES = { de: 'Deutsch', en: 'English' } as const;

export function LanguageSwitch() {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switch__button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => setLang(store, option)}
        >
          <span aria-hidden="true">{option.toUpperCase()}</span>
          <span className="visually-hidden">{NAMES[option]}</span>
        </button>
      ))}
    </div>
  );
}
