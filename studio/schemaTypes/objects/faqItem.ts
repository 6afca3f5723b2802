import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { defineField, defineType } from 'sanity';

import { TEXT_ROWS_LONG } from '../constants';
import { required } from '../rules';

export const faqItem = defineType({
  name: 'faqItem',
  title: 'Frage & Antwort',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'question',
      title: 'Frage',
      type: 'string',
      description: 'So, wie Betroffene sie stellen würden, z. B. „Brauche ich für die Anerkennung eine Übersetzung?“',
      validation: (rule) => required(rule, 'Bitte tragen Sie die Frage ein.'),
    }),
    defineField({
      name: 'answer',
      title: 'Antwort',
      type: 'text',
      rows: TEXT_ROWS_LONG,
      description: 'Kurz und konkret. Links gehören in die Quellen oder in die Schritte.',
      validation: (rule) => required(rule, 'Bitte tragen Sie die Antwort ein.'),
    }),
  ],
  preview: {
    select: { title: 'question', subtitle: 'answer' },
  },
});
