import { TrendUpwardIcon } from '@sanity/icons/TrendUpward';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { defaultLanguage } from '../../config/languages';
import { KEY_PATTERN } from '../constants';
import { required } from '../rules';

export const dataSeries = defineType({
  name: 'dataSeries',
  title: 'Datenreihe',
  type: 'object',
  icon: TrendUpwardIcon,
  fields: [
    defineField({
      name: 'key',
      title: 'Schlüssel',
      type: 'string',
      description:
        'Feste Kennung, über die die Website die Reihe findet, z. B. „ausbildungsplaetze“. Nach dem Veröffentlichen nicht mehr ändern.',
      validation: (rule) => [
        required(rule, 'Bitte vergeben Sie einen Schlüssel (Kleinbuchstaben, ohne Leerzeichen).'),
        rule
          .regex(KEY_PATTERN)
          .error('Der Schlüssel beginnt mit einem Kleinbuchstaben und enthält nur Buchstaben, Ziffern und Bindestriche.'),
      ],
    }),
    defineField({
      name: 'title',
      title: 'Kernaussage',
      type: 'localizedString',
      description:
        'Die Aussage der Grafik als Satz, z. B. „Die Zahl der Ausbildungsplätze ist seit 2015 gestiegen“. Wird als Überschrift und für Screenreader verwendet.',
      validation: (rule) => required(rule, 'Bitte formulieren Sie die Kernaussage der Datenreihe.'),
    }),
    defineField({
      name: 'unit',
      title: 'Einheit',
      type: 'string',
      description: 'Optional, z. B. „Personen“ oder „%“.',
    }),
    defineField({
      name: 'points',
      title: 'Datenpunkte',
      type: 'array',
      description: 'In der Reihenfolge, in der sie angezeigt werden sollen (meist chronologisch).',
      of: [
        defineArrayMember({
          name: 'dataPoint',
          title: 'Datenpunkt',
          type: 'object',
          fields: [
            defineField({
              name: 'label',
              title: 'Beschriftung',
              type: 'localizedString',
              description: 'Z. B. das Jahr „2023“ (in jeder Sprache gleich) oder „Sachsen heute“ / „Saxony today“.',
              validation: (rule) => required(rule, 'Bitte tragen Sie eine Beschriftung ein, z. B. das Jahr.'),
            }),
            defineField({
              name: 'value',
              title: 'Wert',
              type: 'number',
              validation: (rule) => required(rule, 'Bitte tragen Sie den Zahlenwert ein.'),
            }),
            defineField({
              name: 'approximate',
              title: 'Ungefährer Wert',
              type: 'boolean',
              initialValue: false,
            }),
          ],
          preview: {
            select: { title: `label.${defaultLanguage}`, value: 'value', approximate: 'approximate' },
            prepare: ({ title, value, approximate }) => ({
              title,
              subtitle: value === undefined ? undefined : `${approximate ? 'ca. ' : ''}${value}`,
            }),
          },
        }),
      ],
      validation: (rule) => required(rule, 'Bitte tragen Sie mindestens einen Datenpunkt ein.'),
    }),
    defineField({
      name: 'source',
      title: 'Quelle',
      type: 'string',
      description: 'Z. B. „Bundesagentur für Arbeit, Ausbildungsmarktstatistik“.',
    }),
    defineField({
      name: 'note',
      title: 'Hinweis',
      type: 'localizedString',
      description: 'Optional, erscheint nach der Quelle, z. B. „Wert 2030: Prognose“.',
    }),
  ],
  preview: {
    select: { title: `title.${defaultLanguage}`, key: 'key', points: 'points' },
    prepare: ({ title, key, points }) => ({
      title: title || key || 'Datenreihe',
      subtitle: Array.isArray(points) ? `${points.length} Datenpunkte` : undefined,
    }),
  },
});
