/**
 * Names of document types by role. Framework-free, so the site and the offline
 * validator can import these lists without pulling in `sanity`.
 * `index.ts` re-exports them next to the schema.
 */

/** Types with one document per language, linked by `translation.metadata`. */
export const translatableTypes = [
  'story',
  'welcomeGuide',
  'post',
  'allianceDocument',
  'project',
  'event',
  'orientationPage',
  'page',
  'actionField',
] as const;

/** Types that exist exactly once; their document id equals the type name. */
export const singletonTypes = ['siteSettings', 'regionFacts'] as const;

/** Shared (language-independent) document types; localized fields use localizedString/Text. */
export const sharedTypes = ['member', 'town', 'branch', 'person', 'contact'] as const;

export type TranslatableType = (typeof translatableTypes)[number];
export type SingletonType = (typeof singletonTypes)[number];
export type SharedType = (typeof sharedTypes)[number];

/** Fixed `_id` of each singleton document. */
export const singletonIds = {
  siteSettings: 'siteSettings',
  regionFacts: 'regionFacts',
} as const satisfies Record<SingletonType, string>;

export function isTranslatableType(type: unknown): type is TranslatableType {
  return typeof type === 'string' && (translatableTypes as readonly string[]).includes(type);
}

export function isSingletonType(type: unknown): type is SingletonType {
  return typeof type === 'string' && (singletonTypes as readonly string[]).includes(type);
}
