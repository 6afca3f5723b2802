import { BarChartIcon } from '@sanity/icons/BarChart';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { uniqueItemField } from '../rules';

export const regionFacts = defineType({
  name: 'regionFacts',
  title: 'Zahlen & Fakten zur Region',
  type: 'document',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'keyFigures',
      title: 'Kennzahlen',
      type: 'array',
      description: 'Einzelne Zahlen, z. B. Einwohner, Arbeitslosenquote, Pendlersaldo.',
      of: [defineArrayMember({ type: 'keyFigure' })],
      validation: (rule) => uniqueItemField(rule, 'key'),
    }),
    defineField({
      name: 'series',
      title: 'Datenreihen',
      type: 'array',
      description: 'Zahlenreihen für Diagramme, z. B. Ausbildungsplätze je Jahr.',
      of: [defineArrayMember({ type: 'dataSeries' })],
      validation: (rule) => uniqueItemField(rule, 'key'),
    }),
    defineField({
      name: 'asOf',
      title: 'Stand',
      type: 'date',
      description: 'Wann wurden die Zahlen zuletzt aktualisiert?',
      options: { dateFormat: 'DD.MM.YYYY' },
    }),
    defineField({
      name: 'sourceNote',
      title: 'Hinweis zu den Quellen',
      type: 'localizedText',
      description: 'Erscheint unter den Zahlen, z. B. „Quellen: Statistisches Landesamt Sachsen, Bundesagentur für Arbeit“.',
    }),
  ],
  preview: {
    prepare: () => ({ title: 'Zahlen & Fakten zur Region' }),
  },
});
