// The HTML of a fact's or a place's page: the built index.html with the page's head (title,
// description, Open Graph, Twitter card, schema.org JSON-LD) and the fact written out inside
// #root, so crawlers, text browsers and link previews read it without JavaScript. The app
// replaces #root when it starts. Build time only; formatting comes from src/domain, so the
// page says what the app says.
import { formatAmount } from '../../src/domain/text/amount';
import type { DatasetIndex } from '../../src/domain/dataset/dataset-index';
import type { Fact, Place, Source } from '../../src/domain/dataset/dataset-schema';
import { formatAsOf, formatFactTime, formatFactTimeClaim } from '../../src/domain/time/fact-time';
import { localize } from '../../src/domain/text/lang';
import { createTranslate, factKindLabel, type MessageKey } from '../../src/domain/text/messages';
import { pagePath, type PageTarget } from '../../src/domain/output/page-path';
import { formatPartialDate, parsePartialDate } from '../../src/domain/time/partial-date';
import {
  selectFactsAtPlace,
  selectMapAnchor,
  selectPlacesOfFact,
} from '../../src/domain/dataset/selectors';

const t = createTranslate('de');

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON inside <script type="application/ld+json">: `<` escaped so no text can close it. */
function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface PageOptions {
  /** The public base URL (`SITE_URL`), ending in `/`; absolute og:url, og:image, canonical. */
  readonly siteUrl: string | null;
}

/** A page's head and body content, before they go into the built index.html. */
export interface PageParts {
  readonly target: PageTarget;
  readonly title: string;
  readonly description: string;
  readonly ogType: 'article' | 'website';
  readonly imagePath: string;
  readonly imageAlt: string;
  readonly structured: Record<string, unknown>;
  readonly body: string;
}

function sourceLine(source: Source | undefined, fallback: string): string {
  if (!source) return escapeHtml(fallback);
  const date = source.date ? parsePartialDate(source.date) : null;
  const when = date
    ? `, ${escapeHtml(formatPartialDate(date, 'de-DE'))}${source.dateInferred ? ` (${t('inferred')})` : ''}`
    : '';
  return `<cite>${escapeHtml(source.title)}</cite>, ${escapeHtml(localize(source.kind, 'de'))}${when}`;
}

function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** schema.org's `geo` for a point; nothing without one. */
function geoOf(coordinates: readonly [number, number] | undefined): Record<string, unknown> {
  if (!coordinates) return {};
  const [longitude, latitude] = coordinates;
  return { geo: { '@type': 'GeoCoordinates', latitude, longitude } };
}

/**
 * A place in schema.org terms, with its own coordinates; a place without any (an institution)
 * is contained in the place it is drawn at, which gives its point.
 */
export function placeJsonLd(index: DatasetIndex, place: Place): Record<string, unknown> {
  const anchor = selectMapAnchor(index, place.id);
  return {
    '@type': 'Place',
    name: place.name,
    ...geoOf(place.coordinates),
    ...(!place.coordinates && anchor && anchor.id !== place.id
      ? {
          containedInPlace: { '@type': 'Place', name: anchor.name, ...geoOf(anchor.coordinates) },
        }
      : {}),
  };
}

/** The names of a fact's places, an inferred one marked: "Sächsischer Landtag, Dresden (erschlossen)". */
export function factPlaceNames(index: DatasetIndex, fact: Fact): string[] {
  return selectPlacesOfFact(index, fact.id).map((place) =>
    fact.placesInferred?.[place.id] ? `${place.name} (${t('inferred')})` : place.name,
  );
}

/** Whether the fact's date (not only its "as of") is inferred: then it is no schema.org date. */
function dateInferred(fact: Fact): boolean {
  return Boolean(fact.time?.inferred) && fact.time?.inferredPart !== 'asOf';
}

/**
 * The fact's time as schema.org dates, only what the sources state: a point's date, a range's
 * start and end, an ongoing time's start. An inferred date is left out; the description says
 * why (see `factPageParts`).
 */
function statedDates(fact: Fact): { start?: string; end?: string } {
  const time = fact.time;
  if (!time || dateInferred(fact)) return {};
  switch (time.type) {
    case 'point':
      return { start: time.date };
    case 'range':
      return { start: time.start, end: time.end };
    case 'ongoing':
      return { start: time.start };
    case 'asOf':
      return {};
  }
}

/** Things that happened: a plan, an office or a statement is no `Event`. */
const EVENT_KINDS = new Set(['event', 'funding', 'candidacy']);

