/**
 * German desk structure: Website-Einstellungen on top, then the groups
 * Inhalte / Allianz / Stammdaten.
 */
import { DatabaseIcon } from '@sanity/icons/Database';
import { DocumentsIcon } from '@sanity/icons/Documents';
import { UsersIcon } from '@sanity/icons/Users';
import type { StructureResolver } from 'sanity/structure';

import { groupItem, sharedItem, singletonItem, translatableItem } from './items';

export const structure: StructureResolver = (S) =>
  S.list()
    .id('root')
    .title('hERZland')
    .items([
      singletonItem(S, 'siteSettings'),
      S.divider(),
      groupItem(S, {
        id: 'inhalte',
        title: 'Inhalte',
        icon: DocumentsIcon,
        items: [
          translatableItem(S, 'story'),
          translatableItem(S, 'welcomeGuide'),
          translatableItem(S, 'post'),
          translatableItem(S, 'orientationPage'),
          translatableItem(S, 'event'),
          translatableItem(S, 'page'),
        ],
      }),
      groupItem(S, {
        id: 'allianz',
        title: 'Allianz',
        icon: UsersIcon,
        items: [
          translatableItem(S, 'allianceDocument'),
          translatableItem(S, 'project'),
          translatableItem(S, 'actionField'),
          sharedItem(S, 'member'),
        ],
      }),
      groupItem(S, {
        id: 'stammdaten',
        title: 'Stammdaten',
        icon: DatabaseIcon,
        items: [
          singletonItem(S, 'regionFacts'),
          S.divider(),
          sharedItem(S, 'town'),
          sharedItem(S, 'branch'),
          sharedItem(S, 'person'),
          sharedItem(S, 'contact'),
        ],
      }),
    ]);
