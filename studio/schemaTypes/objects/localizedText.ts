import { TranslateIcon } from '@sanity/icons/Translate';
import { defineType } from 'sanity';

import { languageFields } from '../localizedFields';

export const localizedText = defineType({
  name: 'localizedText',
  title: 'Mehrzeiliger Text in mehreren Sprachen',
  type: 'object',
  icon: TranslateIcon,
  fields: languageFields('text'),
});
