import {
  pagePath,
  pageTargetOf,
  type PageTargets,
  parsePagePath,
  withoutPageTarget,
  type PageTarget,
} from '@/domain/output/page-path';
import { EMPTY_LINK_STATE, formatViewState, type LinkState } from '@/domain/view/view-state';
import { toLinkState } from './link-state';
import type { ViewState } from './view-store';

/** The site's root URL (where `index.html` lies), from any of its pages. */
function siteRoot(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${parsePagePath(location.pathname).root}`;
}

function urlOf(root: string, link: LinkState, target: PageTarget | null): string {
  return target
    ? `${root}${pagePath(target)}${formatViewState(withoutPageTarget(link, target))}`
    : `${root}${formatViewState(link)}`;
}

/**
 * The link to share for this view: for the bundled dataset with a fact or place selected, the
 * page that previews it (`fakt/<id>/`) with the rest of the view in its query; otherwise the
 * query link. Datasets from files or `data=` have no pages.
 */
export function shareableUrl(
  view: ViewState,
  index: PageTargets | null,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  const link = toLinkState(view);
  const target = view.dataUrl === null && index ? pageTargetOf(link, index) : null;
  return urlOf(siteRoot(location), link, target);
}

/** The link to one fact (for calendars and citations): its page, or a query link. */
export function factUrl(
  view: ViewState,
  index: PageTargets,
  factId: string,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  const link: LinkState = {
    ...EMPTY_LINK_STATE,
    fact: factId,
    lang: view.lang,
    data: view.dataUrl,
  };
  const target = view.dataUrl === null ? pageTargetOf(link, index) : null;
  return urlOf(siteRoot(location), link, target);
}
