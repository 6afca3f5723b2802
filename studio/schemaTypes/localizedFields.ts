/**
 * One field per language from `config/languages.ts` for the field-level
 * translation objects `localizedString` and `localizedText`. The default
 * language is required, the others are optional.
 */
import { defineField } from 'sanity';

import { defaultLanguage, languages } from '../config/languages';
import { TEXT_ROWS_SHORT } from './constants';
import { required } from './rules';

export function languageFields(type: 'string' | 'text') {
  return languages.map(({ id, title }) =>
    defineField({
      name: id,
      title,
      type,
      ...(type === 'text' ? { rows: TEXT_ROWS_SHORT } : {}),
      validation: id === defaultLanguage ? (rule) => required(rule, `Bitte tragen Sie den Text auf ${title} ein.`) : undefined,
    }),
  );
}
