/**
 * Validation results per document, kept between builds: a document is validated again only when
 * something its rules can see changed. The key covers the document itself, what its references
 * point at (existence, type, language), the other documents sharing its slug (uniqueness rule), the
 * day (review-age rules) and the rules' code (Studio schema, validate.ts, the lockfile).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatasetDocument, EmbeddedDataset } from './sources/embedded-dataset.ts';
import type { DocumentResultCache, Problem } from './validate.ts';
import { BUILD_TIME } from './today.ts';

const RULE_SOURCES = ['studio/schemaTypes', 'studio/config', 'site/validate.ts', 'package-lock.json'];

export const validationCacheDir = () =>
  process.env.VALIDATION_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'herzland-validation');

/** One digest of every file the rules are made of. */
function rulesDigest(root: string): string {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const name of fs.readdirSync(file).sort()) visit(path.join(file, name));
    else if (stat) hash.update(file).update(fs.readFileSync(file));
  };
  for (const source of RULE_SOURCES) visit(path.join(root, source));
  return hash.digest('hex');
}

function referencesOf(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencesOf(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '_ref' && typeof child === 'string') out.add(child);
      else referencesOf(child, out);
    }
  }
  return out;
}

const slugOf = (doc: DatasetDocument) => (doc.slug as { current?: unknown } | undefined)?.current;

export interface ValidationCache extends DocumentResultCache {
  /** Documents answered from the cache in this run. */
  readonly hits: number;
  save(): void;
}

export function openValidationCache(dataset: EmbeddedDataset, root = process.cwd(), dir = validationCacheDir()): ValidationCache {
  const file = path.join(dir, 'results.json');
  const stored: Record<string, Problem[]> = (() => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return {};
    }
  })();
  const next: Record<string, Problem[]> = {};
  const rules = rulesDigest(root);
  const day = BUILD_TIME.toISOString().slice(0, 10);
  const byId = new Map(dataset.documents.map((doc) => [doc._id, doc]));
  const slugPeers = new Map<string, string[]>();
  for (const doc of dataset.documents) {
    const slug = slugOf(doc);
    if (typeof slug !== 'string') continue;
    const key = `${doc._type}\u0000${slug}`;
    slugPeers.set(key, [...(slugPeers.get(key) ?? []), doc._id]);
  }
  const keyOf = (doc: DatasetDocument) => {
    const references = [...referencesOf(doc)].sort().map((id) => {
      const target = byId.get(id);
      return target ? [id, target._type, target.language ?? null] : [id, null];
    });
    const slug = slugOf(doc);
    const peers = typeof slug === 'string' ? slugPeers.get(`${doc._type}\u0000${slug}`) : undefined;
    return createHash('sha256')
      .update(JSON.stringify([rules, day, doc, references, peers ?? null]))
      .digest('base64url');
  };
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    get(doc) {
      const key = keyOf(doc);
      const found = stored[key];
      if (found) {
        hits += 1;
        next[key] = found;
      }
      return found;
    },
    set(doc, problems) {
      next[keyOf(doc)] = problems;
    },
    save() {
      // Only this run's entries: deleted and changed documents leave the cache.
      fs.mkdirSync(dir, { recursive: true });
      const temp = `${file}.${process.pid}`;
      fs.writeFileSync(temp, JSON.stringify(next));
      fs.renameSync(temp, file);
    },
  };
}
