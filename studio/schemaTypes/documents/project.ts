import { ProjectsIcon } from '@sanity/icons/Projects';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { TEXT_ROWS_SHORT } from '../constants';
import { projectStatuses, titleOf, toList } from '../enums';
import { bodyField, sameLanguageFilter, summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { classificationGroup, contentGroup, GROUP, seoGroup } from '../groups';

export const project = defineType({
  name: 'project',
  title: 'Projekt',
  type: 'document',
  icon: ProjectsIcon,
  groups: [contentGroup, classificationGroup, seoGroup],
  fields: [
    ...translatableHeadFields(),
    summaryField({
      name: 'goal',
      title: 'Ziel',
      description: 'Was soll das Projekt erreichen? Ein bis zwei Sätze.',
      requiredMessage: 'Bitte beschreiben Sie das Ziel des Projekts in ein bis zwei Sätzen.',
    }),
    defineField({
      name: 'targetGroup',
      title: 'Zielgruppe',
      type: 'text',
      rows: TEXT_ROWS_SHORT,
      group: GROUP.content,
      description: 'Für wen ist das Projekt, z. B. „Schülerinnen und Schüler der Klassen 7 bis 10“.',
    }),
    defineField({
      name: 'image',
      title: 'Bild',
      type: 'imageWithAlt',
      group: GROUP.content,
    }),
    bodyField(),
    defineField({
      name: 'results',
      title: 'Ergebnisse nach Jahren',
      type: 'array',
      group: GROUP.content,
      description: 'Zahlen zum Projekt, je Jahr ein Eintrag.',
      of: [defineArrayMember({ type: 'yearlyResult' })],
    }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      group: GROUP.content,
      of: [defineArrayMember({ type: 'link' })],
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: GROUP.classification,
      options: { list: toList(projectStatuses), layout: 'radio', direction: 'horizontal' },
    }),
    defineField({
      name: 'actionField',
      title: 'Handlungsfeld',
      type: 'reference',
      group: GROUP.classification,
      to: [{ type: 'actionField' }],
      options: { filter: sameLanguageFilter },
    }),
    defineField({
      name: 'responsible',
      title: 'Verantwortlich',
      type: 'reference',
      group: GROUP.classification,
      to: [{ type: 'member' }],
      description: 'Welches Mitglied der Allianz führt das Projekt?',
    }),
    ...translatableSeoFields(),
  ],
  orderings: [{ title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', status: 'status', responsible: 'responsible.shortName', media: 'image' },
    prepare: ({ title, status, responsible, media }) => ({
      title,
      subtitle: [titleOf(projectStatuses, status), responsible].filter(Boolean).join(' · '),
      media,
    }),
  },
});
