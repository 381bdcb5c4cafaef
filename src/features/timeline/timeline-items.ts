import type { FactSource } from '@/domain/dataset/fact-source';
import type { Fact } from '@/domain/dataset/dataset-schema';
import { formatAsOf, formatFactTime } from '@/domain/time/fact-time';
import { localizeWithLang, type Lang } from '@/domain/text/lang';
import { parsePartialDate, partialDateInterval } from '@/domain/time/partial-date';

/** One fact as the timeline draws it; plain data, turned into DOM by the controller's templates. */
export interface TimelineItem {
  readonly id: string;
  readonly group: string;
  readonly start: Date;
  /** Set for ranges; a day-precision event is a point. */
  readonly end?: Date;
  readonly type: 'range' | 'point';
  readonly className: string;
  /** The visible label: title and time ("Sächsischer Landtag · 1999–2014"). */
  readonly label: string;
  readonly labelLang: Lang;
  /**
   * Tooltip lines: title, time, then why the date is inferred, if it is. A line in the
   * dataset's language (the reason, an untranslated title) says so, for `lang`.
   */
  readonly tooltip: readonly { readonly text: string; readonly lang?: Lang }[];
}

export interface TimelineGroup {
  readonly id: string;
  readonly label: string;
}

export interface TimelineLabels {
  readonly inferred: string;
  readonly approximate: string;
  readonly openEnd: string;
  /** The language of the dataset's own text, for the `lang` of untranslated text. */
  readonly dataLang: Lang;
}

/**
 * How a fact's time becomes an item. Precision is kept: a year covers the whole year, a month
 * the whole month, so only day-precision events are points. An ongoing range runs to `now`
 * (its end drawn open); an "as of" state covers the unit of its date.
 */
export function itemSpan(
  time: NonNullable<Fact['time']>,
  now: number,
): { start: number; end?: number } {
  const interval = (text: string) => partialDateInterval(parsePartialDate(text)!);
  switch (time.type) {
    case 'point':
    case 'asOf': {
      const date = parsePartialDate(time.date)!;
      const span = interval(time.date);
      return date.precision === 'day' || date.precision === 'minute'
        ? { start: span.start }
        : { start: span.start, end: span.end };
    }
    case 'range':
      return { start: interval(time.start).start, end: interval(time.end).end };
    case 'ongoing':
      return { start: interval(time.start).start, end: Math.max(now, interval(time.asOf).end) };
  }
}

/** One fact as the timeline draws it; `null` for a fact without a date (not on the timeline). */
export function buildTimelineItem(
  fact: Fact,
  lang: Lang,
  labels: TimelineLabels,
  now: number,
): TimelineItem | null {
  const time = fact.time;
  if (!time) return null;
  const span = itemSpan(time, now);
  const title = localizeWithLang(fact.title, lang, labels.dataLang);
  const when = formatFactTime(time, lang);
  const asOf = formatAsOf(time, lang);
  const classes = ['tl-item', `tl-item--${time.type}`];
  if (time.inferred) classes.push('is-inferred');
  if (time.approximate) classes.push('is-approximate');
  const tooltip: { text: string; lang?: Lang }[] = [
    { text: title.text, ...(title.lang === lang ? {} : { lang: title.lang }) },
    { text: asOf ? `${when} (${asOf}; ${labels.openEnd})` : when },
  ];
  if (time.approximate) tooltip.push({ text: labels.approximate });
  if (time.inferred) {
    tooltip.push({ text: `${labels.inferred}:` });
    // Untranslated, the reason is in the dataset's language and marked so.
    const reason = localizeWithLang(time.inferred, lang, labels.dataLang);
    tooltip.push({ text: reason.text, ...(reason.lang === lang ? {} : { lang: reason.lang }) });
  }
  return {
    id: fact.id,
    group: fact.category,
    start: new Date(span.start),
    ...(span.end === undefined ? {} : { end: new Date(span.end) }),
    type: span.end === undefined ? 'point' : 'range',
    className: classes.join(' '),
    label: `${title.text} · ${when}${time.inferred ? ' *' : ''}`,
    labelLang: title.lang,
    tooltip,
  };
}

/**
 * Items built when first drawn and kept: at 100,000 facts only the few hundred the timeline
 * shows at a time are ever formatted (building all took seconds).
 */
export function timelineItemCache(
  source: FactSource,
  lang: Lang,
  labels: TimelineLabels,
  now: number,
): (factId: string) => TimelineItem | undefined {
  const built = new Map<string, TimelineItem>();
  return (factId) => {
    let item = built.get(factId);
    if (!item) {
      const fact = source.fact(factId);
      if (!fact) return undefined;
      const made = buildTimelineItem(fact, lang, labels, now);
      if (!made) return undefined;
      item = made;
      built.set(factId, item);
    }
    return item;
  };
}

/** Categories that have facts, in dataset order, labelled in the UI language. */
export function buildTimelineGroups(source: FactSource, lang: Lang): TimelineGroup[] {
  return source.meta.categories
    .filter((c) => source.counts.byCategory.has(c.id))
    .map((c) => ({ id: c.id, label: localizeWithLang(c.label, lang).text }));
}
