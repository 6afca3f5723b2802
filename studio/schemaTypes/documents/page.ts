import { DocumentIcon } from '@sanity/icons/Document';
import { defineField, defineType } from 'sanity';

import { pageKinds, titleOf, toList } from '../enums';
import { bodyField, summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { contentGroup, GROUP, seoGroup } from '../groups';
import { formatGermanDate } from '../lib/dates';

export const page = defineType({
  name: 'page',
  title: 'Seite',
  type: 'document',
  icon: DocumentIcon,
  groups: [contentGroup, seoGroup],
  fields: [
    ...translatableHeadFields(),
    defineField({
      name: 'kind',
      title: 'Art der Seite',
      type: 'string',
      group: GROUP.content,
      description: 'Pflichtseiten (Impressum, Datenschutz, Barrierefreiheit) verlinkt die Website automatisch im Fußbereich.',
      options: { list: toList(pageKinds) },
    }),
    summaryField({ description: 'Optional. Ein bis zwei Sätze für Vorschauen.' }),
    bodyField(),
    defineField({
      name: 'updatedOn',
      title: 'Stand',
      type: 'date',
      group: GROUP.content,
      description: 'Wann wurde der Inhalt zuletzt geändert? Bei Rechtstexten bitte immer aktualisieren.',
      options: { dateFormat: 'DD.MM.YYYY' },
    }),
    ...translatableSeoFields(),
  ],
  orderings: [{ title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', kind: 'kind', updatedOn: 'updatedOn' },
    prepare: ({ title, kind, updatedOn }) => ({
      title,
      subtitle: [titleOf(pageKinds, kind), updatedOn ? `Stand ${formatGermanDate(updatedOn)}` : undefined].filter(Boolean).join(' · '),
    }),
  },
});
