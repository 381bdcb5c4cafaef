import { z } from 'zod';
import { parseCamera } from '../view/camera';
import { isPartialDate } from '../time/partial-date';

/**
 * Dataset format v1, the shape only. Cross-references, unique ids and quote offsets are
 * checked by `validateDataset`, because JSON Schema cannot express them.
 */

// The built site's Content-Security-Policy forbids eval; zod's JIT would try `new Function`.
z.config({ jitless: true });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^-?\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/;

const slug = z
  .string()
  .regex(SLUG, { error: 'slug' })
  .max(120)
  .describe(
    'A stable id: lowercase letters, digits and single hyphens, e.g. "lsz-auftakt-artern".',
  );

const partialDate = z
  .string()
  .regex(PARTIAL_DATE, { error: 'partial-date', abort: true })
  .refine(isPartialDate, { error: 'calendar-date' })
  .describe(
    'A partial ISO date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; 0602 is the year 602, -0044 is 44 BC (no year 0000).',
  );

const text = z.string().trim().min(1);

const localizedText = z
  .object({ de: text, en: text.optional() })
  .describe('German original with an optional English translation.');

/** A reason or note: German text, or German with an English translation. */
const localizableText = z
  .union([text, localizedText])
  .describe('A plain string (German) or { de, en }.');

const timeFlags = {
  approximate: z.boolean().optional().describe('The date is approximate ("ca.").'),
  inferred: localizableText
    .optional()
    .describe('The source does not state this date; the reason it was inferred.'),
  inferredPart: z
    .enum(['asOf'])
    .optional()
    .describe(
      'Which part `inferred` is about when the rest is stated: "asOf" of an ongoing time ("seit 2014" stated, "Stand 2023" inferred). Absent: the whole date.',
    ),
};

const factTime = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('point'), date: partialDate, ...timeFlags }),
    z.object({ type: z.literal('range'), start: partialDate, end: partialDate, ...timeFlags }),
    z.object({ type: z.literal('ongoing'), start: partialDate, asOf: partialDate, ...timeFlags }),
    z.object({ type: z.literal('asOf'), date: partialDate, ...timeFlags }),
  ])
  .describe(
    'point: an event; range: start to end inclusive; ongoing: since start, still true as of asOf; asOf: known to hold at date.',
  );

const source = z.object({
  id: slug,
  title: text,
  kind: localizableText.describe('e.g. "Kandidatur", "Pressemitteilung".'),
  publisher: text.optional(),
  date: partialDate.optional(),
  dateInferred: localizableText
    .optional()
    .describe('Why the date was inferred when the text does not state it.'),
  url: z.string().url().optional(),
  licence: text.optional().describe('Under which terms the text may be quoted ("CC BY 4.0").'),
  lang: z.enum(['de', 'en']).optional().describe("The text's language, when not the dataset's."),
  text: z.string().min(1).optional().describe('Full text; evidence offsets index into it.'),
  textSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('SHA-256 of `text` (UTF-8), in hex: tells an edited text from the one quoted.'),
  pageStarts: z
    .array(z.number().int().min(0))
    .optional()
    .describe("Where each page begins in `text` (a PDF's): page n starts at pageStarts[n - 1]."),
});

const coordinates = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe('[longitude, latitude] in WGS84.');

export const PLACE_KINDS = ['town', 'district', 'state', 'institution', 'other'] as const;

const place = z.object({
  id: slug,
  name: text,
  kind: z.enum(PLACE_KINDS),
  coordinates: coordinates.optional(),
  parent: slug.optional().describe('The place this one lies in; facts here count for it too.'),
  note: localizableText
    .optional()
    .describe('Background about the place, not from the sources; shown as background.'),
});

export const ENTITY_KINDS = ['person', 'organisation', 'programme', 'party'] as const;

const entity = z.object({
  id: slug,
  name: text,
  kind: z.enum(ENTITY_KINDS),
  description: localizedText.optional(),
});

const category = z.object({
  id: slug,
  label: localizedText,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
    .describe('The category\'s colour, "#rrggbb": a swatch beside its name in the filters.'),
});

const evidence = z
  .object({
    source: slug,
    url: z.string().min(1).optional().describe('Where in the source, when it has its own address.'),
    quote: z
      .string()
      .min(1)
      .optional()
      .describe('Verbatim: source.text.slice(start, end). Without it: "no verbatim quote".'),
    start: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Offset of the quote in source.text, in UTF-16 code units (TextPositionSelector).'),
    end: z.number().int().min(1).optional(),
    prefix: z
      .string()
      .optional()
      .describe('Text just before the quote that makes it unique (TextQuoteSelector).'),
    suffix: z.string().optional().describe('Text just after the quote (TextQuoteSelector).'),
    orphaned: z
      .literal(true)
      .optional()
      .describe(
        'The source text changed and the quote was not found again: kept as it was, without offsets, for the author to re-select.',
      ),
  })
  .describe('Where the fact is from; imports may name a source without quoting it.');

