import { ImageIcon } from '@sanity/icons/Image';
import { defineField, defineType } from 'sanity';

import { descriptiveAltRule, messages, required } from '../rules';

export const imageWithAlt = defineType({
  name: 'imageWithAlt',
  title: 'Bild',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternativtext',
      type: 'string',
      description:
        'Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist, z. B. „Junge Frau an einer CNC-Fräse in einer Werkhalle“. Screenreader lesen diesen Text vor. Nicht „Bild von …“ schreiben.',
      validation: (rule) => [required(rule, messages.imageAlt), descriptiveAltRule(rule)],
    }),
    defineField({
      name: 'caption',
      title: 'Bildunterschrift',
      type: 'string',
      description: 'Optional. Wird unter dem Bild angezeigt.',
    }),
    defineField({
      name: 'credit',
      title: 'Bildnachweis',
      type: 'string',
      description: 'Fotograf/in oder Quelle, z. B. „Foto: Max Mustermann“. Bitte Nutzungsrechte beachten.',
    }),
  ],
  preview: {
    select: { title: 'alt', subtitle: 'caption', media: 'asset' },
    prepare: ({ title, subtitle, media }) => ({
      title: title || 'Bild ohne Alternativtext',
      subtitle,
      media,
    }),
  },
});
