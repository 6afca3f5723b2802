import { PinIcon } from '@sanity/icons/Pin';
import { defineField, defineType } from 'sanity';

import { POSTCODE_PATTERN } from '../constants';
import { slugField } from '../fields';
import { required } from '../rules';

export const town = defineType({
  name: 'town',
  title: 'Ort',
  type: 'document',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Amtlicher Name, z. B. „Annaberg-Buchholz“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Namen des Ortes ein.'),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'postcode',
      title: 'Postleitzahl',
      type: 'string',
      validation: (rule) => rule.regex(POSTCODE_PATTERN).error('Bitte tragen Sie eine fünfstellige Postleitzahl ein, z. B. 09456.'),
    }),
    defineField({
      name: 'isGrosseKreisstadt',
      title: 'Große Kreisstadt',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'isFairSite',
      title: 'Messestandort',
      type: 'boolean',
      description: 'Einschalten, wenn hier Ausbildungs- oder Jobmessen stattfinden.',
      initialValue: false,
    }),
    defineField({
      name: 'location',
      title: 'Lage auf der Karte',
      type: 'geopoint',
      description: 'Optional: Ortsmitte für die Karte.',
    }),
  ],
  orderings: [{ title: 'Name A–Z', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', postcode: 'postcode', isGrosseKreisstadt: 'isGrosseKreisstadt' },
    prepare: ({ title, postcode, isGrosseKreisstadt }) => ({
      title,
      subtitle: [postcode, isGrosseKreisstadt ? 'Große Kreisstadt' : undefined].filter(Boolean).join(' · '),
    }),
  },
});
