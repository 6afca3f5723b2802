import type { Rule, SchemaTypeDefinition } from 'sanity';

import { actionField } from './documents/actionField';
import { allianceDocument } from './documents/allianceDocument';
import { branch } from './documents/branch';
import { contact } from './documents/contact';
import { event } from './documents/event';
import { member } from './documents/member';
import { orientationPage } from './documents/orientationPage';
import { page } from './documents/page';
import { person } from './documents/person';
import { post } from './documents/post';
import { project } from './documents/project';
import { story } from './documents/story';
import { town } from './documents/town';
import { welcomeGuide } from './documents/welcomeGuide';
import { dataSeries } from './objects/dataSeries';
import { faqItem } from './objects/faqItem';
import { guideStep } from './objects/guideStep';
import { imageWithAlt } from './objects/imageWithAlt';
import { keyFigure } from './objects/keyFigure';
import { link } from './objects/link';
import { localizedString } from './objects/localizedString';
import { localizedText } from './objects/localizedText';
import { metric } from './objects/metric';
import { navItem } from './objects/navItem';
import { richText } from './objects/richText';
import { seo } from './objects/seo';
import { storyPerson } from './objects/storyPerson';
import { yearlyResult } from './objects/yearlyResult';
import { regionFacts } from './singletons/regionFacts';
import { siteSettings } from './singletons/siteSettings';
import { documentTextRules } from './rules';

export { isSingletonType, isTranslatableType, sharedTypes, singletonIds, singletonTypes, translatableTypes } from './typeNames';
export type { SharedType, SingletonType, TranslatableType } from './typeNames';

export const objectTypes = [
  imageWithAlt,
  link,
  seo,
  richText,
  localizedString,
  localizedText,
  guideStep,
  faqItem,
  metric,
  yearlyResult,
  keyFigure,
  dataSeries,
  storyPerson,
  navItem,
] satisfies SchemaTypeDefinition[];

/**
 * Every document type also gets the document-wide text rules (placeholders, umlauts), on top of
 * its own validation, so no type can forget them.
 */
function withDocumentTextRules<T extends SchemaTypeDefinition>(type: T): T {
  const own = (type as { validation?: (rule: Rule) => unknown }).validation;
  const validation = (rule: Rule) => [...[own?.(rule) ?? []].flat(), ...documentTextRules(rule)];
  return { ...type, validation };
}

export const documentTypes = [
  story,
  welcomeGuide,
  post,
  allianceDocument,
  project,
  event,
  orientationPage,
  page,
  actionField,
  member,
  town,
  branch,
  person,
  contact,
].map(withDocumentTextRules) satisfies SchemaTypeDefinition[];

export const singletonDocumentTypes = [siteSettings, regionFacts].map(withDocumentTextRules) satisfies SchemaTypeDefinition[];

export const schemaTypes: SchemaTypeDefinition[] = [...objectTypes, ...documentTypes, ...singletonDocumentTypes];
