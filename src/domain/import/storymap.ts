import { formatCamera, parseCamera } from '../view/camera';
import type { Source, Tour } from '../dataset/dataset-schema';
import type { ImportReport } from './import-report';
import { declaredLang } from './detect-lang';
import {
  createDatasetBuilder,
  DERIVED,
  mediaFrom,
  dateTextChecked,
  richText,
  summaryFields,
  textOf,
  uniqueIds,
} from './import-kit';

/**
 * StoryMapJS (storymap.knightlab.com): `storymap.slides[]`, the first usually of type
 * `overview`. Each other slide becomes a fact at its `location` (a place by name and point; a
 * name alone is looked up in the gazetteer), with its text, media and date (written as text;
 * what is not understood stays in the summary). The overview becomes the dataset's title and
 * description, and the slides in order become a tour whose steps fly to each slide's zoom.
 */

interface Slide {
  readonly type?: unknown;
  readonly date?: unknown;
  readonly text?: { readonly headline?: unknown; readonly text?: unknown };
  readonly location?: {
    readonly lat?: unknown;
    readonly lon?: unknown;
    readonly name?: unknown;
    readonly zoom?: unknown;
  };
  readonly media?: unknown;
  readonly background?: unknown;
}

const SLIDES = { de: 'Folien', en: 'Slides' };
/** Settings of the StoryMapJS player that the format has no place for. */
const DROPPED_STORY_FIELDS = ['map_type', 'map_as_image', 'zoomify', 'call_to_action', 'language'];

export function isStoryMap(value: unknown): value is { storymap: { slides: unknown[] } } {
  const story = (value as { storymap?: { slides?: unknown } } | null)?.storymap;
  return typeof story === 'object' && story !== null && Array.isArray(story.slides);
}

const coordinate = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : Number(textOf(value));
  return textOf(value) !== '' && Number.isFinite(number) ? number : null;
};

export function storyMapToDataset(
  file: { storymap: { slides: unknown[] } & Record<string, unknown> },
  name: string,
): { dataset: unknown; report: ImportReport } {
  const slides = file.storymap.slides.filter(
    (slide): slide is Slide => typeof slide === 'object' && slide !== null,
  );
  const overview = slides.find((slide) => textOf(slide.type) === 'overview');
  const storyTitle = richText(overview?.text?.headline).text || name;
  const source: Source = { id: 'datei', title: storyTitle, kind: DERIVED.sourceKind.storymap };
  const builder = createDatasetBuilder(source);
  const dropped = new Set(
    DROPPED_STORY_FIELDS.filter((field) => file.storymap[field] !== undefined),
  );
  if (overview?.media) dropped.add('overview.media');
  let skipped = file.storymap.slides.length - slides.length;
  let unreadDates = 0;
  let reducedDates = 0;
  let invalidCoordinates = 0;
  const steps: Tour['steps'][number][] = [];

  for (const slide of slides) {
    if (slide === overview) continue;
    if (slide.background !== undefined) dropped.add('background');
    const head = richText(slide.text?.headline);
    const body = richText(slide.text?.text);
    const media = mediaFrom(slide.media);
    const lat = coordinate(slide.location?.lat);
    const lon = coordinate(slide.location?.lon);
    const placeName = richText(slide.location?.name).text;
    const located = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    // Coordinates given but unusable (out of range, "abc", one of the two): said in the report.
    const given = [slide.location?.lat, slide.location?.lon].some((v) => textOf(v) !== '');
    if (given && !located) invalidCoordinates += 1;
    if (head.text === '' && body.text === '' && !media && !located && placeName === '') {
      skipped += 1;
      continue;
    }
    const dateText = textOf(slide.date);
    const { date, reduced } = dateTextChecked(dateText);
    if (dateText !== '' && date === null) unreadDates += 1;
    if (reduced) reducedDates += 1;
    const places =
      located || placeName !== ''
        ? [builder.place(placeName || head.text, located ? [lon, lat] : undefined)]
        : [];
    const id = builder.factId(head.text);
    builder.fact({
      id,
      kind: 'event',
      category: builder.category('', SLIDES),
      title: { de: head.text || placeName || `Folie ${steps.length + 1}` },
      ...summaryFields(
        body,
        date === null && dateText !== '' ? [DERIVED.dateAsGiven(dateText)] : [],
      ),
      ...(date === null ? {} : { time: { type: 'point' as const, date } }),
      places,
      entities: [],
      ...(media ? { media: [media] } : {}),
      evidence: builder.evidence(),
    });
    const zoom = coordinate(slide.location?.zoom);
    const camera =
      located && zoom !== null
        ? parseCamera(`${lon},${lat},${Math.min(22, Math.max(0, zoom))}`)
        : null;
    steps.push({
      fact: id,
      text: { de: body.text || head.text || placeName || `Folie ${steps.length + 1}` },
      ...(camera ? { view: { map: formatCamera(camera) } } : {}),
    });
  }

  const description = richText(overview?.text?.text).text;
  const dataset = builder.build({
    title: storyTitle,
    ...(description ? { description } : {}),
    lang: declaredLang(file.storymap.language),
  });
  const tours: Tour[] =
    steps.length === 0
      ? []
      : [{ id: uniqueIds()(storyTitle, 'geschichte'), title: { de: storyTitle }, steps }];
  return {
    dataset: { ...dataset, ...(tours.length > 0 ? { tours } : {}) },
    report: {
      format: 'storymap',
      items: builder.facts.length,
      eras: 0,
      undated: builder.facts.filter((fact) => !fact.time).length,
      skipped,
      pointsFromShapes: 0,
      unreadDates,
      reducedDates,
      invalidCoordinates,
      dropped: [...dropped],
    },
  };
}
