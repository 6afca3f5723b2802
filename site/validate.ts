/**
 * Validates every document of a dataset against the Studio schema's own rules, offline:
 * `validateDocument` from @sanity/validation with a groq-js-backed client standing in for the
 * Content Lake. Errors stop the build; warnings are printed.
 */
import { validateDocument, type ValidationClient, type ValidationSchema } from '@sanity/validation';
import { from } from 'rxjs';
import type { SanityDocument } from '@sanity/types';
import type { AssetUsage, EmbeddedDataset, DatasetDocument } from './sources/embedded-dataset.ts';
import { createEmbeddedSource } from './sources/embedded.ts';
import { blockingValidationCodeSet } from '../studio/schemaTypes/rules.ts';

export interface Problem {
  level: 'error' | 'warning';
  documentId: string;
  documentType: string;
  path: string;
  message: string;
}

/** Types that live in every Sanity dataset without being part of our schema. */
const SYSTEM_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset']);
const TRANSLATION_METADATA = 'translation.metadata';
/** @sanity/validation's marker code for a value whose type does not match the schema. */
const TYPE_MISMATCH = 'value.type-mismatch';

type PathSegment = string | number | { _key: string } | [number | '', number | ''];

export function formatPath(path: readonly PathSegment[]): string {
  return (
    path.reduce<string>((out, segment) => {
      if (typeof segment === 'string') return out ? `${out}.${segment}` : segment;
      if (typeof segment === 'number') return `${out}[${segment}]`;
      if (Array.isArray(segment)) return `${out}[${segment.join(':')}]`;
      return `${out}[_key=="${segment._key}"]`;
    }, '') || '(document)'
  );
}

export function formatProblem(problem: Problem): string {
  const level = problem.level === 'error' ? 'ERROR' : 'WARNING';
  return `${level} ${problem.documentId} (${problem.documentType}) ${problem.path}: ${problem.message}`;
}

/** The slice of a Sanity client that validation and our custom rules use, answered by groq-js. */
function offlineClient(dataset: EmbeddedDataset): ValidationClient {
  const source = createEmbeddedSource(dataset);
  const client = {
    fetch: (query: string, params?: Record<string, unknown>) => source.fetch(query, params ?? {}),
    getDataUrl: (operation: string, path = '') => `offline://data/${operation}/${path}`,
    observable: {
      fetch: (query: string, params?: Record<string, unknown>) => from(source.fetch(query, params ?? {})),
      request: () => from(Promise.resolve(null)),
    },
    withConfig: () => client,
    config: () => ({ projectId: 'offline', dataset: 'embedded', apiVersion: '2026-09-01' }),
  };
  return client as unknown as ValidationClient;
}

/** Every document of a Sanity project, asset documents included (system documents are not content). */
export const ALL_DOCUMENTS_QUERY = '*[!(_id in path("_.**"))]';

/**
 * Documents fetched from a Sanity project, in the shape validation reads: the same checks as for
 * content/, with asset references checked against the project's asset documents.
 */
export function datasetFromDocuments(documents: DatasetDocument[], label: string): EmbeddedDataset {
  const byId = new Set(documents.map((doc) => doc._id));
  const assetUsages: AssetUsage[] = [];
  const collect = (value: unknown, doc: DatasetDocument, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => collect(item, doc, `${path}${typeof item?._key === 'string' ? `[_key=="${item._key}"]` : `[${i}]`}`));
    } else if (value && typeof value === 'object') {
      const ref = (value as { asset?: { _ref?: unknown } }).asset?._ref;
      if (typeof ref === 'string' && /^(image|file)-/.test(ref)) {
        assetUsages.push({ documentId: doc._id, documentType: doc._type, path, assetId: ref, file: ref, exists: byId.has(ref) });
      }
      for (const [key, child] of Object.entries(value)) collect(child, doc, path ? `${path}.${key}` : key);
    }
  };
  const content = documents.filter((doc) => !SYSTEM_TYPES.has(doc._type));
  for (const doc of content) collect(doc, doc, '');
  return { dir: label, rawDocuments: content, documents, assetUsages, parseErrors: [] };
}

/** An entry of a translation.metadata document, as stored: any part may be missing. */
interface TranslationItem {
  _key?: string;
  language?: string;
  value?: { _ref?: string };
}

function checkTranslationMetadata(doc: DatasetDocument, byId: Map<string, DatasetDocument>): Problem[] {
  const problems: Problem[] = [];
  const schemaTypes = Array.isArray(doc.schemaTypes) ? (doc.schemaTypes as string[]) : [];
  const translations = Array.isArray(doc.translations) ? doc.translations : [];
  translations.forEach((item: TranslationItem | null | undefined, index: number) => {
    const path = `translations[${item?._key ? `_key=="${item._key}"` : index}]`;
    const target = byId.get(item?.value?._ref ?? '');
    const problem = (message: string) => problems.push({ level: 'error', documentId: doc._id, documentType: doc._type, path, message });
    if (!target) return problem(`Übersetzung verweist auf ein fehlendes Dokument "${item?.value?._ref}".`);
    if (schemaTypes.length && !schemaTypes.includes(target._type)) {
      problem(`Übersetzung verweist auf ein Dokument vom Typ "${target._type}", erlaubt: ${schemaTypes.join(', ')}.`);
    }
    const language = item?.language ?? item?._key;
    if (target.language !== language) {
      problem(`Übersetzung "${language}" verweist auf ein Dokument mit Sprache "${String(target.language)}".`);
    }
  });
  return problems;
}

