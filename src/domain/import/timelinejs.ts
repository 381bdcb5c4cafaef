import type { Source } from '../dataset/dataset-schema';
import type { ImportReport } from './import-report';
import { truncate } from '../text/truncate';
import {
  createDatasetBuilder,
  DERIVED,
  mediaFrom,
  datePartsChecked,
  richText,
  summaryFields,
  textOf,
  timeFrom,
  type DateParts,
} from './import-kit';

/**
 * TimelineJS (timeline.knightlab.com, "JSON format"): a `title` slide, `events[]` and `eras[]`.
 * Each event becomes a fact: headline → title, text → summary (and its markup), start_date and
 * end_date → its time (year to minute), group → category, media → media, unique_id → id.
 * An era becomes an era. docs/dataset-format.md, "TimelineJS", lists every field.
 */

interface Slide {
  readonly start_date?: DateParts;
  readonly end_date?: DateParts;
  readonly text?: { readonly headline?: unknown; readonly text?: unknown };
  readonly media?: unknown;
  readonly group?: unknown;
  readonly display_date?: unknown;
  readonly unique_id?: unknown;
  readonly background?: unknown;
  readonly autolink?: unknown;
}

/** The fields the format has no place for; each one found is reported as dropped. */
const DROPPED_EVENT_FIELDS = ['background', 'autolink'] as const;
const DROPPED_TOP_FIELDS = ['scale'] as const;

const EVENTS = { de: 'Ereignisse', en: 'Events' };

export function isTimelineJs(value: unknown): value is { events: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { events?: unknown }).events)
  );
}

export function timelineJsToDataset(
  file: { events: unknown[]; title?: unknown; eras?: unknown; scale?: unknown },
  name: string,
  format: 'timelinejs' | 'timelinejs-sheet' = 'timelinejs',
): { dataset: unknown; report: ImportReport } {
  const title = file.title && typeof file.title === 'object' ? (file.title as Slide) : undefined;
  const headline = richText(title?.text?.headline).text;
  const source: Source = {
    id: 'datei',
    title: headline || name,
    kind: DERIVED.sourceKind[format],
  };
  const builder = createDatasetBuilder(source);
  const dropped = new Set<string>();
  let skipped = 0;
  let reducedDates = 0;
  /** A date from its parts, counting one whose day or month was wrong and left out. */
  const dateOf = (parts: DateParts | undefined): string | null => {
    if (!parts) return null;
    const { date, reduced } = datePartsChecked(parts);
    if (reduced) reducedDates += 1;
    return date;
  };
  if (title?.media) dropped.add('title.media');
  for (const field of DROPPED_TOP_FIELDS) if (file[field] !== undefined) dropped.add(field);

  file.events.forEach((value) => {
    if (!value || typeof value !== 'object') {
      skipped += 1;
      return;
    }
    const event = value as Slide;
    for (const field of DROPPED_EVENT_FIELDS) if (event[field] !== undefined) dropped.add(field);
    const head = richText(event.text?.headline);
    const body = richText(event.text?.text);
    const start = dateOf(event.start_date);
    const end = dateOf(event.end_date);
    const display = textOf(event.display_date);
    const media = mediaFrom(event.media);
    // A display date alone ("Frühjahr 1999") says when, but not what: nothing to show.
    if (head.text === '' && body.text === '' && start === null && !media) {
      skipped += 1;
      return;
    }
    const group = textOf(event.group);
    builder.fact({
      id: builder.factId(textOf(event.unique_id) || head.text),
      kind: 'event',
      category: builder.category(group, EVENTS),
      title:
        head.text || display || body.text
          ? { de: head.text || display || truncate(body.text, 80, '…') }
          : DERIVED.event(builder.facts.length + 1),
      // The file's own way of writing the date ("Frühjahr 1999") is kept as text.
      ...summaryFields(body, display ? [DERIVED.dateAsGiven(display)] : []),
      ...(start === null ? {} : { time: timeFrom(start, end) }),
      places: [],
      entities: [],
      ...(media ? { media: [media] } : {}),
      evidence: builder.evidence(),
    });
  });

  let eras = 0;
  if (Array.isArray(file.eras)) {
    for (const value of file.eras as Slide[]) {
      const start = dateOf(value?.start_date);
      const end = dateOf(value?.end_date);
      const label = richText(value?.text?.headline).text;
      // An era needs both ends, in order.
      if (
        start === null ||
        end === null ||
        (start !== end && timeFrom(start, end)?.type !== 'range')
      ) {
        skipped += 1;
        continue;
      }
      builder.era(label || `Epoche ${eras + 1}`, start, end);
      eras += 1;
    }
  }

  const description = richText(title?.text?.text).text;
  const dataset = builder.build({
    title: headline || name,
    ...(description ? { description } : {}),
  });
  return {
    dataset,
    report: {
      format,
      items: builder.facts.length,
      eras,
      undated: builder.facts.filter((fact) => !fact.time).length,
      skipped,
      pointsFromShapes: 0,
      unreadDates: 0,
      reducedDates,
      invalidCoordinates: 0,
      dropped: [...dropped],
    },
  };
}
