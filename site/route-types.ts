/**
 * The types of the route map's entries (site/route-map.ts builds them). A document route is a
 * union over the routed types of site/content-types.ts: its `view` names the type, so checking the
 * view narrows `doc` to that type's query result (no casts in the views).
 */
import type { LanguageId, SectionKey } from './i18n/index.ts';
import type { DocumentOf, DocumentViewOf, ListingView, RoutedType } from './content-types.ts';
import type { ListingParams } from './collections.ts';

/** Views of the section pages: the listings of the routed types and the sections of their own. */
export type SectionView = ListingView | 'home' | 'members' | 'jobs' | 'alliance' | 'figures' | 'search';
export type { DocumentView } from './content-types.ts';

interface RouteBase {
  path: string;
  language: LanguageId;
  /** The same page in other languages (including this one), for the language switch and hreflang. */
  alternates: Partial<Record<LanguageId, string>>;
}
export interface SectionRoute extends RouteBase {
  kind: 'section';
  view: SectionView;
  section: SectionKey;
  /** Listing pages beyond the section index: a filter and/or a page number (see site/collections.ts). */
  params?: ListingParams;
}
export type DocumentRouteOf<Type extends RoutedType> = RouteBase & {
  kind: 'document';
  view: DocumentViewOf<Type>;
  section?: SectionKey;
  doc: DocumentOf<Type>;
};
export type DocumentRoute = { [Type in RoutedType]: DocumentRouteOf<Type> }[RoutedType];
export type Route = SectionRoute | DocumentRoute;
