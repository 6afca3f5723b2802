/**
 * The dataset folder in Sanity's export format (data.ndjson, images/, files/, assets.json) as the
 * local Content Lake sees it: `_sanityAsset` markers become asset references plus asset documents
 * on load and turn back into markers on save, at the same key position, so a publish changes
 * exactly the lines it touched. Every write is atomic (temporary file, fsync, rename).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface LakeDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [field: string]: unknown;
}

export type AssetMeta = Record<string, unknown>;

const MARKER = /^(image|file)@file:\/\/\.\/(images|files)\/([^/\\]+)$/;
const IMAGE_FILE = /^([a-f0-9]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/;
const PLAIN_FILE = /^([a-f0-9]{40})\.([a-z0-9]+)$/;
const IMAGE_ID = /^image-([a-f0-9]{40})-(\d+)x(\d+)-([a-z0-9]+)$/;
const FILE_ID = /^file-([a-f0-9]{40})-([a-z0-9]+)$/;
const SYSTEM_KEYS = ['_id', '_type', '_createdAt', '_updatedAt'];

export const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  pdf: 'application/pdf',
};

export const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset']);

/** Only published documents belong in data.ndjson: no drafts, versions, system or asset documents. */
export function isPublishedContent(doc: LakeDocument): boolean {
  return !/^(drafts|versions|_)\./.test(doc._id) && !ASSET_TYPES.has(doc._type);
}

/** The file an asset document id names, relative to the dataset folder (undefined if it names none). */
export function assetFile(assetId: string): string | undefined {
  const image = IMAGE_ID.exec(assetId);
  if (image) return `images/${image[1]}-${image[2]}x${image[3]}.${image[4]}`;
  const file = FILE_ID.exec(assetId);
  if (file) return `files/${file[1]}.${file[2]}`;
  return undefined;
}

/** `images/<sha1>-<w>x<h>.<ext>` → `image-<sha1>-<w>x<h>-<ext>`; `files/<sha1>.<ext>` → `file-<sha1>-<ext>`. */
export function assetIdOf(folder: 'images' | 'files', fileName: string): string | undefined {
  if (folder === 'images') {
    const m = IMAGE_FILE.exec(fileName);
    return m ? `image-${m[1]}-${m[2]}x${m[3]}-${m[4]}` : undefined;
  }
  const m = PLAIN_FILE.exec(fileName);
  return m ? `file-${m[1]}-${m[2]}` : undefined;
}

function mapValue(value: unknown, mapObject: (obj: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => mapValue(item, mapObject));
  if (value && typeof value === 'object') {
    const obj: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) obj[key] = mapValue(item, mapObject);
    return mapObject(obj);
  }
  return value;
}

/** Replaces one key by another at the same position, so serialised key order stays stable. */
function replaceKey(obj: Record<string, unknown>, oldKey: string, newKey: string, newValue: unknown) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === oldKey) out[newKey] = newValue;
    else out[key] = value;
  }
  return out;
}

/** `_sanityAsset` markers → `asset: {_type: 'reference', _ref}` (as a real project stores them). */
export function markersToReferences(doc: LakeDocument): LakeDocument {
  return mapValue(doc, (obj) => {
    if (typeof obj._sanityAsset !== 'string') return obj;
    const m = MARKER.exec(obj._sanityAsset);
    const id = m && assetIdOf(m[2] as 'images' | 'files', m[3]);
    if (!id) return obj;
    return replaceKey(obj, '_sanityAsset', 'asset', { _type: 'reference', _ref: id });
  }) as LakeDocument;
}

/** The inverse of markersToReferences, for references to assets that live in the folder. */
export function referencesToMarkers(doc: LakeDocument): LakeDocument {
  return mapValue(doc, (obj) => {
    const asset = obj.asset as { _ref?: unknown } | undefined;
    if (!asset || typeof asset !== 'object' || typeof asset._ref !== 'string') return obj;
    const file = assetFile(asset._ref);
    if (!file) return obj;
    const kind = file.startsWith('images/') ? 'image' : 'file';
    return replaceKey(obj, 'asset', '_sanityAsset', `${kind}@file://./${file}`);
  }) as LakeDocument;
}

