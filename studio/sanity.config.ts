import { documentInternationalization } from '@sanity/document-internationalization';
import { languageFilter } from '@sanity/language-filter';
import { deDELocale } from '@sanity/locale-de-de';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';

import { defaultLanguage, languages } from './config/languages';
import { resolveDocumentActions, resolveNewDocumentOptions } from './documentActions';
import { dataset, localLakeUrl, projectId } from './env';
import { API_VERSION } from './schemaTypes/constants';
import { LANGUAGE_FIELD } from './schemaTypes/fields';
import { schemaTypes, sharedTypes, singletonTypes, translatableTypes } from './schemaTypes';
import { structure } from './structure';
import { defaultDocumentNode } from './structure/preview';

const singletonTypeNames = new Set<string>(singletonTypes);
/** The field-level translation objects (see schemaTypes/localizedFields.ts). */
const localizedObjectTypes = new Set(['localizedString', 'localizedText']);

export default defineConfig({
  name: 'default',
  title: 'hERZland',
  projectId,
  dataset,

  plugins: [
    structureTool({ title: 'Redaktion', structure, defaultDocumentNode, keepPanesOnCreate: true }),
    documentInternationalization({
      supportedLanguages: languages.map(({ id, title }) => ({ id, title })),
      schemaTypes: [...translatableTypes],
      languageField: LANGUAGE_FIELD,
      apiVersion: API_VERSION,
    }),
    // Singletons and shared types translate field by field: editors pick the languages they see.
    languageFilter({
      supportedLanguages: languages.map(({ id, title }) => ({ id, title })),
      defaultLanguages: [defaultLanguage],
      documentTypes: [...singletonTypes, ...sharedTypes],
      filterField: (enclosingType, member, selectedLanguageIds) =>
        !localizedObjectTypes.has(enclosingType.name) || selectedLanguageIds.includes(member.name),
    }),
    deDELocale(),
    visionTool({ title: 'GROQ-Abfragen', defaultApiVersion: API_VERSION }),
  ],

  schema: {
    types: schemaTypes,
    // Singletons are opened from the desk with their fixed id, never created from a template.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypeNames.has(schemaType)),
  },

  document: {
    actions: resolveDocumentActions,
    newDocumentOptions: resolveNewDocumentOptions,
    ...(localLakeUrl ? { comments: { enabled: false } } : {}),
  },

  // The local Content Lake (studio/lake/) answers only what editing needs: no login (it answers
  // /users/me for the local editor), GROQ search without text::query (groq-js lacks it), and no
  // releases, scheduling, tasks or Canvas, which live in Sanity's cloud.
  ...(localLakeUrl
    ? {
        apiHost: localLakeUrl,
        auth: { loginMethod: 'token' as const },
        search: { strategy: 'groqLegacy' as const },
        releases: { enabled: false },
        scheduledDrafts: { enabled: false },
        scheduledPublishing: { enabled: false },
        tasks: { enabled: false },
        announcements: { enabled: false },
        apps: { canvas: { enabled: false } },
      }
    : {}),
});
