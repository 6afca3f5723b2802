/** Field groups (tabs) shared by the long document types. */
import { CogIcon } from '@sanity/icons/Cog';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { LinkIcon } from '@sanity/icons/Link';
import { OlistIcon } from '@sanity/icons/Olist';
import { SearchIcon } from '@sanity/icons/Search';
import { TagsIcon } from '@sanity/icons/Tags';
import { UserIcon } from '@sanity/icons/User';
import type { FieldGroupDefinition } from 'sanity';

export const GROUP = {
  content: 'content',
  person: 'person',
  steps: 'steps',
  classification: 'classification',
  sources: 'sources',
  seo: 'seo',
  settings: 'settings',
} as const;

export const contentGroup: FieldGroupDefinition = {
  name: GROUP.content,
  title: 'Inhalt',
  icon: DocumentTextIcon,
  default: true,
};

export const personGroup: FieldGroupDefinition = {
  name: GROUP.person,
  title: 'Person',
  icon: UserIcon,
};

export const stepsGroup: FieldGroupDefinition = {
  name: GROUP.steps,
  title: 'Schritte & FAQ',
  icon: OlistIcon,
};

export const classificationGroup: FieldGroupDefinition = {
  name: GROUP.classification,
  title: 'Einordnung',
  icon: TagsIcon,
};

export const sourcesGroup: FieldGroupDefinition = {
  name: GROUP.sources,
  title: 'Quellen & Prüfung',
  icon: LinkIcon,
};

export const seoGroup: FieldGroupDefinition = {
  name: GROUP.seo,
  title: 'SEO',
  icon: SearchIcon,
};

export const settingsGroup: FieldGroupDefinition = {
  name: GROUP.settings,
  title: 'Einstellungen',
  icon: CogIcon,
};
