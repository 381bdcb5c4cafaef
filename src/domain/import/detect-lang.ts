import type { Lang } from '../text/lang';

/**
 * The language of an imported file's text, German or English, by its most common short
 * words. Imports rarely say their language (StoryMapJS's `language` does, TimelineJS does
 * not), and a wrong `lang` makes a screen reader mispronounce every title.
 */

const WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set(
    'der die das und ist im in den des dem nicht ein eine einer mit von zu auf für als auch sich sie er es wird wurde bei nach aus über am vom zum zur oder wie'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and is in of to a an on for as with by was were be are from at this that it its his her their or which after into'.split(
      ' ',
    ),
  ),
};

/** Words both languages share ("in") count for neither. */
const SHARED = new Set([...WORDS.de].filter((word) => WORDS.en.has(word)));

/**
 * `de` or `en` from the text's function words; `fallback` when the text is too short or
 * neither wins clearly (German is the data's language).
 */
export function detectLang(texts: readonly string[], fallback: Lang = 'de'): Lang {
  let de = 0;
  let en = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word === '' || SHARED.has(word)) continue;
      if (WORDS.de.has(word)) de += 1;
      else if (WORDS.en.has(word)) en += 1;
    }
  }
  if (de + en < 3) return fallback;
  if (en > de * 1.5) return 'en';
  if (de > en * 1.5) return 'de';
  return fallback;
}

/** A file's declared language ("en", "en-US", "de_DE"), if it is one of ours. */
export function declaredLang(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const base = value.toLowerCase().split(/[-_]/)[0];
  return base === 'de' || base === 'en' ? base : null;
}

/**
 * The dataset's language from what its facts say; what the file declares decides only when
 * the text does not. StoryMapJS's `language` is its viewer's interface language, which its
 * editor writes as "en" by default, whatever the story's own language.
 */
export function datasetTextLang(
  facts: readonly { title: { de: string }; summary?: { de: string } }[],
  declared: Lang | null,
): Lang {
  // A sample is enough: the first 200 facts' titles and summaries.
  return detectLang(
    facts.slice(0, 200).flatMap((fact) => [fact.title.de, fact.summary?.de ?? '']),
    declared ?? 'de',
  );
}
