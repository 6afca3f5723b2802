import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';

import { defaultLanguage } from '../../config/languages';
import { slugField } from '../fields';
import { required } from '../rules';

export const person = defineType({
  name: 'person',
  title: 'Person (Autor/in)',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Namen der Person ein.'),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'isTeam',
      title: 'Redaktion oder Team',
      type: 'boolean',
      initialValue: false,
      description:
        'Einschalten, wenn hier keine Einzelperson schreibt, sondern eine Redaktion oder ein Team (z. B. „Redaktion hERZland“). Suchmaschinen nennen dann eine Organisation als Autor.',
    }),
    defineField({
      name: 'role',
      title: 'Funktion',
      type: 'localizedString',
      description: 'Z. B. „Koordinatorin Fachkräfteallianz“.',
    }),
    defineField({
      name: 'image',
      title: 'Foto',
      type: 'imageWithAlt',
    }),
    defineField({
      name: 'bio',
      title: 'Kurzbiografie',
      type: 'localizedText',
      description: 'Zwei bis drei Sätze in der dritten Person.',
    }),
  ],
  orderings: [{ title: 'Name A–Z', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', subtitle: `role.${defaultLanguage}`, media: 'image' },
  },
});
