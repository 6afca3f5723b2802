import { CalendarIcon } from '@sanity/icons/Calendar';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { TEXT_ROWS_SHORT } from '../constants';
import { bodyField, summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { classificationGroup, contentGroup, GROUP, seoGroup } from '../groups';
import { formatGermanDate } from '../lib/dates';
import { messages, notBeforeSibling, webAddress } from '../rules';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const event = defineType({
  name: 'event',
  title: 'Veranstaltung',
  type: 'document',
  icon: CalendarIcon,
  groups: [contentGroup, classificationGroup, seoGroup],
  fieldsets: [{ name: 'time', title: 'Zeit (Ortszeit Erzgebirge)', options: { columns: 2 } }],
  fields: [
    ...translatableHeadFields(),
    summaryField({ description: 'Worum geht es, für wen ist die Veranstaltung? Zwei bis drei Sätze.' }),
    defineField({
      name: 'start',
      title: 'Datum (erster Tag)',
      type: 'date',
      group: GROUP.content,
      fieldset: 'time',
      description: 'Bei einem angekündigten Format (Termin noch offen) zeigt die Website kein Datum; es bestimmt dann nur die Reihenfolge.',
      options: { dateFormat: 'DD.MM.YYYY' },
      validation: (rule) =>
        rule.custom((value, context) =>
          value || (context.document as { isExample?: boolean } | undefined)?.isExample
            ? true
            : 'Bitte tragen Sie das Datum der Veranstaltung ein – oder schalten Sie „Angekündigtes Format (Termin noch offen)“ ein.',
        ),
    }),
    defineField({
      name: 'end',
      title: 'Letzter Tag',
      type: 'date',
      group: GROUP.content,
      fieldset: 'time',
      description: 'Nur bei mehrtägigen Veranstaltungen.',
      options: { dateFormat: 'DD.MM.YYYY' },
      validation: (rule) => notBeforeSibling(rule, 'start'),
    }),
    defineField({
      name: 'startTime',
      title: 'Beginn (Uhrzeit)',
      type: 'string',
      group: GROUP.content,
      fieldset: 'time',
      description: 'Leer lassen, wenn die Uhrzeit nicht feststeht: Dann gilt der ganze Tag. Format 09:30.',
      validation: (rule) => rule.regex(TIME_PATTERN, { name: 'Uhrzeit' }).error(messages.time),
    }),
    defineField({
      name: 'endTime',
      title: 'Ende (Uhrzeit)',
      type: 'string',
      group: GROUP.content,
      fieldset: 'time',
      description: 'Uhrzeit am letzten Tag, Format 16:00.',
      hidden: ({ document }) => !document?.startTime,
      validation: (rule) => rule.regex(TIME_PATTERN, { name: 'Uhrzeit' }).error(messages.time),
    }),
    defineField({
      name: 'isOnline',
      title: 'Online-Veranstaltung',
      type: 'boolean',
      group: GROUP.content,
      initialValue: false,
    }),
    defineField({
      name: 'place',
      title: 'Veranstaltungsort',
      type: 'object',
      group: GROUP.content,
      options: { collapsible: true, collapsed: false },
      description: 'Name des Ortes und Adresse oder Ort – nur dann erscheint die Veranstaltung bei Suchmaschinen mit Ort.',
      validation: (rule) =>
        rule
          .custom((value, context) => {
            const doc = context.document as { isExample?: boolean; isOnline?: boolean } | undefined;
            if (doc?.isExample || doc?.isOnline) return true;
            const place = value as { name?: string; address?: string; town?: unknown } | undefined;
            return place?.name && (place.address || place.town)
              ? true
              : 'Bitte geben Sie den Veranstaltungsort an: Name des Ortes und Adresse oder Ort.';
          })
          .warning(),
      fields: [
        defineField({ name: 'name', title: 'Name des Ortes', type: 'string', description: 'Z. B. „Berufsschulzentrum Annaberg“.' }),
        defineField({ name: 'address', title: 'Adresse', type: 'text', rows: TEXT_ROWS_SHORT }),
        defineField({ name: 'town', title: 'Ort', type: 'reference', to: [{ type: 'town' }] }),
      ],
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Link zur Online-Teilnahme',
      type: 'url',
      group: GROUP.content,
      hidden: ({ document }) => !document?.isOnline,
      validation: (rule) => webAddress(rule),
    }),
    defineField({
      name: 'registrationUrl',
      title: 'Link zur Anmeldung',
      type: 'url',
      group: GROUP.content,
      validation: (rule) => webAddress(rule),
    }),
    defineField({
      name: 'image',
      title: 'Bild',
      type: 'imageWithAlt',
      group: GROUP.content,
    }),
    bodyField(),
    defineField({
      name: 'organisers',
      title: 'Veranstalter',
      type: 'array',
      group: GROUP.classification,
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'member' }] })],
      validation: (rule) => rule.unique().error('Jeden Veranstalter bitte nur einmal auswählen.'),
    }),
    defineField({
      name: 'isExample',
      title: 'Angekündigtes Format (Termin noch offen)',
      type: 'boolean',
      group: GROUP.classification,
      description:
        'Einschalten, wenn die Veranstaltung regelmäßig stattfindet, der genaue Termin aber noch nicht feststeht. Die Website zeigt dann kein Datum, sondern „Termin wird noch bekannt gegeben“.',
      initialValue: false,
    }),
    ...translatableSeoFields(),
  ],
  orderings: [
    { title: 'Beginn, neueste zuerst', name: 'startDesc', by: [{ field: 'start', direction: 'desc' }] },
    { title: 'Beginn, älteste zuerst', name: 'startAsc', by: [{ field: 'start', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', start: 'start', isExample: 'isExample', place: 'place.name', isOnline: 'isOnline', media: 'image' },
    prepare: ({ title, start, isExample, place, isOnline, media }) => ({
      title,
      subtitle: [isExample ? 'Termin offen' : formatGermanDate(start), isOnline ? 'online' : place].filter(Boolean).join(' · '),
      media,
    }),
  },
});
