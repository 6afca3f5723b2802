/** Builders for the desk's list items: singletons, translatable and shared types. */
import type { ComponentType } from 'react';
import type { SortOrderingItem } from 'sanity';
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure';

import { languages } from '../config/languages';
import { API_VERSION } from '../schemaTypes/constants';
import { singletonIds, type SingletonType, type TranslatableType } from '../schemaTypes/typeNames';
import { listTitles, type ListTitleKey } from './titles';

type DividerBuilder = ReturnType<StructureBuilder['divider']>;

function schemaTypeOf(S: StructureBuilder, type: string) {
  const schemaType = S.context.schema.get(type);
  if (!schemaType) throw new Error(`Desk structure: unknown schema type "${type}"`);
  return schemaType;
}

/** The type's first ordering (e.g. publishedAt desc) becomes the list default. */
function defaultOrderingOf(S: StructureBuilder, type: string): SortOrderingItem[] {
  const orderings = (schemaTypeOf(S, type) as { orderings?: Array<{ by: SortOrderingItem[] }> }).orderings;
  return orderings?.[0]?.by ?? [{ field: '_updatedAt', direction: 'desc' }];
}

/** A single fixed document (no list, no „create new“). */
export function singletonItem(S: StructureBuilder, type: SingletonType): ListItemBuilder {
  const title = listTitles[type];
  return S.listItem()
    .id(type)
    .title(title)
    .icon(schemaTypeOf(S, type).icon)
    .child(S.document().schemaType(type).documentId(singletonIds[type]).title(title));
}

/**
 * A translatable type: one list per language (new documents get that
 * language) plus „Alle Sprachen“.
 */
export function translatableItem(S: StructureBuilder, type: TranslatableType): ListItemBuilder {
  const title = listTitles[type];
  const icon = schemaTypeOf(S, type).icon;
  const defaultOrdering = defaultOrderingOf(S, type);

  const languageItems = languages.map((language) =>
    S.listItem()
      .id(`${type}-${language.id}`)
      .title(language.title)
      .icon(icon)
      .schemaType(type)
      .child(
        S.documentList()
          .id(`${type}-${language.id}`)
          .title(`${title} – ${language.title}`)
          .schemaType(type)
          .apiVersion(API_VERSION)
          .filter('_type == $type && language == $language')
          .params({ type, language: language.id })
          .defaultOrdering(defaultOrdering)
          // Templates `<type>-<language>` come from the document internationalization plugin.
          .initialValueTemplates([S.initialValueTemplateItem(`${type}-${language.id}`)]),
      ),
  );

  const allLanguages = S.listItem()
    .id(`${type}-all`)
    .title('Alle Sprachen')
    .icon(icon)
    .schemaType(type)
    .child(
      S.documentTypeList(type)
        .id(`${type}-all`)
        .title(`${title} – alle Sprachen`)
        .apiVersion(API_VERSION)
        .defaultOrdering(defaultOrdering)
        .initialValueTemplates(languages.map((language) => S.initialValueTemplateItem(`${type}-${language.id}`))),
    );

  return S.listItem()
    .id(type)
    .title(title)
    .icon(icon)
    .schemaType(type)
    .child(
      S.list()
        .id(`${type}-languages`)
        .title(title)
        .items([...languageItems, S.divider(), allLanguages]),
    );
}

/** A language-independent type: a plain document list. */
export function sharedItem(S: StructureBuilder, type: ListTitleKey): ListItemBuilder {
  return S.documentTypeListItem(type)
    .title(listTitles[type])
    .child(S.documentTypeList(type).title(listTitles[type]).apiVersion(API_VERSION).defaultOrdering(defaultOrderingOf(S, type)));
}

/** A titled group of items, e.g. „Inhalte“. */
export function groupItem(
  S: StructureBuilder,
  options: { id: string; title: string; icon: ComponentType; items: Array<ListItemBuilder | DividerBuilder> },
): ListItemBuilder {
  return S.listItem()
    .id(options.id)
    .title(options.title)
    .icon(options.icon)
    .child(S.list().id(options.id).title(options.title).items(options.items));
}
