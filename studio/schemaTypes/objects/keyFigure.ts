import { HashIcon } from '@sanity/icons/Hash';
import { defineField, defineType } from 'sanity';

import { defaultLanguage } from '../../config/languages';
import { KEY_PATTERN, MAX_YEAR, MIN_YEAR } from '../constants';
import { required, webAddress } from '../rules';

export const keyFigure = defineType({
  name: 'keyFigure',
  title: 'Kennzahl der Region',
  type: 'object',
  icon: HashIcon,
  fieldsets: [{ name: 'source', title: 'Quelle', options: { columns: 2 } }],
  fields: [
    defineField({
      name: 'key',
      title: 'Schlüssel',
      type: 'string',
      description:
        'Feste Kennung, über die die Website die Zahl findet, z. B. „einwohner“ oder „arbeitslosenquote“. Nach dem Veröffentlichen nicht mehr ändern.',
      validation: (rule) => [
        required(rule, 'Bitte vergeben Sie einen Schlüssel (Kleinbuchstaben, ohne Leerzeichen).'),
        rule
          .regex(KEY_PATTERN)
          .error(
            'Der Schlüssel beginnt mit einem Kleinbuchstaben und enthält nur Buchstaben, Ziffern und Bindestriche, z. B. „pendler-saldo“.',
          ),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Bezeichnung',
      type: 'localizedString',
      description: 'Z. B. „Einwohnerinnen und Einwohner im Erzgebirgskreis“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie eine Bezeichnung ein.'),
    }),
    defineField({
      name: 'value',
      title: 'Wert',
      type: 'number',
      description: 'Nur die Zahl, ohne Einheit und ohne Tausenderpunkte.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Zahlenwert ein.'),
    }),
    defineField({
      name: 'unit',
      title: 'Einheit',
      type: 'string',
      description: 'Optional, z. B. „%“ oder „km²“.',
    }),
    defineField({
      name: 'approximate',
      title: 'Ungefährer Wert',
      type: 'boolean',
      description: 'Einschalten, wenn der Wert gerundet oder geschätzt ist.',
      initialValue: false,
    }),
    defineField({
      name: 'year',
      title: 'Jahr',
      type: 'number',
      description: 'Auf welches Jahr sich der Wert bezieht.',
      validation: (rule) =>
        rule
          .integer()
          .min(MIN_YEAR)
          .max(MAX_YEAR)
          .error(`Bitte tragen Sie ein vierstelliges Jahr zwischen ${MIN_YEAR} und ${MAX_YEAR} ein.`),
    }),
    defineField({
      name: 'comparison',
      title: 'Einordnung',
      type: 'localizedString',
      description: 'Optional, macht die Zahl greifbar, z. B. „mehr als in ganz Chemnitz“.',
    }),
    defineField({
      name: 'source',
      title: 'Quelle',
      type: 'string',
      fieldset: 'source',
      description: 'Z. B. „Statistisches Landesamt Sachsen“.',
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Link zur Quelle',
      type: 'url',
      fieldset: 'source',
      validation: (rule) => webAddress(rule),
    }),
  ],
  preview: {
    select: { label: `label.${defaultLanguage}`, key: 'key', value: 'value', unit: 'unit', year: 'year' },
    prepare: ({ label, key, value, unit, year }) => ({
      title: label || key || 'Kennzahl',
      subtitle: [value, unit, year ? `(${year})` : undefined].filter((part) => part !== undefined && part !== '').join(' '),
    }),
  },
});
