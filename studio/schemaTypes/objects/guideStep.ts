import { OlistIcon } from '@sanity/icons/Olist';
import { defineField, defineType } from 'sanity';

import { TEXT_ROWS_LONG } from '../constants';
import { required } from '../rules';

export const guideStep = defineType({
  name: 'guideStep',
  title: 'Schritt',
  type: 'object',
  icon: OlistIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Was ist zu tun?',
      type: 'string',
      description: 'Kurz und als Handlung formuliert, z. B. „Wohnsitz im Bürgeramt anmelden“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie ein, was in diesem Schritt zu tun ist.'),
    }),
    defineField({
      name: 'text',
      title: 'Erklärung',
      type: 'text',
      rows: TEXT_ROWS_LONG,
      description: 'Was braucht man dafür, wie lange dauert es, was kostet es?',
    }),
    defineField({
      name: 'link',
      title: 'Weiterführender Link',
      type: 'link',
      description: 'Optional, z. B. zum Online-Formular oder zur zuständigen Stelle.',
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'text' },
  },
});
