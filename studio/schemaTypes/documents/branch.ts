import { TagIcon } from '@sanity/icons/Tag';
import { defineField, defineType } from 'sanity';

import { defaultLanguage } from '../../config/languages';
import { slugField } from '../fields';
import { required } from '../rules';

export const branch = defineType({
  name: 'branch',
  title: 'Branche',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Bezeichnung',
      type: 'localizedString',
      description: 'Z. B. „Metall- und Elektroindustrie“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie die Bezeichnung der Branche ein.'),
    }),
    slugField({ source: `title.${defaultLanguage}` }),
    defineField({
      name: 'order',
      title: 'Reihenfolge',
      type: 'number',
      description: 'Optional. Kleinere Zahlen stehen in Filterlisten weiter oben.',
      validation: (rule) => rule.integer().error('Bitte tragen Sie eine ganze Zahl ein.'),
    }),
  ],
  orderings: [
    { title: 'Reihenfolge', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] },
    { title: 'Bezeichnung A–Z', name: 'titleAsc', by: [{ field: `title.${defaultLanguage}`, direction: 'asc' }] },
  ],
  preview: {
    select: { title: `title.${defaultLanguage}`, subtitle: 'slug.current' },
  },
});
