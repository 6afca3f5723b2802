/**
 * Imports the embedded dataset (content/) into a real Sanity project with Sanity's own importer:
 *   SANITY_PROJECT_ID=… SANITY_API_WRITE_TOKEN=… npm run content:import -- <dataset>
 * Documents are created or replaced; images and files are uploaded from content/images and files.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, type SanityClient } from '@sanity/client';
import { sanityImport } from '@sanity/import';
import { DEFAULT_API_VERSION } from '../site/config.ts';

export async function importEmbeddedContent(client: SanityClient, contentDir: string, onProgress?: (line: string) => void) {
  return sanityImport(contentDir, {
    client,
    operation: 'createOrReplace',
    onProgress: ({ step, current, total }) => {
      if (total) onProgress?.(`${step}: ${current}/${total}`);
    },
  });
}

async function main(): Promise<void> {
  const dataset = process.argv[2] || process.env.SANITY_DATASET;
  const projectId = process.env.SANITY_PROJECT_ID;
  const token = process.env.SANITY_API_WRITE_TOKEN || process.env.SANITY_AUTH_TOKEN;
  const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
  if (!dataset || !projectId || !token) {
    console.error('Usage: SANITY_PROJECT_ID=<id> SANITY_API_WRITE_TOKEN=<token> npm run content:import -- <dataset>');
    console.error('Create a token with Editor rights under sanity.io/manage → API → Tokens.');
    process.exit(2);
  }
  const client = createClient({ projectId, dataset, token, apiVersion: DEFAULT_API_VERSION, useCdn: false });
  const result = await importEmbeddedContent(client, contentDir, (line) => process.stdout.write(`\r${line}   `));
  console.log(`\nImported ${result.numDocs} documents into ${projectId}/${dataset}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
