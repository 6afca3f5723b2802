/**
 * Field factories shared by several document types, so every translatable type
 * gets exactly the same `title`, `slug`, `language`, `seo` and `previousSlugs`.
 */
import { defineArrayMember, defineField, type ReferenceFilterResolver } from 'sanity';

import { defaultLanguage, languages } from '../config/languages';
import { SLUG_MAX_LENGTH, TEXT_ROWS_SHORT } from './constants';
import { toList, type Option } from './enums';
import { GROUP } from './groups';
import { slugify } from './lib/slug';
import { previousSlugItemRule, previousSlugsRules, required, slugRules, uniquenessCheckedBySlugRules } from './rules';

type Group = (typeof GROUP)[keyof typeof GROUP];

export const LANGUAGE_FIELD = 'language';

export function titleField(options: { group?: Group; description?: string } = {}) {
  return defineField({
    name: 'title',
    title: 'Titel',
    type: 'string',
    group: options.group,
    description: options.description,
    validation: (rule) => required(rule, 'Bitte tragen Sie einen Titel ein.'),
  });
}

/**
 * `slug`, unique per document type and language. `source` is the field the
 * „Generieren“ button reads (e.g. `title`, `name` or `title.de`).
 */
export function slugField(options: { source?: string; group?: Group } = {}) {
  return defineField({
    name: 'slug',
    title: 'Slug (Adresse)',
    type: 'slug',
    group: options.group,
    description:
      'Der letzte Teil der Webadresse, z. B. /stories/rueckkehr-nach-annaberg. Klicken Sie auf „Generieren“. Wenn Sie den Slug einer veröffentlichten Seite ändern, tragen Sie den alten Slug unter SEO → „Frühere Slugs“ ein.',
    options: {
      source: options.source ?? 'title',
      maxLength: SLUG_MAX_LENGTH,
      slugify: (input: string) => slugify(input, SLUG_MAX_LENGTH),
      // Uniqueness per type *and language* is checked in slugRules (German message).
      isUnique: uniquenessCheckedBySlugRules,
    },
    validation: (rule) => slugRules(rule),
  });
}

/**
 * The document language, written by the document internationalization plugin.
 * Hidden once set; shown (and required) only if a document lacks it.
 */
export function languageField(options: { group?: Group } = {}) {
  return defineField({
    name: LANGUAGE_FIELD,
    title: 'Sprache',
    type: 'string',
    group: options.group,
    description: 'Wird beim Anlegen automatisch gesetzt. Übersetzungen legen Sie über das Sprachmenü oben im Dokument an.',
    initialValue: defaultLanguage,
    options: {
      list: languages.map(({ id, title }) => ({ value: id, title })),
      layout: 'radio',
      direction: 'horizontal',
    },
    readOnly: ({ value }) => Boolean(value),
    hidden: ({ value }) => Boolean(value),
    validation: (rule) => required(rule, 'Bitte wählen Sie die Sprache dieses Dokuments aus.'),
  });
}

export function seoField() {
  return defineField({
    name: 'seo',
    title: 'Suchmaschinen & Teilen',
    type: 'seo',
    group: GROUP.seo,
    description: 'Optional. Ohne Angaben verwendet die Website den Titel, den Teaser und das Hauptbild.',
  });
}

export function previousSlugsField() {
  return defineField({
    name: 'previousSlugs',
    title: 'Frühere Slugs (Weiterleitungen)',
    type: 'array',
    group: GROUP.seo,
    description:
      'Wenn Sie den Slug einer bereits veröffentlichten Seite ändern, tragen Sie hier den alten Slug ein (nur den letzten Teil der Adresse, z. B. „alter-titel“). Alte Links und Lesezeichen werden dann automatisch auf die neue Adresse weitergeleitet.',
    of: [
      defineArrayMember({
        type: 'string',
        validation: (rule) => previousSlugItemRule(rule),
      }),
    ],
    options: {
      // Redirects belong to one language version; do not copy them into a new translation.
      documentInternationalization: { exclude: true },
    },
    validation: (rule) => previousSlugsRules(rule),
  });
}

/** title + slug + language (content tab) — the head of every translatable type. */
export function translatableHeadFields(options: { titleDescription?: string } = {}) {
  const group = GROUP.content;
  return [titleField({ group, description: options.titleDescription }), slugField({ group }), languageField({ group })];
}

/** seo + previousSlugs (SEO tab) — the tail of every translatable type. */
export function translatableSeoFields() {
  return [seoField(), previousSlugsField()];
}

export function summaryField(options: { name?: string; title?: string; description: string; requiredMessage?: string; group?: Group }) {
  return defineField({
    name: options.name ?? 'summary',
    title: options.title ?? 'Kurzbeschreibung',
    type: 'text',
    rows: TEXT_ROWS_SHORT,
    group: options.group ?? GROUP.content,
    description: options.description,
    validation: options.requiredMessage ? (rule) => required(rule, options.requiredMessage as string) : undefined,
  });
}

export function bodyField(options: { description?: string; requiredMessage?: string; group?: Group } = {}) {
  return defineField({
    name: 'body',
    title: 'Haupttext',
    type: 'richText',
    group: options.group ?? GROUP.content,
    description: options.description,
    validation: options.requiredMessage ? (rule) => required(rule, options.requiredMessage as string) : undefined,
  });
}

/** Who a document is for: a multiple choice of `audiences` (enums.ts), each at most once. */
export function audienceField(audiences: readonly Option[], options: { description?: string } = {}) {
  return defineField({
    name: 'audience',
    title: 'Zielgruppen',
    type: 'array',
    group: GROUP.classification,
    description: options.description ?? 'Mehrfachauswahl möglich.',
    of: [defineArrayMember({ type: 'string' })],
    options: { list: toList(audiences), layout: 'grid' },
    validation: (rule) => rule.unique(),
  });
}

/** The one topic a document belongs to, from `topics` (enums.ts). */
export function topicField(topics: readonly Option[]) {
  return defineField({
    name: 'topic',
    title: 'Thema',
    type: 'string',
    group: GROUP.classification,
    options: { list: toList(topics) },
  });
}

/** Reference pickers on translatable documents only offer documents in the same language. */
export const sameLanguageFilter: ReferenceFilterResolver = ({ document }) => {
  const language = document?.[LANGUAGE_FIELD];
  return typeof language === 'string' ? { filter: `${LANGUAGE_FIELD} == $language`, params: { language } } : {};
};
