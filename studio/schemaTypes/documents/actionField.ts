import { ThLargeIcon } from '@sanity/icons/ThLarge';
import { defineField, defineType } from 'sanity';

import { TEXT_ROWS_SHORT } from '../constants';
import { actionFieldFrameworks, titleOf, toList } from '../enums';
import { translatableHeadFields, translatableSeoFields } from '../fields';
import { contentGroup, GROUP, seoGroup } from '../groups';
import { required } from '../rules';

/** Number used for the Sachsen 2030 strategy (not one of the alliance's own fields). */
export const SACHSEN_2030_NUMBER = 0;

export const actionField = defineType({
  name: 'actionField',
  title: 'Handlungsfeld',
  type: 'document',
  icon: ThLargeIcon,
  groups: [contentGroup, seoGroup],
  fields: [
    ...translatableHeadFields(),
    defineField({
      name: 'number',
      title: 'Nummer',
      type: 'number',
      group: GROUP.content,
      description: `Die Nummer des Handlungsfelds im Handlungskonzept (1, 2, 4, 5). ${SACHSEN_2030_NUMBER} für die Fachkräftestrategie Sachsen 2030.`,
      validation: (rule) => [
        required(rule, 'Bitte tragen Sie die Nummer des Handlungsfelds ein.'),
        rule.integer().min(SACHSEN_2030_NUMBER).error('Bitte tragen Sie eine ganze Zahl ab 0 ein.'),
      ],
    }),
    defineField({
      name: 'framework',
      title: 'Rahmen',
      type: 'string',
      group: GROUP.content,
      options: { list: toList(actionFieldFrameworks), layout: 'radio' },
    }),
    defineField({
      name: 'description',
      title: 'Beschreibung',
      type: 'text',
      rows: TEXT_ROWS_SHORT,
      group: GROUP.content,
      description: 'Was will die Allianz in diesem Handlungsfeld erreichen?',
    }),
    ...translatableSeoFields(),
  ],
  orderings: [{ title: 'Nummer', name: 'numberAsc', by: [{ field: 'number', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', number: 'number', framework: 'framework' },
    prepare: ({ title, number, framework }) => ({
      title: typeof number === 'number' && number !== SACHSEN_2030_NUMBER ? `${number}. ${title}` : title,
      subtitle: titleOf(actionFieldFrameworks, framework),
    }),
  },
});
