import { MenuIcon } from '@sanity/icons/Menu';
import { defineField, defineType } from 'sanity';

import { defaultLanguage } from '../../config/languages';
import { required } from '../rules';

export const navItem = defineType({
  name: 'navItem',
  title: 'Menüpunkt',
  type: 'object',
  icon: MenuIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Beschriftung',
      type: 'localizedString',
      description: 'Kurz, ein bis zwei Wörter, z. B. „Ankommen“.',
      validation: (rule) => required(rule, 'Bitte tragen Sie die Beschriftung des Menüpunkts ein.'),
    }),
    defineField({
      name: 'route',
      title: 'Ziel (Routen-Schlüssel)',
      type: 'string',
      description:
        'Der Schlüssel der Seite aus der Routen-Tabelle der Website (site/routes.ts), z. B. „stories“. Bei Unsicherheit bitte das Web-Team fragen.',
      validation: (rule) => required(rule, 'Bitte tragen Sie den Routen-Schlüssel des Ziels ein.'),
    }),
  ],
  preview: {
    select: { title: `label.${defaultLanguage}`, subtitle: 'route' },
  },
});
