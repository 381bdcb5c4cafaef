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

/**
 * A reason or note: a plain string (German, as in the first datasets) or a LocalizedText.
 * Both stay valid in the format; readers go through `asLocalizedText`.
 */
export type LocalizableText = string | LocalizedText;

/** A plain string is the German original without a translation. */
export function asLocalizedText(text: LocalizableText): LocalizedText {
  return typeof text === 'string' ? { de: text } : text;
}

/** The text in `lang`, falling back to the German original. */
export function localize(text: LocalizableText, lang: Lang): string {
  const localized = asLocalizedText(text);
  return (lang === 'en' ? localized.en : undefined) ?? localized.de;
}

/** The text in `lang` and the language it is actually in, for the `lang` attribute. */
export function localizeWithLang(
  text: LocalizableText,
  lang: Lang,
  originalLang: Lang = 'de',
): { text: string; lang: Lang } {
  const localized = asLocalizedText(text);
  return lang === 'en' && localized.en !== undefined
    ? { text: localized.en, lang: 'en' }
    : { text: localized.de, lang: originalLang };
}
