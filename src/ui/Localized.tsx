import { localizeWithLang, type Lang, type LocalizableText } from '@/domain/text/lang';
import { useDataLang } from './data-lang';

/**
 * Dataset text in the UI language. When only the original exists (in the dataset's `lang`),
 * it is marked with that language, so a screen reader in English reads German text with
 * German pronunciation, and an English import in the German UI as English.
 */
export function Localized({ text, lang }: { text: LocalizableText; lang: Lang }) {
  const shown = localizeWithLang(text, lang, useDataLang());
  return <span lang={shown.lang === lang ? undefined : shown.lang}>{shown.text}</span>;
}
