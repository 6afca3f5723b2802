import { TargetIcon } from '@sanity/icons/Target';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { orientationAudiences, orientationTopics, titleOf } from '../enums';
import { audienceField, bodyField, summaryField, topicField, translatableHeadFields, translatableSeoFields } from '../fields';
import { classificationGroup, contentGroup, GROUP, seoGroup } from '../groups';

export const orientationPage = defineType({
  name: 'orientationPage',
  title: 'Berufsorientierung',
  type: 'document',
  icon: TargetIcon,
  groups: [contentGroup, classificationGroup, seoGroup],
  fields: [
    ...translatableHeadFields(),
    summaryField({ description: 'Zwei bis drei Sätze: Was erfährt man auf dieser Seite?' }),
    bodyField(),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      group: GROUP.content,
      description: 'Weiterführende Angebote, z. B. Praktikumsbörsen oder Messetermine.',
      of: [defineArrayMember({ type: 'link' })],
    }),
    audienceField(orientationAudiences),
    topicField(orientationTopics),
    ...translatableSeoFields(),
  ],
  orderings: [{ title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', topic: 'topic' },
    prepare: ({ title, topic }) => ({ title, subtitle: titleOf(orientationTopics, topic) }),
  },
});
