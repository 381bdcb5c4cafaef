import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from '@/domain/text/lang';

/**
 * The language of the open dataset's own text (its `lang`, default German): what the `lang`
 * attribute says of quotes, names and untranslated text, so a screen reader pronounces an
 * English import as English in the German UI and German text as German in the English one.
 */
const DataLangContext = createContext<Lang>('de');

export function DataLangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <DataLangContext.Provider value={lang}>{children}</DataLangContext.Provider>;
}

/** The language of the dataset's own text. */
export function useDataLang(): Lang {
  return useContext(DataLangContext);
}
