// The HTML of a fact's or a place's page: the built index.html with the page's head (title,
// description, Open Graph, Twitter card, schema.org JSON-LD) and the fact written out inside
// #root, so crawlers, text browsers and link previews read it without JavaScript. The app
// replaces #root when it starts. Build time only; formatting comes from src/domain, so the
// page says what the app says.
import { formatAmount } from '../../src/domain/amount';
import type { DatasetIndex } from '../../src/domain/dataset-index';
import type { Fact, Place, Source } from '../../src/domain/dataset-schema';
import { factTimeStart, formatAsOf, formatFactTime } from '../../src/domain/fact-time';
import { localize } from '../../src/domain/lang';
import { createTranslate, factKindLabel, type MessageKey } from '../../src/domain/messages';
import { pagePath, type PageTarget } from '../../src/domain/page-path';
import { formatPartialDate, parsePartialDate } from '../../src/domain/partial-date';
import {
  selectFactsAtPlace,
  selectMapAnchor,
  selectPlacesOfFact,
} from '../../src/domain/selectors';

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
  return `<cite>${escapeHtml(source.title)}</cite>, ${escapeHtml(source.kind)}${when}`;
}

function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** schema.org's `geo` for a place drawn at `anchor`; nothing without coordinates. */
function geoOf(anchor: Place | null | undefined): Record<string, unknown> {
  if (!anchor?.coordinates) return {};
  const [longitude, latitude] = anchor.coordinates;
  return { geo: { '@type': 'GeoCoordinates', latitude, longitude } };
}

/** An ISO date for schema.org from a partial date: `2018-03-19`, `2018-03`, `1999`. */
function isoDate(fact: Fact): string | undefined {
  return factTimeStart(fact.time);
}

export function factPageParts(index: DatasetIndex, fact: Fact): PageParts {
  const title = localize(fact.title, 'de');
  const when = formatFactTime(fact.time, 'de');
  const asOf = formatAsOf(fact.time, 'de');
  const places = selectPlacesOfFact(index, fact.id);
  const people = fact.entities.flatMap((id) => index.entities.get(id) ?? []);
  const summary = fact.summary ? localize(fact.summary, 'de') : '';
  const placeNames = places.map((p) => p.name).join(', ');
  const dated = `${when}${fact.time?.inferred ? ` (${t('inferred')})` : ''}`;
  const description = shorten(
    [`${dated}${placeNames ? ` · ${placeNames}` : ''}`, summary || title].join('. '),
  );
  const placeLinks = places
    .map((place) => {
      const hasPage = index.factIdsByPlace.has(place.id);
      const name = escapeHtml(place.name);
      return hasPage ? `<a href="${pagePath({ kind: 'place', id: place.id })}">${name}</a>` : name;
    })
    .join(', ');
  const rows: [string, string][] = [
    [
      t('time'),
      `${escapeHtml(when)}${asOf ? ` (${escapeHtml(asOf)})` : ''}${
        fact.time?.approximate ? ` · ${t('approximate')}` : ''
      }${fact.time?.inferred ? ` · ${t('inferred')}: ${escapeHtml(fact.time?.inferred)}` : ''}`,
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
  const anchor = places.map((p) => selectMapAnchor(index, p.id)).find((p) => p?.coordinates);
  const cited = fact.evidence.map((item) => {
    const source = index.sources.get(item.source);
    return {
      '@type': 'CreativeWork',
      name: source?.title ?? item.source,
      ...(source?.kind ? { genre: source.kind } : {}),
      ...(source?.date ? { datePublished: source.date } : {}),
      ...(source?.url ? { url: source.url } : {}),
    };
  });
  // A dated happening is an Event; offices, memberships and statements are cited works.
  const structured =
    fact.time?.type === 'point'
      ? {
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: title,
          startDate: isoDate(fact),
          ...(summary ? { description: summary } : {}),
          ...(places.length > 0
            ? {
                location: places.map((place) => ({
                  '@type': 'Place',
                  name: place.name,
                  ...geoOf(anchor),
                })),
              }
            : {}),
          citation: cited,
        }
      : {
          '@context': 'https://schema.org',
          '@type': 'CreativeWork',
          name: title,
          ...(summary ? { description: summary } : {}),
          temporalCoverage: isoDate(fact),
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
  const anchor = selectMapAnchor(index, place.id);
  const count = t('factCount', { count: facts.length });
  const kind = t(`placeKind_${place.kind}` as MessageKey);
  const description = shorten(
    `${kind}${place.note ? ` · ${place.note}` : ''}. ${count}: ${facts
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
      '@type': 'Place',
      name: place.name,
      ...(place.note ? { description: place.note } : {}),
      ...geoOf(anchor),
    },
    body: [
      `<h1>${escapeHtml(place.name)}</h1>`,
      `<p>${escapeHtml(kind)}${place.note ? ` · ${escapeHtml(place.note)}` : ''}</p>`,
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
  const image = options.siteUrl ? `${options.siteUrl}${parts.imagePath}` : parts.imagePath;
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
    `<script type="application/ld+json">${jsonLd(parts.structured)}</script>`,
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
