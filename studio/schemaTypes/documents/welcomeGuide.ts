import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { MIN_GUIDE_SOURCES, REVIEW_MAX_AGE_MONTHS } from '../constants';
import { guideAudiences, guideTopics, titleOf } from '../enums';
import { audienceField, bodyField, summaryField, topicField, translatableHeadFields, translatableSeoFields } from '../fields';
import { classificationGroup, contentGroup, GROUP, seoGroup, sourcesGroup, stepsGroup } from '../groups';
import { formatGermanDate } from '../lib/dates';
import { lastReviewedRules, officialSourceRule } from '../rules';

export const welcomeGuide = defineType({
  name: 'welcomeGuide',
  title: 'Ankommens-Leitfaden',
  type: 'document',
  icon: EarthGlobeIcon,
  groups: [contentGroup, stepsGroup, classificationGroup, sourcesGroup, seoGroup],
  fields: [
    ...translatableHeadFields({
      titleDescription: 'Als Frage oder Aufgabe formuliert, z. B. „Ausländischen Berufsabschluss anerkennen lassen“.',
    }),
    summaryField({
      description: 'Zwei bis drei Sätze: Für wen ist der Leitfaden, was hat man am Ende erreicht?',
      requiredMessage: 'Bitte tragen Sie eine Kurzbeschreibung ein (zwei bis drei Sätze).',
    }),
    defineField({
      name: 'image',
      title: 'Bild',
      type: 'imageWithAlt',
      group: GROUP.content,
      description: 'Optional.',
    }),
    bodyField({ description: 'Optional: Hintergründe, die nicht in die Schritte passen.' }),
    defineField({
      name: 'steps',
      title: 'Schritte',
      type: 'array',
      group: GROUP.steps,
      description: 'Die Schritte in der Reihenfolge, in der man sie erledigt. Ziehen Sie sie zum Umsortieren.',
      of: [defineArrayMember({ type: 'guideStep' })],
    }),
    defineField({
      name: 'faq',
      title: 'Häufige Fragen',
      type: 'array',
      group: GROUP.steps,
      of: [defineArrayMember({ type: 'faqItem' })],
    }),
    audienceField(guideAudiences, { description: 'Für wen ist dieser Leitfaden gedacht? Mehrfachauswahl möglich.' }),
    topicField(guideTopics),
    defineField({
      name: 'contacts',
      title: 'Ansprechstellen',
      type: 'array',
      group: GROUP.classification,
      description: 'Stellen, die bei diesem Thema beraten, z. B. die Ausländerbehörde oder der Welcome Service.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'contact' }] })],
      validation: (rule) => rule.unique().error('Jede Ansprechstelle bitte nur einmal auswählen.'),
    }),
    defineField({
      name: 'sources',
      title: 'Quellen',
      type: 'array',
      group: GROUP.sources,
      description:
        'Offizielle Seiten, auf denen die Angaben beruhen (Behörden, Gesetze, Kammern). Sie werden unter dem Leitfaden verlinkt.',
      of: [defineArrayMember({ type: 'link' })],
      validation: (rule) => [
        rule
          .required()
          .min(MIN_GUIDE_SOURCES)
          .error('Bitte geben Sie mindestens eine Quelle an, auf der die Angaben beruhen (Linktext und Webadresse).'),
        officialSourceRule(rule),
      ],
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Zuletzt inhaltlich geprüft am',
      type: 'date',
      group: GROUP.sources,
      description: `Wann wurden Fristen, Gebühren, Links und Ansprechstellen zuletzt geprüft? Die Website zeigt das Datum an. Nach ${REVIEW_MAX_AGE_MONTHS} Monaten erscheint hier eine Erinnerung.`,
      options: { dateFormat: 'DD.MM.YYYY' },
      validation: (rule) => lastReviewedRules(rule),
    }),
    ...translatableSeoFields(),
  ],
  orderings: [
    { title: 'Am längsten nicht geprüft', name: 'lastReviewedAsc', by: [{ field: 'lastReviewed', direction: 'asc' }] },
    { title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', topic: 'topic', lastReviewed: 'lastReviewed', media: 'image' },
    prepare: ({ title, topic, lastReviewed, media }) => ({
      title,
      subtitle: [titleOf(guideTopics, topic), lastReviewed ? `geprüft ${formatGermanDate(lastReviewed)}` : 'nicht geprüft']
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
});
