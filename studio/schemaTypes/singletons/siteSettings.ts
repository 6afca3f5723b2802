import { CogIcon } from '@sanity/icons/Cog';
import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { MenuIcon } from '@sanity/icons/Menu';
import { SearchIcon } from '@sanity/icons/Search';
import { CaseIcon } from '@sanity/icons/Case';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { MAX_JOB_SEARCH_RADIUS_KM, TEXT_ROWS_SHORT } from '../constants';
import { emailAddress, phoneNumber, required, webAddress } from '../rules';

const groups = [
  { name: 'general', title: 'Allgemein', icon: CogIcon, default: true },
  { name: 'navigation', title: 'Navigation', icon: MenuIcon },
  { name: 'contact', title: 'Kontakt & Impressum', icon: EnvelopeIcon },
  { name: 'seo', title: 'SEO', icon: SearchIcon },
  { name: 'jobSearch', title: 'Jobsuche', icon: CaseIcon },
];

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Website-Einstellungen',
  type: 'document',
  icon: CogIcon,
  groups,
  fields: [
    defineField({
      name: 'title',
      title: 'Name der Website',
      type: 'string',
      group: 'general',
      description: 'Erscheint im Browser-Tab und in Suchergebnissen, z. B. „hERZland“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Namen der Website ein.'),
    }),
    defineField({
      name: 'tagline',
      title: 'Slogan',
      type: 'localizedString',
      group: 'general',
      description: 'Kurzer Satz unter dem Logo, z. B. „Arbeiten und Leben im Erzgebirge“.',
    }),
    defineField({
      name: 'mainNav',
      title: 'Hauptmenü',
      type: 'array',
      group: 'navigation',
      description: 'Die Menüpunkte oben auf jeder Seite, in dieser Reihenfolge.',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
    defineField({
      name: 'footerNav',
      title: 'Menü im Fußbereich',
      type: 'array',
      group: 'navigation',
      description: 'Z. B. Über uns, Presse. Impressum, Datenschutz und Barrierefreiheit ergänzt die Website automatisch.',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
    defineField({
      name: 'contact',
      title: 'Kontakt',
      type: 'object',
      group: 'contact',
      description: 'Wird im Fußbereich und im Impressum angezeigt.',
      fields: [
        defineField({ name: 'organisation', title: 'Organisation', type: 'string' }),
        defineField({ name: 'address', title: 'Anschrift', type: 'text', rows: TEXT_ROWS_SHORT }),
        defineField({ name: 'email', title: 'E-Mail', type: 'string', validation: (rule) => emailAddress(rule) }),
        defineField({ name: 'phone', title: 'Telefon', type: 'string', validation: (rule) => phoneNumber(rule) }),
      ],
    }),
    defineField({
      name: 'responsiblePerson',
      title: 'Verantwortlich nach § 18 Abs. 2 MStV',
      type: 'text',
      rows: TEXT_ROWS_SHORT,
      group: 'contact',
      description: 'Name und Anschrift der Person, die für die redaktionellen Inhalte verantwortlich ist (Pflichtangabe im Impressum).',
    }),
    defineField({
      name: 'defaultSeo',
      title: 'Standard für Suchmaschinen & Teilen',
      type: 'object',
      group: 'seo',
      description: 'Wird verwendet, wenn eine Seite keine eigenen Angaben hat.',
      fields: [
        defineField({ name: 'description', title: 'Beschreibung', type: 'localizedText' }),
        defineField({ name: 'image', title: 'Vorschaubild', type: 'imageWithAlt' }),
      ],
    }),
    defineField({
      name: 'jobSearch',
      title: 'Jobsuche',
      type: 'object',
      group: 'jobSearch',
      description: 'Voreinstellungen für die Jobsuche, auf die Geschichten und Leitfäden verlinken.',
      fields: [
        defineField({ name: 'region', title: 'Region', type: 'string', description: 'Z. B. „Erzgebirgskreis“.' }),
        defineField({
          name: 'defaultTown',
          title: 'Standardort',
          type: 'string',
          description: 'Ort, um den herum gesucht wird, z. B. „Annaberg-Buchholz“.',
        }),
        defineField({
          name: 'radiusKm',
          title: 'Umkreis in Kilometern',
          type: 'number',
          validation: (rule) =>
            rule
              .integer()
              .positive()
              .max(MAX_JOB_SEARCH_RADIUS_KM)
              .error(`Bitte tragen Sie eine ganze Zahl zwischen 1 und ${MAX_JOB_SEARCH_RADIUS_KM} ein.`),
        }),
        defineField({
          name: 'makerzUrl',
          title: 'Link zu MAKERZ',
          type: 'url',
          validation: (rule) => webAddress(rule),
        }),
        defineField({
          name: 'portalUrl',
          title: 'Link zum Jobportal',
          type: 'url',
          validation: (rule) => webAddress(rule),
        }),
      ],
    }),
  ],
  preview: {
    prepare: () => ({ title: 'Website-Einstellungen' }),
  },
});
