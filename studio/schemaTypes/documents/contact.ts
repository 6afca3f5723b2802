import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { defineField, defineType } from 'sanity';

import { TEXT_ROWS_SHORT } from '../constants';
import { emailAddress, phoneNumber, required, webAddress } from '../rules';

export const contact = defineType({
  name: 'contact',
  title: 'Ansprechstelle',
  type: 'document',
  icon: EnvelopeIcon,
  fieldsets: [{ name: 'reach', title: 'Erreichbarkeit', options: { columns: 2 } }],
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Z. B. „Welcome Service Erzgebirge“ oder „Ausländerbehörde des Erzgebirgskreises“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Namen der Ansprechstelle ein.'),
    }),
    defineField({
      name: 'organisation',
      title: 'Organisation',
      type: 'reference',
      to: [{ type: 'member' }],
      description: 'Optional: zu welchem Mitglied der Allianz gehört die Stelle?',
    }),
    defineField({
      name: 'description',
      title: 'Wobei hilft die Stelle?',
      type: 'localizedText',
    }),
    defineField({
      name: 'address',
      title: 'Adresse',
      type: 'text',
      rows: TEXT_ROWS_SHORT,
    }),
    defineField({
      name: 'phone',
      title: 'Telefon',
      type: 'string',
      fieldset: 'reach',
      description: 'Mit Vorwahl, z. B. „03733 12345-0“.',
      validation: (rule) => phoneNumber(rule),
    }),
    defineField({
      name: 'email',
      title: 'E-Mail',
      type: 'string',
      fieldset: 'reach',
      validation: (rule) => emailAddress(rule),
    }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      validation: (rule) => webAddress(rule),
    }),
  ],
  orderings: [{ title: 'Name A–Z', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', organisation: 'organisation.shortName', organisationName: 'organisation.name' },
    prepare: ({ title, organisation, organisationName }) => ({ title, subtitle: organisation || organisationName }),
  },
});
