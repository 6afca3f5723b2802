import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineField, defineType } from 'sanity';

import { postAudiences, postCategories, titleOf, toList } from '../enums';
import { audienceField, bodyField, summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { classificationGroup, contentGroup, GROUP, seoGroup } from '../groups';
import { formatGermanDate } from '../lib/dates';
import { required, requiredImage } from '../rules';

export const post = defineType({
  name: 'post',
  title: 'Beitrag (Ausbildung & Studium)',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [contentGroup, classificationGroup, seoGroup],
  fields: [
    ...translatableHeadFields(),
    summaryField({
      name: 'excerpt',
      title: 'Anreißer',
      description: 'Zwei bis drei Sätze für Übersichten und Vorschauen.',
      requiredMessage: 'Bitte tragen Sie einen Anreißer ein (zwei bis drei Sätze).',
    }),
    defineField({
      name: 'image',
      title: 'Titelbild',
      type: 'imageWithAlt',
      group: GROUP.content,
      description: 'Querformat. Setzen Sie den Bildfokus (Hotspot) auf das Wichtigste.',
      validation: (rule) => requiredImage(rule, 'Bitte wählen Sie ein Titelbild für den Beitrag aus.'),
    }),
    bodyField({ requiredMessage: 'Bitte schreiben Sie den Text des Beitrags.' }),
    defineField({
      name: 'category',
      title: 'Kategorie',
      type: 'string',
      group: GROUP.classification,
      options: { list: toList(postCategories) },
    }),
    audienceField(postAudiences),
    defineField({
      name: 'author',
      title: 'Autor/in',
      type: 'reference',
      group: GROUP.classification,
      to: [{ type: 'person' }],
      description: 'Fehlt die Person? Legen Sie sie unter Stammdaten → Personen an.',
      validation: (rule) => required(rule, 'Bitte wählen Sie aus, wer den Beitrag geschrieben hat.'),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Veröffentlicht am',
      type: 'datetime',
      group: GROUP.classification,
      initialValue: () => new Date().toISOString(),
      validation: (rule) => required(rule, 'Bitte tragen Sie das Veröffentlichungsdatum ein.'),
    }),
    ...translatableSeoFields(),
  ],
  orderings: [
    { title: 'Veröffentlicht, neueste zuerst', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', category: 'category', publishedAt: 'publishedAt', media: 'image' },
    prepare: ({ title, category, publishedAt, media }) => ({
      title,
      subtitle: [titleOf(postCategories, category), formatGermanDate(publishedAt)].filter(Boolean).join(' · '),
      media,
    }),
  },
});
