import { UsersIcon } from '@sanity/icons/Users';
import { defineField, defineType } from 'sanity';

import { TEXT_ROWS_SHORT } from '../constants';
import { storyKinds, titleOf, toList } from '../enums';
import { bodyField, summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { classificationGroup, contentGroup, GROUP, personGroup, seoGroup } from '../groups';
import { required, requiredImage } from '../rules';

export const story = defineType({
  name: 'story',
  title: 'Geschichte',
  type: 'document',
  icon: UsersIcon,
  groups: [contentGroup, personGroup, classificationGroup, seoGroup],
  fields: [
    ...translatableHeadFields({
      titleDescription: 'Eine Überschrift, die neugierig macht, z. B. „Zurück im Erzgebirge – und angekommen“.',
    }),
    summaryField({
      name: 'teaser',
      title: 'Teaser',
      description: 'Zwei bis drei Sätze für Übersichten und Vorschauen: Wer ist die Person, was hat sie erlebt?',
      requiredMessage: 'Bitte tragen Sie einen Teaser ein (zwei bis drei Sätze).',
    }),
    defineField({
      name: 'image',
      title: 'Hauptbild',
      type: 'imageWithAlt',
      group: GROUP.content,
      description:
        'Porträt bzw. Titelbild der Geschichte, idealerweise im Hochformat mit der Person im Mittelpunkt. Setzen Sie den Bildfokus (Hotspot) auf das Gesicht.',
      validation: (rule) => requiredImage(rule, 'Bitte wählen Sie ein Hauptbild für die Geschichte aus.'),
    }),
    defineField({
      name: 'quote',
      title: 'Zitat',
      type: 'text',
      rows: TEXT_ROWS_SHORT,
      group: GROUP.content,
      description: 'Ein prägnanter Satz der Person, ohne Anführungszeichen (die setzt die Website).',
    }),
    bodyField({ description: 'Die Geschichte selbst. Zwischenüberschriften (Überschrift 2) erleichtern das Lesen.' }),
    defineField({
      name: 'person',
      title: 'Person',
      type: 'storyPerson',
      group: GROUP.person,
    }),
    defineField({
      name: 'employer',
      title: 'Arbeitgeber',
      type: 'string',
      group: GROUP.person,
      description: 'Optional. Nur mit Zustimmung des Unternehmens nennen.',
    }),
    defineField({
      name: 'kind',
      title: 'Art der Geschichte',
      type: 'string',
      group: GROUP.classification,
      options: { list: toList(storyKinds), layout: 'radio' },
    }),
    defineField({
      name: 'town',
      title: 'Ort',
      type: 'reference',
      group: GROUP.classification,
      to: [{ type: 'town' }],
      description: 'Wo lebt oder arbeitet die Person?',
    }),
    defineField({
      name: 'branch',
      title: 'Branche',
      type: 'reference',
      group: GROUP.classification,
      to: [{ type: 'branch' }],
    }),
    defineField({
      name: 'jobSearchTerm',
      title: 'Suchbegriff für passende Jobs',
      type: 'string',
      group: GROUP.classification,
      description: 'Optional. Unter der Geschichte verlinkt die Website eine Jobsuche mit diesem Begriff, z. B. „Mechatroniker“.',
    }),
    defineField({
      name: 'publishedAt',
      title: 'Veröffentlicht am',
      type: 'datetime',
      group: GROUP.classification,
      description: 'Bestimmt die Reihenfolge in Übersichten (neueste zuerst).',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => required(rule, 'Bitte tragen Sie das Veröffentlichungsdatum ein.'),
    }),
    defineField({
      name: 'isExample',
      title: 'Beispielgeschichte',
      type: 'boolean',
      group: GROUP.classification,
      description:
        'Einschalten, wenn die Geschichte ein Beispiel ist und keine echte Person zeigt. Die Website kennzeichnet sie dann als Beispiel.',
      initialValue: false,
      validation: (rule) => required(rule, 'Bitte geben Sie an, ob es sich um eine Beispielgeschichte handelt.'),
    }),
    ...translatableSeoFields(),
  ],
  orderings: [
    { title: 'Veröffentlicht, neueste zuerst', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      person: 'person.name',
      town: 'town.name',
      kind: 'kind',
      isExample: 'isExample',
      media: 'image',
    },
    prepare: ({ title, person, town, kind, isExample, media }) => ({
      title,
      subtitle: [isExample ? 'Beispiel' : undefined, person, town, titleOf(storyKinds, kind)].filter(Boolean).join(' · '),
      media,
    }),
  },
});
