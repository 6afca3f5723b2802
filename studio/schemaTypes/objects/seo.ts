import { SearchIcon } from '@sanity/icons/Search';
import { defineField, defineType } from 'sanity';

import {
  SEO_DESCRIPTION_MAX_LENGTH,
  SEO_DESCRIPTION_MIN_LENGTH,
  SEO_TITLE_MAX_LENGTH,
  SHARE_IMAGE_MIN_HEIGHT,
  SHARE_IMAGE_MIN_WIDTH,
  TEXT_ROWS_SHORT,
} from '../constants';
import { seoDescriptionRules, seoTitleRule } from '../rules';

export const seo = defineType({
  name: 'seo',
  title: 'Suchmaschinen & Teilen',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: false },
  fields: [
    defineField({
      name: 'title',
      title: 'SEO-Titel',
      type: 'string',
      description: `Optional. Erscheint in Google und beim Teilen. Höchstens ${SEO_TITLE_MAX_LENGTH} Zeichen. Leer lassen, um den normalen Titel zu verwenden.`,
      validation: (rule) => seoTitleRule(rule),
    }),
    defineField({
      name: 'description',
      title: 'SEO-Beschreibung',
      type: 'text',
      rows: TEXT_ROWS_SHORT,
      description: `Ein bis zwei Sätze, die neugierig machen (${SEO_DESCRIPTION_MIN_LENGTH}–${SEO_DESCRIPTION_MAX_LENGTH} Zeichen). Erscheint in Suchergebnissen unter dem Titel.`,
      validation: (rule) => seoDescriptionRules(rule),
    }),
    defineField({
      name: 'image',
      title: 'Vorschaubild beim Teilen',
      type: 'imageWithAlt',
      description: `Optional. Wird z. B. bei Facebook, LinkedIn oder Messengern angezeigt. Querformat, mindestens ${SHARE_IMAGE_MIN_WIDTH} × ${SHARE_IMAGE_MIN_HEIGHT} Pixel.`,
    }),
    defineField({
      name: 'noIndex',
      title: 'Nicht in Suchmaschinen anzeigen',
      type: 'boolean',
      description: 'Nur einschalten, wenn diese Seite nicht bei Google & Co. gefunden werden soll.',
      initialValue: false,
    }),
  ],
});
