import type { Lang } from '@/domain/text/lang';
import type { LinkState } from '@/domain/view/view-state';
import type { ViewState } from './view-store';

/** The part of the view that goes into a link. The language is always written, so a shared link opens in the sender's language. */
export function toLinkState(view: ViewState): LinkState {
  return {
    fact: view.selectedFactId,
    place: view.selectedPlaceId,
    window: view.window,
    at: view.cursor,
    camera: view.camera,
    query: view.query,
    categories: view.categories,
    quotedOnly: view.quotedOnly,
    lang: view.lang,
    data: view.dataUrl,
    embed: view.embed,
    tour: view.tour,
    edit: view.editing,
  };
}

/** The view a link describes; the language falls back to the browser's, then German. */
export function fromLinkState(
  link: LinkState,
  fallbackLang: Lang,
): Omit<ViewState, 'ignored' | 'mapPick'> {
  return {
    lang: link.lang ?? fallbackLang,
    selectedFactId: link.fact,
    selectedPlaceId: link.place,
    cursor: link.at,
    window: link.window,
    camera: link.camera,
    query: link.query,
    categories: link.categories,
    quotedOnly: link.quotedOnly,
    dataUrl: link.data,
    embed: link.embed,
    tour: link.tour,
    editing: link.edit,
  };
}

/** Keys whose change is a step the user may want to go Back from (history push). */
export const DISCRETE_KEYS = [
  'fact',
  'place',
  'categories',
  'quotedOnly',
  'lang',
  'data',
  'embed',
  'tour',
  'edit',
] as const;