export function factPageParts(index: DatasetIndex, fact: Fact): PageParts {
  const title = localize(fact.title, 'de');
  const when = formatFactTime(fact.time, 'de');
  const asOf = formatAsOf(fact.time, 'de');
  const places = selectPlacesOfFact(index, fact.id);
  const people = fact.entities.flatMap((id) => index.entities.get(id) ?? []);
  const summary = fact.summary ? localize(fact.summary, 'de') : '';
  const placeNames = factPlaceNames(index, fact).join(', ');
  const dated = formatFactTimeClaim(fact.time, 'de', t('inferred'));
  const description = shorten(
    [`${dated}${placeNames ? ` · ${placeNames}` : ''}`, summary || title].join('. '),
  );
  const placeLinks = places
    .map((place) => {
      const hasPage = index.factIdsByPlace.has(place.id);
      const name = escapeHtml(place.name);
      const reason = fact.placesInferred?.[place.id];
      const link = hasPage
        ? `<a href="${pagePath({ kind: 'place', id: place.id })}">${name}</a>`
        : name;
      return reason ? `${link} (${t('inferred')}: ${escapeHtml(localize(reason, 'de'))})` : link;
    })
    .join(', ');
  const rows: [string, string][] = [
    [
      t('time'),
      `${escapeHtml(when)}${asOf ? ` (${escapeHtml(asOf)})` : ''}${
        fact.time?.approximate ? ` · ${t('approximate')}` : ''
      }${fact.time?.inferred ? ` · ${t('inferred')}: ${escapeHtml(localize(fact.time.inferred, 'de'))}` : ''}`,
    ],
    [t('kind'), escapeHtml(factKindLabel(fact.kind, t))],
    ...(places.length > 0 ? [[t('places'), placeLinks] as [string, string]] : []),
    ...(people.length > 0
      ? [[t('entities'), escapeHtml(people.map((p) => p.name).join(', '))] as [string, string]]
      : []),
    ...(fact.amount
      ? [[t('amount'), escapeHtml(formatAmount(fact.amount, 'de'))] as [string, string]]
      : []),
  ];
  const evidence = fact.evidence
    .map(
      (item) =>
        `<figure>${
          item.quote === undefined
            ? `<p class="no-quote">${t('noVerbatimQuote')}</p>`
            : `<blockquote>${escapeHtml(item.quote)}</blockquote>`
        }<figcaption>${sourceLine(
          index.sources.get(item.source),
          item.source,
        )}</figcaption></figure>`,
    )
    .join('\n');
  const cited = fact.evidence.map((item) => {
    const source = index.sources.get(item.source);
    return {
      '@type': 'CreativeWork',
      name: source?.title ?? item.source,
      ...(source?.kind ? { genre: localize(source.kind, 'de') } : {}),
      // An inferred publication date is no `datePublished`; the page gives it with its reason.
      ...(source?.date && !source.dateInferred ? { datePublished: source.date } : {}),
      ...(source?.url ? { url: source.url } : {}),
    };
  });
  const dates = statedDates(fact);
  const reasons = [
    ...(fact.time?.inferred
      ? [
          `${t('inferred')}: ${fact.time.inferredPart === 'asOf' ? asOf : when}. ${localize(fact.time.inferred, 'de')}`,
        ]
      : []),
    ...(fact.time?.approximate ? [`${t('approximate')}: ${when}`] : []),
  ];
  const structuredDescription = [summary, ...reasons].filter(Boolean).join(' ');
  const location = places.map((place) => {
    const reason = fact.placesInferred?.[place.id];
    return {
      ...placeJsonLd(index, place),
      ...(reason ? { description: `${t('inferred')}: ${localize(reason, 'de')}` } : {}),
    };
  });
  // A happening at a point in time is an Event; plans, offices, memberships and statements
  // are cited works.
  const structured =
    EVENT_KINDS.has(fact.kind) && fact.time?.type === 'point'
      ? {
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: title,
          // Only a stated date; an inferred one is in the description with its reason.
          ...(dates.start ? { startDate: dates.start } : {}),
          ...(structuredDescription ? { description: structuredDescription } : {}),
          ...(location.length > 0 ? { location } : {}),
          citation: cited,
        }
      : {
          '@context': 'https://schema.org',
          '@type': 'CreativeWork',
          name: title,
          ...(structuredDescription ? { description: structuredDescription } : {}),
          // ISO 8601: "1999/2014", open-ended "2014/..".
          ...(dates.start
            ? {
                temporalCoverage: dates.end
                  ? `${dates.start}/${dates.end}`
                  : fact.time?.type === 'ongoing'
                    ? `${dates.start}/..`
                    : dates.start,
              }
            : {}),
          ...(location.length > 0 ? { spatialCoverage: location } : {}),
          citation: cited,
        };
  return {
    target: { kind: 'fact', id: fact.id },
    title,
    description,
    ogType: 'article',
    imagePath: `og/fakt-${fact.id}.png`,
    imageAlt: `${title}, ${dated}${placeNames ? `, ${placeNames}` : ''}`,
    structured,
    body: [
      `<h1>${escapeHtml(title)}</h1>`,
      summary ? `<p>${escapeHtml(summary)}</p>` : '',
      `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`,
      `<h2>${t('evidence')}</h2>`,
      evidence,
    ].join('\n'),
  };
}

