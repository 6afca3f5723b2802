import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';

import { required } from '../rules';

/** Minimum and maximum plausible age of a person portrayed in a story. */
const MIN_AGE = 14;
const MAX_AGE = 99;

export const storyPerson = defineType({
  name: 'storyPerson',
  title: 'Person der Geschichte',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Wie die Person genannt werden möchte, z. B. „Anna“ oder „Anna Müller“. Bitte Einwilligung einholen.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Namen der Person ein.'),
    }),
    defineField({
      name: 'role',
      title: 'Tätigkeit',
      type: 'string',
      description: 'Z. B. „Mechatronikerin bei einem Automobilzulieferer“.',
    }),
    defineField({
      name: 'age',
      title: 'Alter',
      type: 'number',
      description: 'Optional.',
      validation: (rule) =>
        rule.integer().min(MIN_AGE).max(MAX_AGE).error(`Bitte tragen Sie das Alter als ganze Zahl zwischen ${MIN_AGE} und ${MAX_AGE} ein.`),
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'role' },
  },
});
