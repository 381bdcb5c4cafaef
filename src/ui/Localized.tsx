import { localizeWithLang, type Lang, type LocalizedText } from '@/domain/lang';

/**
 * Dataset text in the UI language. When only the German original exists, it is marked
 * `lang="de"` so a screen reader in English reads it with German pronunciation.
 */
export function Localized({ text, lang }: { text: LocalizedText; lang: Lang }) {
  const shown = localizeWithLang(text, lang);
  return <span lang={shown.lang === lang ? undefined : shown.lang}>{shown.text}</span>;
}
