import type { DatasetIndex } from '../dataset/dataset-index';
import type { FactSource } from '../dataset/fact-source';
import type { LinkState } from '../view/view-state';

/**
 * The pages the build writes for the bundled dataset: `fakt/<id>/` for every fact and
 * `ort/<id>/` for every place with facts (README, "Pages"). Opened in a browser, a page is the
 * explorer with that fact or place selected; the query string still carries the rest.
 */
export type PageTarget = { readonly kind: 'fact' | 'place'; readonly id: string };

const SEGMENTS = { fact: 'fakt', place: 'ort' } as const;
const PAGE = /^(.*\/)(fakt|ort)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/;

/** The page's fact or place, and the site's root path (where `index.html` lies). */
export function parsePagePath(pathname: string): { target: PageTarget | null; root: string } {
  const match = PAGE.exec(pathname);
  if (!match) return { target: null, root: pathname.replace(/[^/]*$/, '') };
  return {
    target: { kind: match[2] === 'fakt' ? 'fact' : 'place', id: match[3]! },
    root: match[1]!,
  };
}

/** A page's path below the site's root: `fakt/lsz-auftakt-artern/`. */
export function pagePath(target: PageTarget): string {
  return `${SEGMENTS[target.kind]}/${target.id}/`;
}

/** The link's selection, or the page's when the link selects nothing itself. */
export function withPageTarget(link: LinkState, target: PageTarget | null): LinkState {
  if (!target || link.fact !== null || link.place !== null) return link;
  return target.kind === 'fact' ? { ...link, fact: target.id } : { ...link, place: target.id };
}

/** Which facts and places have pages: a dataset's index, or the data source the views read. */
export type PageTargets = DatasetIndex | Pick<FactSource, 'has' | 'idsAtPlace'>;

const hasFact = (targets: PageTargets, id: string) =>
  'has' in targets ? targets.has(id) : targets.facts.has(id);
const placeHasFacts = (targets: PageTargets, id: string) =>
  'idsAtPlace' in targets ? targets.idsAtPlace(id).length > 0 : targets.factIdsByPlace.has(id);

/**
 * The page that previews a view of the bundled dataset: its selected fact's, else its
 * selected place's (places with facts have pages). `null` when neither has a page.
 */
export function pageTargetOf(link: LinkState, index: PageTargets): PageTarget | null {
  if (link.fact !== null && hasFact(index, link.fact)) return { kind: 'fact', id: link.fact };
  if (link.place !== null && placeHasFacts(index, link.place)) {
    return { kind: 'place', id: link.place };
  }
  return null;
}

/** The link without the selection its page already names (so the page's path carries it). */
export function withoutPageTarget(link: LinkState, target: PageTarget): LinkState {
  return target.kind === 'fact' ? { ...link, fact: null } : { ...link, place: null };
}
