import { NumberIcon } from '@sanity/icons/Number';
import { defineField, defineType } from 'sanity';

import { required } from '../rules';

export const metric = defineType({
  name: 'metric',
  title: 'Kennzahl',
  type: 'object',
  icon: NumberIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Bezeichnung',
      type: 'string',
      description: 'Was wurde gezählt? Z. B. „Teilnehmende Schulen“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie ein, was gezählt wurde.'),
    }),
    defineField({
      name: 'value',
      title: 'Wert',
      type: 'number',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Zahlenwert ein (nur die Zahl, ohne Einheit).'),
    }),
    defineField({
      name: 'approximate',
      title: 'Ungefährer Wert',
      type: 'boolean',
      description: 'Einschalten, wenn der Wert gerundet oder geschätzt ist (die Website zeigt dann „rund“ / „ca.“).',
      initialValue: false,
    }),
    defineField({
      name: 'unit',
      title: 'Einheit',
      type: 'string',
      description: 'Optional, z. B. „%“, „Personen“, „Betriebe“.',
    }),
  ],
  preview: {
    select: { label: 'label', value: 'value', unit: 'unit', approximate: 'approximate' },
    prepare: ({ label, value, unit, approximate }) => ({
      title: label,
      subtitle: [approximate ? 'ca.' : undefined, value, unit].filter((part) => part !== undefined && part !== '').join(' '),
    }),
  },
});
