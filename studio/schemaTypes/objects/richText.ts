import { BlockContentIcon } from '@sanity/icons/BlockContent';
import { HighlightIcon } from '@sanity/icons/Highlight';
import { LinkIcon } from '@sanity/icons/Link';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { PlaceholderDecorator } from '../components/PlaceholderDecorator';
import { hrefHelpText, required, validHref } from '../rules';

/** The decorator marking text the alliance still has to fill in (rendered visibly on the site). */
export const PLACEHOLDER_DECORATOR = 'placeholder';

export const richText = defineType({
  name: 'richText',
  title: 'Text',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Absatz', value: 'normal' },
        { title: 'Überschrift 2', value: 'h2' },
        { title: 'Überschrift 3', value: 'h3' },
        { title: 'Überschrift 4', value: 'h4' },
        { title: 'Zitat', value: 'blockquote' },
      ],
      lists: [
        { title: 'Aufzählung', value: 'bullet' },
        { title: 'Nummerierte Liste', value: 'number' },
        { title: 'Checkliste (zum Abhaken)', value: 'check' },
      ],
      marks: {
        decorators: [
          { title: 'Fett', value: 'strong' },
          { title: 'Kursiv', value: 'em' },
          {
            title: 'Platzhalter (von der Allianz auszufüllen)',
            value: PLACEHOLDER_DECORATOR,
            icon: HighlightIcon,
            component: PlaceholderDecorator,
          },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            icon: LinkIcon,
            fields: [
              defineField({
                name: 'href',
                title: 'Ziel',
                type: 'string',
                description: hrefHelpText,
                validation: (rule) => [required(rule, 'Bitte tragen Sie das Linkziel ein.'), validHref(rule)],
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({ type: 'imageWithAlt' }),
  ],
});
