/**
 * Imports the dataset in content/ into a real Sanity project with Sanity's own importer, without
 * overwriting what editors published there:
 *
 *   SANITY_PROJECT_ID=… SANITY_API_WRITE_TOKEN=… npm run content:import -- <dataset> [--replace]
 *
 * By default only documents missing in the project are created; existing ones are left alone
 * (createIfNotExists per document). `--replace` first prints every existing document that differs
 * from content/ (id, type, changed fields), then replaces those. Images and files are uploaded
 * only when the project has no asset with the same sha1, so a second import never duplicates them.
 */
import { projectClient } from './project-client.ts';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SanityClient } from '@sanity/client';
import { sanityImport } from '@sanity/import';
import { assetFromMarker, type DatasetDocument } from '../site/sources/embedded-dataset.ts';

export interface ImportReport {
  created: string[];
  /** Existing documents that differ from content/, with the top-level fields that differ. */
  differing: { id: string; type: string; fields: string[] }[];
  /** Existing documents left as they are (identical, or differing without --replace). */
  keptIds: string[];
  replaced: string[];
}

/** Fields the Content Lake sets itself; they never count as a difference. */
const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt']);
const ID_CHUNK = 200;

function readDocuments(contentDir: string): DatasetDocument[] {
  return fs
    .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** The document as the project stores it after import: `_sanityAsset` markers become asset references. */
function asStored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asStored);
  if (!value || typeof value !== 'object') return value;
  const { _sanityAsset: marker, ...rest } = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(rest)) out[key] = asStored(child);
  const asset = typeof marker === 'string' ? assetFromMarker(marker) : undefined;
  if (asset) out.asset = { _type: 'reference', _ref: asset._id };
  return out;
}

/** JSON with sorted keys, so key order never counts as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function differingFields(local: DatasetDocument, remote: DatasetDocument): string[] {
  const stored = asStored(local) as DatasetDocument;
  const keys = new Set([...Object.keys(stored), ...Object.keys(remote)].filter((key) => !SYSTEM_FIELDS.has(key)));
  return [...keys].filter((key) => canonical(stored[key]) !== canonical(remote[key])).sort();
}

async function fetchExisting(client: SanityClient, ids: string[]): Promise<Map<string, DatasetDocument>> {
  const existing = new Map<string, DatasetDocument>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const found = await client.fetch<DatasetDocument[]>('*[_id in $ids]', { ids: ids.slice(i, i + ID_CHUNK) }, { perspective: 'raw' });
    for (const doc of found) existing.set(doc._id, doc);
  }
  return existing;
}

export async function importContent(
  client: SanityClient,
  contentDir: string,
  { replace = false, log = (line: string) => console.log(line) }: { replace?: boolean; log?: (line: string) => void } = {},
): Promise<ImportReport> {
  const documents = readDocuments(contentDir);
  const existing = await fetchExisting(
    client,
    documents.map((doc) => doc._id),
  );
  const report: ImportReport = { created: [], differing: [], keptIds: [], replaced: [] };
  const toImport: DatasetDocument[] = [];
  for (const doc of documents) {
    const remote = existing.get(doc._id);
    if (!remote) {
      report.created.push(doc._id);
      toImport.push(doc);
      continue;
    }
    const fields = differingFields(doc, remote);
    if (fields.length) report.differing.push({ id: doc._id, type: doc._type, fields });
    if (replace && fields.length) {
      report.replaced.push(doc._id);
      toImport.push(doc);
    } else {
      report.keptIds.push(doc._id);
    }
  }

  for (const { id, type, fields } of report.differing) {
    log(`${replace ? 'REPLACE' : 'KEEP'} ${id} (${type}) differs in: ${fields.join(', ')}`);
  }
  if (toImport.length) {
    const assetMapFile = path.join(contentDir, 'assets.json');
    await sanityImport(structuredClone(toImport), {
      client,
      operation: replace ? 'createOrReplace' : 'createIfNotExists',
      assetsBase: contentDir,
      assetMap: fs.existsSync(assetMapFile) ? JSON.parse(fs.readFileSync(assetMapFile, 'utf8')) : {},
    });
  }
  const kept = report.keptIds.length;
  log(
    `${report.created.length} created, ${report.replaced.length} replaced, ${kept} existing left as they are` +
      (!replace && report.differing.length
        ? ` (${report.differing.length} differ from content/: run with --replace to overwrite them)`
        : ''),
  );
  return report;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataset = args.find((arg) => !arg.startsWith('--')) || process.env.SANITY_DATASET;
  const projectId = process.env.SANITY_PROJECT_ID;
  const token = process.env.SANITY_API_WRITE_TOKEN || process.env.SANITY_AUTH_TOKEN;
  const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
  if (!dataset || !projectId || !token) {
    console.error('Usage: SANITY_PROJECT_ID=<id> SANITY_API_WRITE_TOKEN=<token> npm run content:import -- <dataset> [--replace]');
    console.error('Create a token with Editor rights under sanity.io/manage → API → Tokens.');
    process.exit(2);
  }
  const client = projectClient(projectId, dataset, token);
  console.log(`Importing ${path.relative(process.cwd(), contentDir) || '.'} into ${projectId}/${dataset}`);
  await importContent(client, contentDir, { replace: args.includes('--replace') });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
