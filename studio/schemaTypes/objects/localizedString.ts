import { TranslateIcon } from '@sanity/icons/Translate';
import { defineType } from 'sanity';

import { languageFields } from '../localizedFields';

export const localizedString = defineType({
  name: 'localizedString',
  title: 'Text in mehreren Sprachen',
  type: 'object',
  icon: TranslateIcon,
  fields: languageFields('string'),
});
