import { CaseIcon } from '@sanity/icons/Case';
import { defineField, defineType } from 'sanity';

import { memberKinds, memberRoles, titleOf, toList } from '../enums';
import { required, webAddress } from '../rules';

export const member = defineType({
  name: 'member',
  title: 'Mitglied der Allianz',
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Vollständiger Name, z. B. „Agentur für Arbeit Annaberg-Buchholz“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Namen der Organisation ein.'),
    }),
    defineField({
      name: 'shortName',
      title: 'Kurzname',
      type: 'string',
      description: 'Optional, z. B. „IHK Chemnitz“ oder „HWK“. Wird in Listen und auf Karten verwendet.',
    }),
    defineField({
      name: 'kind',
      title: 'Art der Organisation',
      type: 'string',
      options: { list: toList(memberKinds) },
    }),
    defineField({
      name: 'role',
      title: 'Rolle in der Allianz',
      type: 'string',
      options: { list: toList(memberRoles), layout: 'radio', direction: 'horizontal' },
      initialValue: 'mitglied',
    }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      validation: (rule) => webAddress(rule),
    }),
    defineField({
      name: 'logo',
      title: 'Logo',
      type: 'imageWithAlt',
      description: 'Möglichst als SVG oder PNG mit transparentem Hintergrund. Alternativtext: Name der Organisation.',
    }),
    defineField({
      name: 'order',
      title: 'Reihenfolge',
      type: 'number',
      description: 'Optional. Kleinere Zahlen stehen in der Mitgliederliste weiter oben.',
      validation: (rule) => rule.integer().error('Bitte tragen Sie eine ganze Zahl ein.'),
    }),
  ],
  orderings: [
    {
      title: 'Reihenfolge',
      name: 'orderAsc',
      by: [
        { field: 'order', direction: 'asc' },
        { field: 'name', direction: 'asc' },
      ],
    },
    { title: 'Name A–Z', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'name', kind: 'kind', role: 'role', media: 'logo' },
    prepare: ({ title, kind, role, media }) => ({
      title,
      subtitle: [titleOf(memberKinds, kind), role === 'geschaeftsfuehrend' ? titleOf(memberRoles, role) : undefined]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
});
