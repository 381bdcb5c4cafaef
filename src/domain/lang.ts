/** The UI languages. German is the data's language and the fallback. */
export type Lang = 'de' | 'en';

export const LANGS: readonly Lang[] = ['de', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/** `de-AT` → `de`; anything that is neither German nor English → `null`. */
export function langFromLocale(locale: string | undefined): Lang | null {
  const base = locale?.toLowerCase().split('-')[0];
  return isLang(base) ? base : null;
}

/** Text with a German original and an optional English translation. */
export interface LocalizedText {
  readonly de: string;
  readonly en?: string;
}

/** The text in `lang`, falling back to the German original. */
export function localize(text: LocalizedText, lang: Lang): string {
  return (lang === 'en' ? text.en : undefined) ?? text.de;
}

/** The text in `lang` and the language it is actually in, for the `lang` attribute. */
export function localizeWithLang(text: LocalizedText, lang: Lang): { text: string; lang: Lang } {
  return lang === 'en' && text.en !== undefined
    ? { text: text.en, lang: 'en' }
    : { text: text.de, lang: 'de' };
}