export const MEDIA_KINDS = ['image', 'video', 'audio', 'page'] as const;

const media = z
  .object({
    url: z.string().min(1).describe("http(s), a data: image, or a path on the app's own origin."),
    kind: z.enum(MEDIA_KINDS).optional().describe('Read from the address when absent.'),
    caption: text.optional(),
    credit: text.optional(),
    alt: text.optional(),
    thumbnail: z.string().min(1).optional(),
  })
  .describe('An image, video, sound or page that belongs to the fact.');

const era = z
  .object({
    id: slug,
    title: localizedText,
    start: partialDate,
    end: partialDate,
  })
  .describe('A labelled span drawn as a band across the timeline ("Merowinger").');

const amount = z.object({
  value: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'currency' }),
});

const fact = z.object({
  id: slug,
  kind: slug.describe('role, membership, event, programme, funding, statement, …'),
  category: slug,
  title: localizedText,
  summary: localizedText.optional(),
  summaryHtml: z
    .object({ de: z.string().min(1), en: z.string().min(1).optional() })
    .optional()
    .describe(
      'The summary with markup, as imports bring it: shown reduced to p, br, em, strong and http(s) links; `summary` is its plain text.',
    ),
  time: factTime.optional().describe('Absent: the fact has no date and is not on the timeline.'),
  places: z.array(slug),
  placesInferred: z
    .record(slug, localizableText)
    .optional()
    .describe(
      'For each linked place that none of the quotes names: why the fact is placed there (shown as "erschlossen").',
    ),
  entities: z.array(slug),
  amount: amount.optional(),
  media: z.array(media).optional(),
  evidence: z.array(evidence),
});

/** A step's view, in the deep-link meanings (README, "Deep links"): window, cursor, camera. */
const tourStepView = z
  .object({
    from: partialDate.optional().describe('Start of the visible time window (with `to`).'),
    to: partialDate.optional().describe('End of the visible time window, inclusive (with `from`).'),
    at: partialDate.optional().describe('The time cursor.'),
    map: z
      .string()
      .refine((text) => parseCamera(text) !== null, { error: 'camera' })
      .optional()
      .describe('The map camera as "lon,lat,zoom", e.g. "11.3,51.05,7.4".'),
  })
  .describe("What the step shows; absent parts frame the step's fact or place.");

const tourStep = z
  .object({
    fact: slug.optional().describe('The fact the step selects.'),
    place: slug
      .optional()
      .describe('The place the step selects (with a fact: the place stays selected).'),
    text: localizedText.describe('What the step tells; only what its fact and quotes say.'),
    view: tourStepView.optional(),
  })
  .describe('One step: names a fact, a place or both.');

const tour = z
  .object({
    id: slug,
    title: localizedText,
    description: localizedText.optional(),
    steps: z.array(tourStep).min(1),
  })
  .describe('A guided tour: steps that drive the map and the timeline together.');

export const datasetSchema = z
  .object({
    format: z.literal('kartenchronik-dataset'),
    version: z.literal(1),
    lang: z
      .enum(['de', 'en'])
      .optional()
      .describe(
        "The language of the dataset's own text (titles, summaries, quotes); default de. Translations go in `en` of a LocalizedText.",
      ),
    title: localizedText,
    description: localizedText.optional(),
    categories: z.array(category).min(1),
    sources: z.array(source),
    places: z.array(place),
    entities: z.array(entity),
    facts: z.array(fact),
    eras: z.array(era).optional(),
    tours: z.array(tour).optional(),
  })
  .describe('Kartenchronik dataset format v1');

export type Dataset = z.infer<typeof datasetSchema>;
export type Fact = Dataset['facts'][number];
export type Place = Dataset['places'][number];
export type Source = Dataset['sources'][number];
export type Entity = Dataset['entities'][number];
export type Category = Dataset['categories'][number];
export type Evidence = Fact['evidence'][number];
export type Media = NonNullable<Fact['media']>[number];
export type Era = NonNullable<Dataset['eras']>[number];
export type FactTimeValue = NonNullable<Fact['time']>;
export type Tour = NonNullable<Dataset['tours']>[number];
export type TourStep = Tour['steps'][number];

/** The JSON Schema of format v1, generated from the schema above. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    $id: 'dataset.schema.json',
    title: 'Kartenchronik dataset format v1',
    ...z.toJSONSchema(datasetSchema, { unrepresentable: 'any', io: 'input' }),
  };
}
