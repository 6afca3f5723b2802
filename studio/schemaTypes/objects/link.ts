import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';

import { hrefHelpText, required, validHref } from '../rules';

export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Linktext',
      type: 'string',
      description: 'Sagt, wohin der Link führt, z. B. „Anerkennung ausländischer Abschlüsse (BAMF)“ – nicht „hier klicken“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie einen Linktext ein.'),
    }),
    defineField({
      name: 'href',
      title: 'Ziel',
      type: 'string',
      description: hrefHelpText,
      validation: (rule) => [required(rule, 'Bitte tragen Sie das Linkziel ein.'), validHref(rule)],
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'href' },
  },
});