/** A zero-delay timer of withZeroTimersAsMicrotasks: clearTimeout only marks it. */
class ZeroDelayTimer {
  cancelled = false;
}

/**
 * @sanity/validation yields between the levels of a document's tree with requestIdleCallback, which
 * it shims outside the browser as setTimeout(0): at least 1 ms each, and far more while other
 * threads keep the cores busy (the build renders Open Graph cards meanwhile), so a document spent
 * most of its time asleep. Nothing else waits on timers or I/O while the rules run (groq-js answers
 * from memory), so for its duration a zero-delay timer runs its callback as a microtask: still
 * after the current code, without a turn of the event loop (a third of validation's time went into
 * timer and immediate objects, and the garbage they left). Longer timers, such as its slow-rule
 * warning, are untouched.
 */
async function withZeroTimersAsMicrotasks<T>(work: () => Promise<T>): Promise<T> {
  const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    if (delay) return realSetTimeout(callback, delay, ...args);
    const timer = new ZeroDelayTimer();
    queueMicrotask(() => {
      if (!timer.cancelled) callback(...args);
    });
    return timer;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((handle?: Parameters<typeof clearTimeout>[0]) => {
    const timer: unknown = handle;
    if (timer instanceof ZeroDelayTimer) timer.cancelled = true;
    else realClearTimeout(handle);
  }) as typeof clearTimeout;
  try {
    return await work();
  } finally {
    globalThis.setTimeout = realSetTimeout;
    globalThis.clearTimeout = realClearTimeout;
  }
}

/** Per-document results of an earlier run, for documents whose inputs did not change (site/validation-cache.ts). */
export interface DocumentResultCache {
  get(doc: DatasetDocument): Problem[] | undefined;
  set(doc: DatasetDocument, problems: Problem[]): void;
}

export async function validateDataset(dataset: EmbeddedDataset, schema: ValidationSchema, cache?: DocumentResultCache): Promise<Problem[]> {
  const problems: Problem[] = dataset.parseErrors.map(({ line, message }) => ({
    level: 'error',
    documentId: `data.ndjson:${line}`,
    documentType: '?',
    path: '(line)',
    message,
  }));
  const byId = new Map(dataset.documents.map((doc) => [doc._id, doc]));
  const client = offlineClient(dataset);
  const getDocumentExists = async ({ id }: { id: string }) => byId.has(id);

  const seenIds = new Set<string>();
  for (const doc of dataset.rawDocuments) {
    if (seenIds.has(doc._id)) {
      problems.push({
        level: 'error',
        documentId: doc._id,
        documentType: doc._type,
        path: '_id',
        message: 'Die Dokument-ID kommt mehrfach vor.',
      });
    }
    seenIds.add(doc._id);
  }

  for (const usage of dataset.assetUsages) {
    if (!usage.assetId) {
      problems.push({
        level: 'error',
        documentId: usage.documentId,
        documentType: usage.documentType,
        path: usage.path,
        message: `Ungültiger Asset-Verweis "${usage.file}".`,
      });
    } else if (!usage.exists) {
      problems.push({
        level: 'error',
        documentId: usage.documentId,
        documentType: usage.documentType,
        path: usage.path,
        message: `Die Datei ${usage.file} fehlt im Datensatz.`,
      });
    }
  }

  const resolved = dataset.documents.filter((doc) => !SYSTEM_TYPES.has(doc._type));
  const toValidate = resolved.filter((doc) => {
    const cached = cache?.get(doc);
    if (cached) problems.push(...cached);
    return !cached;
  });
  // One document at a time: the rules are CPU work here (groq-js answers at once), and documents
  // in flight side by side only added garbage-collection work (two cost 12 % more CPU than one).
  await withZeroTimersAsMicrotasks(async () => {
    for (const doc of toValidate) {
      const found = await validateOne(doc);
      cache?.set(doc, found);
      problems.push(...found);
    }
  });

  async function validateOne(doc: DatasetDocument): Promise<Problem[]> {
    const problems: Problem[] = [];
    if (doc._type === TRANSLATION_METADATA) {
      problems.push(...checkTranslationMetadata(doc, byId));
      return problems;
    }
    if (!schema.get(doc._type)) {
      problems.push({
        level: 'error',
        documentId: doc._id,
        documentType: doc._type,
        path: '_type',
        message: `Unbekannter Dokumenttyp "${doc._type}".`,
      });
      return problems;
    }
    const result = await validateDocument({
      document: doc as unknown as SanityDocument,
      schema,
      client,
      getDocumentExists,
    });
    for (const marker of result.markers) {
      if (marker.level === 'info') continue;
      // validateDocument runs in CLI mode, which downgrades rules on object fields (slug, image)
      // to warnings; the schema marks the ones that must block publishing with a code. A value of
      // the wrong type (a schema change shipped without its migration) always blocks.
      const blocking = marker.level === 'warning' && (blockingValidationCodeSet.has(String(marker.code)) || marker.code === TYPE_MISMATCH);
      problems.push({
        level: blocking ? 'error' : marker.level,
        documentId: doc._id,
        documentType: doc._type,
        path: formatPath(marker.path as PathSegment[]),
        message: marker.message,
      });
    }
    return problems;
  }

  const order = (p: Problem) => `${p.level === 'error' ? 0 : 1}${p.documentId}${p.path}`;
  return problems.sort((a, b) => order(a).localeCompare(order(b)));
}
