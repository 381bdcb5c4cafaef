import {
  formatPartialDate,
  parsePartialDate,
  partialDateInterval,
  type Interval,
  type PartialDate,
} from './partial-date';
import type { Lang, LocalizableText } from '../text/lang';

/**
 * Flags every kind of fact time may carry; `inferred` holds the reason the date is not stated,
 * `inferredPart` narrows it to the part that is not ("asOf": "seit 2014" is stated).
 */
export interface TimeFlags {
  readonly approximate?: boolean;
  readonly inferred?: LocalizableText;
  readonly inferredPart?: 'asOf';
}

/**
 * When a fact holds, as the source says it:
 * - `point`: an event at a (partial) date;
 * - `range`: from start to end, both inclusive at their precision ("1989 bis 1999");
 * - `ongoing`: since `start`, still true as of `asOf` ("seit 2014", stated in 2023);
 * - `asOf`: known to hold at `date`, start and end unknown ("Mitglied: Kulturbahnhof").
 */
export type FactTime =
  | ({ readonly type: 'point'; readonly date: string } & TimeFlags)
  | ({ readonly type: 'range'; readonly start: string; readonly end: string } & TimeFlags)
  | ({ readonly type: 'ongoing'; readonly start: string; readonly asOf: string } & TimeFlags)
  | ({ readonly type: 'asOf'; readonly date: string } & TimeFlags);

function parsed(text: string): PartialDate {
  const date = parsePartialDate(text);
  // The schema validates every date before a FactTime reaches this module.
  if (!date) throw new RangeError(`Invalid partial date: ${text}`);
  return date;
}

/**
 * The interval in which the fact is known to hold. An ongoing range ends with its `asOf`
 * date: after that the source says nothing, so the fact is not claimed to be active.
 */
export function factTimeInterval(time: FactTime): Interval {
  switch (time.type) {
    case 'point':
    case 'asOf':
      return partialDateInterval(parsed(time.date));
    case 'range':
      return {
        start: partialDateInterval(parsed(time.start)).start,
        end: partialDateInterval(parsed(time.end)).end,
      };
    case 'ongoing':
      return {
        start: partialDateInterval(parsed(time.start)).start,
        end: partialDateInterval(parsed(time.asOf)).end,
      };
  }
}

/** Every ISO date string the time refers to, for validation. */
export function factTimeDates(time: FactTime): readonly string[] {
  switch (time.type) {
    case 'point':
    case 'asOf':
      return [time.date];
    case 'range':
      return [time.start, time.end];
    case 'ongoing':
      return [time.start, time.asOf];
  }
}

/** The date a time starts at, as written (`1999`, `2018-03-19`); `undefined` without a time. */
export function factTimeStart(time: FactTime | undefined): string | undefined {
  if (!time) return undefined;
  return time.type === 'range' || time.type === 'ongoing' ? time.start : time.date;
}

const WORDS = {
  de: { since: 'seit', asOf: 'Stand', approx: 'ca.', undated: 'ohne Datum' },
  en: { since: 'since', asOf: 'as of', approx: 'c.', undated: 'no date' },
} as const;

/** The locale `Intl` formats with for a UI language. */
export function intlLocale(lang: Lang): string {
  return lang === 'de' ? 'de-DE' : 'en-GB';
}

/**
 * The time as people read it: "1989–1999", "seit 2014", "19.03.2018", "Stand 2023",
 * with "ca." for approximate times. Ranges keep each end at its own precision. A fact
 * without a time reads "ohne Datum" / "no date".
 */
export function formatFactTime(time: FactTime | undefined, lang: Lang): string {
  if (!time) return WORDS[lang].undated;
  const locale = intlLocale(lang);
  const words = WORDS[lang];
  const format = (text: string) => formatPartialDate(parsed(text), locale);
  let label: string;
  switch (time.type) {
    case 'point':
      label = format(time.date);
      break;
    case 'range':
      label =
        time.start === time.end ? format(time.start) : `${format(time.start)}–${format(time.end)}`;
      break;
    case 'ongoing':
      label = `${words.since} ${format(time.start)}`;
      break;
    case 'asOf':
      label = `${words.asOf} ${format(time.date)}`;
      break;
  }
  return time.approximate ? `${words.approx} ${label}` : label;
}

/**
 * The time with what is inferred marked, for texts that cannot show the reason beside it
 * (page descriptions, previews): "19.03.2018 (erschlossen)", "seit 2014, Stand 2023
 * (erschlossen)" when only the "as of" is inferred, "seit 2021" when nothing is.
 */
export function formatFactTimeClaim(
  time: FactTime | undefined,
  lang: Lang,
  inferredWord: string,
): string {
  const when = formatFactTime(time, lang);
  if (!time?.inferred) return when;
  if (time.inferredPart === 'asOf' && time.type === 'ongoing') {
    return `${when}, ${formatAsOf(time, lang)} (${inferredWord})`;
  }
  return `${when} (${inferredWord})`;
}

/** For ongoing times: "Stand 2023" — when the source last said it was still true. */
export function formatAsOf(time: FactTime | undefined, lang: Lang): string | null {
  if (time?.type !== 'ongoing') return null;
  return `${WORDS[lang].asOf} ${formatPartialDate(parsed(time.asOf), intlLocale(lang))}`;
}
