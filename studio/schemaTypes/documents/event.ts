import {CalendarIcon} from '@sanity/icons/Calendar'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {TEXT_ROWS_SHORT} from '../constants'
import {bodyField, summaryField, translatableHeadFields, translatableSeoFields} from '../fields'
import {classificationGroup, contentGroup, GROUP, seoGroup} from '../groups'
import {formatGermanDate} from '../lib/dates'
import {notBeforeSibling, required, webAddress} from '../rules'

export const event = defineType({
  name: 'event',
  title: 'Veranstaltung',
  type: 'document',
  icon: CalendarIcon,
  groups: [contentGroup, classificationGroup, seoGroup],
  fieldsets: [{name: 'time', title: 'Zeit', options: {columns: 2}}],
  fields: [
    ...translatableHeadFields(),
    summaryField({description: 'Worum geht es, für wen ist die Veranstaltung? Zwei bis drei Sätze.'}),
    defineField({
      name: 'start',
      title: 'Beginn',
      type: 'datetime',
      group: GROUP.content,
      fieldset: 'time',
      options: {dateFormat: 'DD.MM.YYYY', timeFormat: 'HH:mm'},
      validation: (rule) => required(rule, 'Bitte tragen Sie Datum und Uhrzeit des Beginns ein.'),
    }),
    defineField({
      name: 'end',
      title: 'Ende',
      type: 'datetime',
      group: GROUP.content,
      fieldset: 'time',
      options: {dateFormat: 'DD.MM.YYYY', timeFormat: 'HH:mm'},
      validation: (rule) => notBeforeSibling(rule, 'start'),
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
      options: {collapsible: true, collapsed: false},
      fields: [
        defineField({name: 'name', title: 'Name des Ortes', type: 'string', description: 'Z. B. „Berufsschulzentrum Annaberg“.'}),
        defineField({name: 'address', title: 'Adresse', type: 'text', rows: TEXT_ROWS_SHORT}),
        defineField({name: 'town', title: 'Ort', type: 'reference', to: [{type: 'town'}]}),
      ],
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Link zur Online-Teilnahme',
      type: 'url',
      group: GROUP.content,
      hidden: ({document}) => !document?.isOnline,
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
      of: [defineArrayMember({type: 'reference', to: [{type: 'member'}]})],
      validation: (rule) => rule.unique().error('Jeden Veranstalter bitte nur einmal auswählen.'),
    }),
    defineField({
      name: 'isExample',
      title: 'Angekündigtes Format (Termin noch offen)',
      type: 'boolean',
      group: GROUP.classification,
      description:
        'Einschalten, wenn die Veranstaltung regelmäßig stattfindet, der genaue Termin aber noch nicht feststeht. Die Website zeigt dann „Termin folgt“.',
      initialValue: false,
    }),
    ...translatableSeoFields(),
  ],
  orderings: [
    {title: 'Beginn, neueste zuerst', name: 'startDesc', by: [{field: 'start', direction: 'desc'}]},
    {title: 'Beginn, älteste zuerst', name: 'startAsc', by: [{field: 'start', direction: 'asc'}]},
  ],
  preview: {
    select: {title: 'title', start: 'start', place: 'place.name', isOnline: 'isOnline', media: 'image'},
    prepare: ({title, start, place, isOnline, media}) => ({
      title,
      subtitle: [formatGermanDate(start), isOnline ? 'online' : place].filter(Boolean).join(' · '),
      media,
    }),
  },
})
