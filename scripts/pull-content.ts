/**
 * Pulls the published content of a real Sanity project into content/, in the export format:
 *
 *   SANITY_PROJECT_ID=… SANITY_API_READ_TOKEN=… npm run content:pull -- <dataset>
 *
 * Sanity's exporter (@sanity/export) fetches the documents without drafts and downloads every
 * image and file; the result is written deterministically so that `git diff content/` shows only
 * real changes: lines sorted by _id, keys in a fixed order, no `_rev`, assets under their sha1
 * names with `_sanityAsset` markers, assets.json with the editor-facing asset fields only.
 * Nothing in content/ is touched until the whole export has arrived.
 */
import { projectClient } from './project-client.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SanityClient } from '@sanity/client';
import { exportDataset } from '@sanity/export';
import { extract } from 'tar';
import { isPublishedId, type DatasetDocument } from '../site/sources/embedded-dataset.ts';

/** Revision ids change with every write and mean nothing outside the project. */
const DROPPED_FIELDS = new Set(['_rev']);
/** Asset fields the Content Lake derives from the file on upload; assets.json keeps what editors wrote. */
const DERIVED_ASSET_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt', 'sha1hash', 'size', 'metadata', 'uploadId']);
const LEADING_KEYS = ['_id', '_type', '_key'];
const ASSET_FOLDERS = ['images', 'files'];

function keyOrder(a: string, b: string): number {
  const [ia, ib] = [LEADING_KEYS.indexOf(a), LEADING_KEYS.indexOf(b)];
  if (ia !== -1 || ib !== -1) return (ia === -1 ? LEADING_KEYS.length : ia) - (ib === -1 ? LEADING_KEYS.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `_id`, `_type`, `_key` first, then the other keys in code-point order, at every level. */
export function withStableKeys(value: unknown, dropped: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => withStableKeys(item));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !dropped.has(key))
      .sort(keyOrder)
      .map((key) => [key, withStableKeys((value as Record<string, unknown>)[key])]),
  );
}

export interface PullResult {
  documents: number;
  assets: number;
}

/** Replaces the files of `folder` in contentDir with those of the export (unchanged files stay). */
function syncFolder(fromDir: string, contentDir: string, folder: string): number {
  const source = path.join(fromDir, folder);
  const target = path.join(contentDir, folder);
  const incoming = fs.existsSync(source) ? fs.readdirSync(source).sort() : [];
  if (fs.existsSync(target)) {
    for (const name of fs.readdirSync(target)) if (!incoming.includes(name)) fs.rmSync(path.join(target, name));
  }
  if (incoming.length) fs.mkdirSync(target, { recursive: true });
  for (const name of incoming) {
    // Names are sha1 hashes of the bytes: an existing file is already right.
    if (!fs.existsSync(path.join(target, name))) fs.copyFileSync(path.join(source, name), path.join(target, name));
  }
  if (!incoming.length && fs.existsSync(target)) fs.rmSync(target, { recursive: true });
  return incoming.length;
}

export async function pullContent(client: SanityClient, dataset: string, contentDir: string): Promise<PullResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-pull-'));
  try {
    const archive = path.join(work, 'export.tar.gz');
    await exportDataset({
      client,
      dataset,
      outputPath: archive,
      assets: true,
      drafts: false,
      raw: false,
      compress: false,
      assetConcurrency: 4,
    });
    const unpacked = path.join(work, 'export');
    fs.mkdirSync(unpacked);
    await extract({ file: archive, cwd: unpacked, strip: 1 });

    const documents = fs
      .readFileSync(path.join(unpacked, 'data.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as DatasetDocument)
      .filter((doc) => isPublishedId(doc._id))
      .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    const assetMap = JSON.parse(fs.readFileSync(path.join(unpacked, 'assets.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const assets = Object.fromEntries(
      Object.keys(assetMap)
        .sort()
        .map((id) => [id, withStableKeys(assetMap[id], DERIVED_ASSET_FIELDS)] as const)
        .filter(([, meta]) => Object.keys(meta as object).length),
    );

    // Everything has arrived: now content/ is rewritten.
    fs.mkdirSync(contentDir, { recursive: true });
    fs.writeFileSync(
      path.join(contentDir, 'data.ndjson'),
      documents.map((doc) => JSON.stringify(withStableKeys(doc, DROPPED_FIELDS))).join('\n') + '\n',
    );
    fs.writeFileSync(path.join(contentDir, 'assets.json'), JSON.stringify(assets, null, 2) + '\n');
    const assetCount = ASSET_FOLDERS.reduce((sum, folder) => sum + syncFolder(unpacked, contentDir, folder), 0);
    return { documents: documents.length, assets: assetCount };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dataset = process.argv.slice(2).find((arg) => !arg.startsWith('--')) || process.env.SANITY_DATASET;
  const projectId = process.env.SANITY_PROJECT_ID;
  const token = process.env.SANITY_API_READ_TOKEN || process.env.SANITY_AUTH_TOKEN;
  const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
  if (!dataset || !projectId || !token) {
    console.error('Usage: SANITY_PROJECT_ID=<id> SANITY_API_READ_TOKEN=<token> npm run content:pull -- <dataset>');
    console.error('Create a token with Viewer rights under sanity.io/manage → API → Tokens.');
    process.exit(2);
  }
  const client = projectClient(projectId, dataset, token);
  const result = await pullContent(client, dataset, contentDir);
  console.log(
    `Pulled ${result.documents} published documents and ${result.assets} images/files from ${projectId}/${dataset} into ${path.relative(process.cwd(), contentDir) || '.'} (drafts left out). Review with git diff.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
