/**
 * Reads a dataset in Sanity's export format (data.ndjson + images/ + files/ + assets.json) and
 * turns `_sanityAsset` markers into asset references and asset documents, so that GROQ such as
 * `image.asset->{url, metadata}` behaves exactly as it does against a real project.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DatasetDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface AssetUsage {
  documentId: string;
  documentType: string;
  /** Field path inside the document, e.g. `body[_key=="a1"]` or `seo.image`. */
  path: string;
  assetId: string;
  /** Path of the file relative to the dataset folder, e.g. `images/<sha1>-640x480.png`. */
  file: string;
  exists: boolean;
}

export interface EmbeddedDataset {
  dir: string;
  /** Published documents as stored (drafts and versions removed), before asset resolution. */
  rawDocuments: DatasetDocument[];
  /** Published documents with assets resolved, plus one asset document per referenced file. */
  documents: DatasetDocument[];
  assetUsages: AssetUsage[];
  /** Lines of data.ndjson that are not valid JSON documents. */
  parseErrors: { line: number; message: string }[];
}

const ASSET_MARKER = /^(image|file)@file:\/\/\.\/((?:images|files)\/([^/]+))$/;
const IMAGE_FILE = /^([a-f0-9]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i;
const PLAIN_FILE = /^([a-f0-9]{40})\.([a-z0-9]+)$/i;

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

/** `image@file://./images/<sha1>-<w>x<h>.<ext>` → the asset document a Sanity project would hold. */
export function assetFromMarker(marker: string): DatasetDocument | undefined {
  const match = ASSET_MARKER.exec(marker);
  if (!match) return undefined;
  const [, kind, relativePath, fileName] = match;
  const base = {
    path: relativePath,
    url: `file://./${relativePath}`,
    originalFilename: fileName,
  };
  if (kind === 'image') {
    const image = IMAGE_FILE.exec(fileName);
    if (!image) return undefined;
    const [, sha1, width, height, extension] = image;
    const w = Number(width);
    const h = Number(height);
    return {
      _id: `image-${sha1}-${w}x${h}-${extension}`,
      _type: 'sanity.imageAsset',
      ...base,
      assetId: sha1,
      sha1hash: sha1,
      extension,
      mimeType: MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream',
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: w, height: h, aspectRatio: w / h },
      },
    };
  }
  const file = PLAIN_FILE.exec(fileName);
  if (!file) return undefined;
  const [, sha1, extension] = file;
  return {
    _id: `file-${sha1}-${extension}`,
    _type: 'sanity.fileAsset',
    ...base,
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream',
  };
}

export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.');
}

function describeKey(value: unknown, index: number): string {
  const key = (value as { _key?: unknown })?._key;
  return typeof key === 'string' ? `[_key=="${key}"]` : `[${index}]`;
}

/** `drafts`: each document as its draft if it has one (the draft preview), else as published. */
export function readEmbeddedDataset(dir: string, { drafts = false } = {}): EmbeddedDataset {
  const dataFile = path.join(dir, 'data.ndjson');
  if (!fs.existsSync(dataFile)) {
    throw new Error(`Embedded dataset not found: ${dataFile} is missing.`);
  }
  let rawDocuments: DatasetDocument[] = [];
  const draftDocuments: DatasetDocument[] = [];
  const parseErrors: EmbeddedDataset['parseErrors'] = [];
  fs.readFileSync(dataFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const doc = JSON.parse(line);
        if (typeof doc?._id !== 'string' || typeof doc?._type !== 'string') {
          parseErrors.push({ line: index + 1, message: 'document without _id or _type' });
        } else if (isPublishedId(doc._id)) {
          rawDocuments.push(doc);
        } else if (drafts && doc._id.startsWith('drafts.')) {
          draftDocuments.push({ ...doc, _id: doc._id.slice('drafts.'.length) });
        }
      } catch (error) {
        parseErrors.push({ line: index + 1, message: (error as Error).message });
      }
    });

  if (draftDocuments.length) {
    const draftIds = new Set(draftDocuments.map((doc) => doc._id));
    rawDocuments = [...rawDocuments.filter((doc) => !draftIds.has(doc._id)), ...draftDocuments];
  }

  const assets = new Map<string, DatasetDocument>();
  const assetUsages: AssetUsage[] = [];
  const fileExists = new Map<string, boolean>();

  const resolve = (value: unknown, doc: DatasetDocument, fieldPath: string): unknown => {
    if (Array.isArray(value)) {
      return value.map((item, i) => resolve(item, doc, `${fieldPath}${describeKey(item, i)}`));
    }
    if (!value || typeof value !== 'object') return value;
    const { _sanityAsset: marker, ...rest } = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(rest)) {
      out[key] = resolve(child, doc, fieldPath ? `${fieldPath}.${key}` : key);
    }
    if (typeof marker === 'string') {
      const asset = assetFromMarker(marker);
      const file = asset ? String(asset.path) : marker;
      if (!fileExists.has(file)) fileExists.set(file, !!asset && fs.existsSync(path.join(dir, file)));
      assetUsages.push({
        documentId: doc._id,
        documentType: doc._type,
        path: fieldPath,
        assetId: asset?._id ?? '',
        file,
        exists: fileExists.get(file)!,
      });
      if (asset) {
        assets.set(asset._id, asset);
        out.asset = { _type: 'reference', _ref: asset._id };
      }
    }
    return out;
  };

  const resolved = rawDocuments.map((doc) => resolve(doc, doc, '') as DatasetDocument);
  return {
    dir,
    rawDocuments,
    documents: [...resolved, ...assets.values()],
    assetUsages,
    parseErrors,
  };
}
