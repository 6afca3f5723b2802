import {documentInternationalization} from '@sanity/document-internationalization'
import {deDELocale} from '@sanity/locale-de-de'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'

import {languages} from './config/languages'
import {resolveDocumentActions, resolveNewDocumentOptions} from './documentActions'
import {dataset, localLakeUrl, projectId} from './env'
import {API_VERSION} from './schemaTypes/constants'
import {LANGUAGE_FIELD} from './schemaTypes/fields'
import {schemaTypes, singletonTypes, translatableTypes} from './schemaTypes'
import {structure} from './structure'
import {defaultDocumentNode} from './structure/preview'

const singletonTypeNames = new Set<string>(singletonTypes)

export default defineConfig({
  name: 'default',
  title: 'hERZland',
  projectId,
  dataset,

  plugins: [
    structureTool({title: 'Redaktion', structure, defaultDocumentNode, keepPanesOnCreate: true}),
    documentInternationalization({
      supportedLanguages: languages.map(({id, title}) => ({id, title})),
      schemaTypes: [...translatableTypes],
      languageField: LANGUAGE_FIELD,
      apiVersion: API_VERSION,
    }),
    deDELocale(),
    visionTool({title: 'GROQ-Abfragen', defaultApiVersion: API_VERSION}),
  ],

  schema: {
    types: schemaTypes,
    // Singletons are opened from the desk with their fixed id, never created from a template.
    templates: (templates) => templates.filter(({schemaType}) => !singletonTypeNames.has(schemaType)),
  },

  document: {
    actions: resolveDocumentActions,
    newDocumentOptions: resolveNewDocumentOptions,
    ...(localLakeUrl ? {comments: {enabled: false}} : {}),
  },

  // The local Content Lake (studio/lake/) answers only what editing needs: no login (it answers
  // /users/me for the local editor), GROQ search without text::query (groq-js lacks it), and no
  // releases, scheduling, tasks or Canvas, which live in Sanity's cloud.
  ...(localLakeUrl
    ? {
        apiHost: localLakeUrl,
        auth: {loginMethod: 'token' as const},
        search: {strategy: 'groqLegacy' as const},
        releases: {enabled: false},
        scheduledDrafts: {enabled: false},
        scheduledPublishing: {enabled: false},
        tasks: {enabled: false},
        announcements: {enabled: false},
        apps: {canvas: {enabled: false}},
      }
    : {}),
})
