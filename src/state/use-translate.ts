import { useMemo } from 'react';
import { createTranslate, type Translate } from '@/domain/text/messages';
import type { Lang } from '@/domain/text/lang';
import { useView } from './view-store';

/** The UI language and its translator; re-renders only when the language changes. */
export function useTranslate(): { lang: Lang; t: Translate } {
  const lang = useView((s) => s.lang);
  const t = useMemo(() => createTranslate(lang), [lang]);
  return { lang, t };
}
