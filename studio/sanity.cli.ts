import { defineCliConfig } from 'sanity/cli';

import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID } from './env';

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || PLACEHOLDER_PROJECT_ID;
const dataset = process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || DEFAULT_DATASET;

export default defineCliConfig({
  api: { projectId, dataset },

  deployment: {
    // Never fetch Sanity modules from the CDN at runtime: the Studio runs the versions in package-lock.json.
    autoUpdates: false,
    // Set after the first `sanity deploy` (printed by the CLI); optional until then.
    ...(process.env.SANITY_STUDIO_APP_ID ? { appId: process.env.SANITY_STUDIO_APP_ID } : {}),
  },

  // Legacy hostname for `sanity deploy` (<host>.sanity.studio); deployment.appId supersedes it.
  ...(process.env.SANITY_STUDIO_HOST ? { studioHost: process.env.SANITY_STUDIO_HOST } : {}),

  // `sanity schema extract` (run in studio/) → studio/schema.json, required fields non-optional.
  schemaExtraction: {
    path: 'schema.json',
    enforceRequiredFields: true,
  },

  // `sanity typegen generate` (run in studio/): schema.json + defineQuery() calls in the site.
  typegen: {
    schema: 'schema.json',
    path: ['../site/**/*.ts'],
    generates: '../site/sanity.types.ts',
    overloadClientMethods: true,
  },
});