export function placePageParts(index: DatasetIndex, place: Place): PageParts {
  const facts = selectFactsAtPlace(index, place.id);
  const count = t('factCount', { count: facts.length });
  const kind = t(`placeKind_${place.kind}` as MessageKey);
  // Notes are background, not from the sources: labelled so, without a doubled period.
  const note = place.note
    ? `${t('background')}: ${localize(place.note, 'de').replace(/[.\s]+$/, '')}`
    : '';
  const description = shorten(
    `${kind}${note ? ` · ${note}` : ''}. ${count}: ${facts
      .map((fact) => localize(fact.title, 'de'))
      .join('; ')}`,
  );
  const list = facts
    .map(
      (fact) =>
        `<li><a href="${pagePath({ kind: 'fact', id: fact.id })}">${escapeHtml(
          localize(fact.title, 'de'),
        )}</a> · ${escapeHtml(formatFactTime(fact.time, 'de'))}</li>`,
    )
    .join('\n');
  return {
    target: { kind: 'place', id: place.id },
    title: place.name,
    description,
    ogType: 'website',
    imagePath: `og/ort-${place.id}.png`,
    imageAlt: `${place.name}: ${count}`,
    structured: {
      '@context': 'https://schema.org',
      ...placeJsonLd(index, place),
      ...(note ? { description: note } : {}),
    },
    body: [
      `<h1>${escapeHtml(place.name)}</h1>`,
      `<p>${escapeHtml(kind)}</p>`,
      note ? `<p class="background">${escapeHtml(note)}.</p>` : '',
      `<h2>${escapeHtml(t('factsAtPlace', { place: place.name }))} (${escapeHtml(count)})</h2>`,
      `<ul>${list}</ul>`,
    ].join('\n'),
  };
}

/**
 * The page: the built index.html with a `<base>` at the site's root (so every relative
 * address, the app's own included, resolves as on the root page), the page's head, and its
 * content in #root.
 */
export function renderPage(
  indexHtml: string,
  index: DatasetIndex,
  parts: PageParts,
  options: PageOptions,
): string {
  const datasetTitle = localize(index.dataset.title, 'de');
  const path = pagePath(parts.target);
  // Link previews read the head as scrapers do: against the page's own URL, never through
  // its <base>. Without SITE_URL the image is page-relative (the page lies two folders down).
  const image = options.siteUrl
    ? `${options.siteUrl}${parts.imagePath}`
    : `../../${parts.imagePath}`;
  const explorer = `./?${parts.target.kind === 'fact' ? 'fact' : 'place'}=${parts.target.id}`;
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const head = [
    ...(options.siteUrl ? [`<link rel="canonical" href="${options.siteUrl}${path}" />`] : []),
    meta('property', 'og:site_name', 'Kartenchronik'),
    meta('property', 'og:title', parts.title),
    meta('property', 'og:description', parts.description),
    meta('property', 'og:type', parts.ogType),
    meta('property', 'og:locale', 'de_DE'),
    ...(options.siteUrl ? [meta('property', 'og:url', `${options.siteUrl}${path}`)] : []),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', parts.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', parts.title),
    meta('name', 'twitter:description', parts.description),
    meta('name', 'twitter:image', image),
    `<script type="application/ld+json">${jsonLd({ ...parts.structured, image })}</script>`,
  ].join('\n    ');
  const body = `<article class="static-page">
<p class="static-page__site"><a href="./">Kartenchronik</a> · ${escapeHtml(datasetTitle)}</p>
${parts.body}
<p><a href="${explorer}">Im Explorer auf Karte und Zeitleiste öffnen</a></p>
</article>`;
  return (
    indexHtml
      .replace(/<html lang="[^"]*">/, '<html lang="de">')
      // The page lies two folders below the root: `../../` is the root, from any sub-path.
      // First in <head>, before any relative address.
      .replace('<head>', '<head>\n    <base href="../../" />')
      .replace(
        /<title>[^<]*<\/title>/,
        `<title>${escapeHtml(`${parts.title} – Kartenchronik`)}</title>`,
      )
      .replace(
        /<meta name="description" content="[^"]*"\s*\/?>/,
        meta('name', 'description', parts.description),
      )
      .replace('</head>', `  ${head}\n  </head>`)
      .replace('<div id="root"></div>', `<div id="root">${body}</div>`)
  );
}