/** One line of data.ndjson: system keys first, then the document's own order; never `_rev`. */
export function serializeDocument(doc: LakeDocument): string {
  const stored = referencesToMarkers(doc);
  const ordered: Record<string, unknown> = {};
  for (const key of SYSTEM_KEYS) if (stored[key] !== undefined) ordered[key] = stored[key];
  for (const [key, value] of Object.entries(stored)) {
    if (key !== '_rev' && !(key in ordered)) ordered[key] = value;
  }
  return JSON.stringify(ordered);
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** First index in a sorted list whose id is not below `id`. */
function lowerBound(ids: readonly string[], id: string): number {
  let [low, high] = [0, ids.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle] < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * data.ndjson as one encoded line per published document, kept sorted by `_id`: a publish encodes
 * only the documents it changed and the file is written whole with one write, so it stays one
 * deterministic, sorted file without serialising every document again.
 */
export class DatasetLines {
  private readonly lines = new Map<string, Buffer>();
  private ids: string[];

  constructor(docs: Iterable<LakeDocument>) {
    for (const doc of docs) if (isPublishedContent(doc)) this.lines.set(doc._id, encodeLine(doc));
    this.ids = [...this.lines.keys()].sort(byId);
  }

  /** The file's lines after these changes; `commit` makes them current once they are on disk. */
  apply(changes: { id: string; after: LakeDocument | null }[]): { lines: Buffer[]; commit: () => void } {
    const updated = new Map<string, Buffer | null>();
    for (const { id, after } of changes) updated.set(id, after && isPublishedContent(after) ? encodeLine(after) : null);
    let ids = this.ids;
    for (const [id, line] of updated) {
      const index = lowerBound(ids, id);
      const present = ids[index] === id;
      if (present === Boolean(line)) continue;
      if (ids === this.ids) ids = [...ids];
      if (line) ids.splice(index, 0, id);
      else ids.splice(index, 1);
    }
    return {
      lines: ids.map((id) => (updated.has(id) ? updated.get(id)! : this.lines.get(id)!)),
      commit: () => {
        for (const [id, line] of updated) {
          if (line) this.lines.set(id, line);
          else this.lines.delete(id);
        }
        this.ids = ids;
      },
    };
  }
}

function encodeLine(doc: LakeDocument): Buffer {
  return Buffer.from(serializeDocument(doc) + '\n');
}

export function serializeAssetMeta(meta: Record<string, AssetMeta>): string {
  const sorted = Object.fromEntries(
    Object.keys(meta)
      .sort()
      .map((key) => [key, meta[key]]),
  );
  return JSON.stringify(sorted, null, 2) + '\n';
}

/** Writes a list of buffers with vectored writes (no copy into one large buffer). */
function writeAll(fd: number, chunks: Buffer[]) {
  const IOV_MAX = 1024;
  for (let start = 0; start < chunks.length; start += IOV_MAX) {
    const batch = chunks.slice(start, start + IOV_MAX);
    let remaining = batch.reduce((sum, chunk) => sum + chunk.length, 0);
    while (remaining > 0) {
      let written = fs.writevSync(fd, batch);
      remaining -= written;
      // A partial write: continue after the bytes that made it.
      while (written > 0 && batch.length) {
        if (written >= batch[0].length) written -= batch.shift()!.length;
        else {
          batch[0] = batch[0].subarray(written);
          written = 0;
        }
      }
    }
  }
}

/** Temporary file in the same folder, fsync, rename, fsync the folder: never a half-written file. */
export function writeFileAtomic(file: string, data: string | Buffer | Buffer[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomUUID()}.tmp`);
  const fd = fs.openSync(temp, 'w');
  try {
    if (Array.isArray(data)) writeAll(fd, data);
    else fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  const dirFd = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

/** Temporary files a killed process left behind (the rename never happened, so they are garbage). */
export function removeStaleTempFiles(dir: string): void {
  for (const folder of [dir, path.join(dir, 'images'), path.join(dir, 'files')]) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (/^\..+\.[0-9a-f-]{36}\.tmp$/.test(name)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

export interface FolderContent {
  /** Published documents with asset references. */
  documents: LakeDocument[];
  /** One asset document per file in images/ and files/. */
  assets: LakeDocument[];
  assetMeta: Record<string, AssetMeta>;
  dataText: string;
  assetsText: string;
}

export interface AssetUrls {
  projectId: string;
  dataset: string;
  /** Origin the lake serves assets from, e.g. https://localhost:3334. */
  origin: string;
}

/** The asset document a real project would hold for a file of the folder. */
export function assetDocument(
  relative: string,
  size: number,
  meta: AssetMeta,
  urls: AssetUrls,
  createdAt: string,
): LakeDocument | undefined {
  const [folder, fileName] = relative.split('/') as ['images' | 'files', string];
  const id = assetIdOf(folder, fileName);
  if (!id) return undefined;
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  const sha1 = fileName.slice(0, 40);
  const apiPath = `${folder}/${urls.projectId}/${urls.dataset}/${fileName}`;
  const doc: LakeDocument = {
    _id: id,
    _type: folder === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    _createdAt: createdAt,
    _updatedAt: createdAt,
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
    size,
    path: apiPath,
    url: `${urls.origin}/${apiPath}`,
    ...meta,
  };
  const image = IMAGE_FILE.exec(fileName);
  if (image) {
    const width = Number(image[2]);
    const height = Number(image[3]);
    doc.metadata = {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      ...(meta.metadata as object | undefined),
    };
  }
  return doc;
}

/** A file's identity on disk: any write or rename changes it ('' when there is no file). */
export function fileStamp(file: string): string {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

export function parseNdjson(text: string, source: string): LakeDocument[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    let doc: LakeDocument;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    if (!doc || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new Error(`${source}:${index + 1}: a document needs a string _id and _type`);
    }
    return [doc];
  });
}

export function readFolder(dir: string, urls: AssetUrls): FolderContent {
  const dataText = readText(path.join(dir, 'data.ndjson'));
  const assetsText = readText(path.join(dir, 'assets.json'));
  const assetMeta = (assetsText.trim() ? JSON.parse(assetsText) : {}) as Record<string, AssetMeta>;
  const documents = parseNdjson(dataText, 'data.ndjson').map(markersToReferences);
  const assets: LakeDocument[] = [];
  for (const folder of ['images', 'files'] as const) {
    let names: string[];
    try {
      names = fs.readdirSync(path.join(dir, folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const id = assetIdOf(folder, name);
      if (!id) continue;
      const stat = fs.statSync(path.join(dir, folder, name));
      const doc = assetDocument(`${folder}/${name}`, stat.size, assetMeta[assetMetaKey(id)] ?? {}, urls, stat.mtime.toISOString());
      if (doc) assets.push(doc);
    }
  }
  return { documents, assets, assetMeta, dataText, assetsText };
}

/** assets.json is keyed `image-<sha1>` / `file-<sha1>` (what @sanity/import looks up). */
export function assetMetaKey(assetId: string): string {
  return assetId.replace(/^(image|file)-([a-f0-9]{40}).*$/, '$1-$2');
}
