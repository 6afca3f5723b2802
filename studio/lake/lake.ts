/**
 * The local Content Lake: the documents of one dataset folder in memory, changed only through
 * transactions that are applied with @sanity/mutator (the Studio's own semantics), written back
 * to disk before they are acknowledged, and announced to every listener whose GROQ filter
 * (groq-js) matches, with the client's transaction id as the new `_rev` and mendoza effects.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Mutation, type Mut } from '@sanity/mutator';
import { evaluate, parse, type ExprNode } from 'groq-js';
import {
  assetDocument,
  assetMetaKey,
  DatasetLines,
  fileStamp,
  isPublishedContent,
  parseNdjson,
  readFolder,
  removeStaleTempFiles,
  serializeAssetMeta,
  writeFileAtomic,
  type AssetMeta,
  type AssetUrls,
  type LakeDocument,
} from './folder.ts';
import { createIndexes, planQuery } from '../../site/sources/query-planner.ts';
import { encodeEffects } from './mendoza.ts';

export class LakeError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface LakeOptions {
  /** The dataset folder (content/). */
  contentDir: string;
  /** Git-ignored folder for drafts, outside contentDir. */
  stateDir: string;
  projectId: string;
  dataset: string;
  /** The local editor every request acts as. */
  userId?: string;
}

export interface ListenOptions {
  includeResult: boolean;
  includePreviousRevision: boolean;
  includeMutations: boolean;
  effects: boolean;
  includeAllVersions: boolean;
}

export type ListenerEvent = { type: 'mutation'; id: string; data: Record<string, unknown> } | { type: 'reset' };

interface Listener {
  tree: ExprNode;
  params: Record<string, unknown>;
  options: ListenOptions;
  send: (event: ListenerEvent) => void;
}

/** A JSON object as a client sent it: every value unchecked. */
type JsonObject = Record<string, unknown>;
export const isJsonObject = (value: unknown): value is JsonObject => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
type Change = { id: string; before: LakeDocument | null; after: LakeDocument | null };
export type Perspective = 'raw' | 'published' | 'drafts';

const MUTATION_TYPES = ['create', 'createOrReplace', 'createIfNotExists', 'delete', 'patch'];

const clone = <T>(value: T): T => (value === null || value === undefined ? value : structuredClone(value));
const withoutRev = (doc: LakeDocument | null) => {
  if (!doc) return null;
  const { _rev, ...rest } = doc;
  return rest;
};
export const draftIdOf = (id: string) => (id.startsWith('drafts.') ? id : `drafts.${id}`);
export const publishedIdOf = (id: string) => id.replace(/^(drafts|versions\.[^.]+)\./, '');
const contentRev = (doc: LakeDocument) => crypto.createHash('sha1').update(JSON.stringify(doc)).digest('base64url').slice(0, 22);

/** A working copy of the documents one request touches; nothing is visible before commit. */
class Transaction {
  readonly changes = new Map<string, LakeDocument | null>();
  constructor(
    private readonly docs: Map<string, LakeDocument>,
    readonly timestamp: string,
  ) {}

  get(id: string): LakeDocument | null {
    return clone(this.changes.has(id) ? this.changes.get(id)! : (this.docs.get(id) ?? null));
  }

  put(doc: LakeDocument | null, id = doc?._id) {
    if (!id) throw new LakeError(400, 'invalidDocument', 'A document needs an _id.');
    this.changes.set(id, doc);
  }

  /** One mutation in Sanity's HTTP format, applied exactly as the Studio applies it. */
  apply(mutation: unknown): { id: string; operation: 'create' | 'update' | 'delete' | 'none' } {
    const keys = isJsonObject(mutation) ? Object.keys(mutation) : [];
    const kind = keys.find((key) => MUTATION_TYPES.includes(key));
    if (!isJsonObject(mutation) || !kind || keys.length !== 1) {
      throw new LakeError(
        400,
        'invalidMutation',
        `Unknown mutation type: ${JSON.stringify(keys)}; expected one of ${MUTATION_TYPES.join(', ')}.`,
      );
    }
    const body = mutation[kind];
    if (!isJsonObject(body)) throw new LakeError(400, 'invalidMutation', `The ${kind} mutation needs an object.`);
    const id = kind === 'delete' || kind === 'patch' ? body.id : body._id;
    if (typeof id !== 'string' || !id) {
      throw new LakeError(
        400,
        'invalidMutation',
        `The ${kind} mutation needs a document id${kind === 'patch' || kind === 'delete' ? ' (query-based mutations are not supported locally)' : ''}.`,
      );
    }
    if ((kind === 'create' || kind === 'createOrReplace' || kind === 'createIfNotExists') && typeof body._type !== 'string') {
      throw new LakeError(400, 'invalidMutation', `Document ${id} needs a _type.`);
    }
    const before = this.get(id);
    if (kind === 'create' && before) throw new LakeError(409, 'documentAlreadyExists', `Document ${id} already exists.`);
    if (kind === 'patch') {
      if (!before) throw new LakeError(404, 'documentNotFound', `Document ${id} does not exist, so it cannot be patched.`);
      if (body.ifRevisionID !== undefined && body.ifRevisionID !== before._rev) {
        throw new LakeError(
          409,
          'conflict',
          `Document ${id} has revision ${before._rev}, not ${body.ifRevisionID}: it was changed meanwhile.`,
        );
      }
    }
    if (kind === 'delete' && !before) return { id, operation: 'none' };
    if (kind === 'createIfNotExists' && before) return { id, operation: 'none' };
    const { ifRevisionID: _ignored, ...patchBody } = kind === 'patch' ? body : {};
    // Checked above as far as the lake reads it; the mutator checks the rest and throws (a 400 below).
    const payload = (kind === 'patch' ? { patch: patchBody } : { [kind]: clone(body) }) as Mut;
    let after: LakeDocument | null;
    try {
      after = new Mutation({ mutations: [payload], timestamp: this.timestamp }).apply(before) as LakeDocument | null;
    } catch (error) {
      throw new LakeError(400, 'invalidMutation', `Mutation on ${id} cannot be applied: ${(error as Error).message}`);
    }
    if (after && after._id !== id) throw new LakeError(400, 'invalidMutation', `A patch cannot change _id (${id}).`);
    this.put(after, id);
    return { id, operation: !after ? 'delete' : before ? 'update' : 'create' };
  }
}

export class Lake {
  readonly docs = new Map<string, LakeDocument>();
  private readonly listeners = new Set<Listener>();
  private readonly parsed = new Map<string, ExprNode>();
  private assetMeta: Record<string, AssetMeta> = {};
  private lastTimestamp = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private snapshot: LakeDocument[] | undefined;
  /** Per-perspective views of the current snapshot (rebuilt after every change). */
  private readonly views = new Map<Perspective | 'snapshot', LakeDocument[]>();
  private readonly lookupCache = new WeakMap<
    LakeDocument[],
    { candidates: ReturnType<typeof createIndexes<LakeDocument>>; dereference: (ref: { _ref: string }) => LakeDocument | null }
  >();
  /** The files as this process last wrote (or read) them, so the folder watcher ignores its own writes. */
  private knownStamps = { data: '', assets: '' };
  /** data.ndjson's lines, built on the first publish and kept current by every publish after it. */
  private datasetLines: DatasetLines | undefined;
  private watcher: fs.FSWatcher | undefined;
  urls: AssetUrls;

  constructor(readonly options: LakeOptions) {
    this.urls = { projectId: options.projectId, dataset: options.dataset, origin: '' };
    const inside = path.relative(path.resolve(options.contentDir), path.resolve(options.stateDir));
    if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
      throw new Error(`The drafts folder (${options.stateDir}) must lie outside the dataset folder (${options.contentDir}).`);
    }
  }

  get draftsFile() {
    return path.join(this.options.stateDir, 'drafts.ndjson');
  }

  private get dataFile() {
    return path.join(this.options.contentDir, 'data.ndjson');
  }

  private get assetsFile() {
    return path.join(this.options.contentDir, 'assets.json');
  }

  private folderStamps() {
    return { data: fileStamp(this.dataFile), assets: fileStamp(this.assetsFile) };
  }

  /** Reads the folder and the drafts; `origin` is where asset URLs point. */
  load(origin: string) {
    this.urls.origin = origin;
    removeStaleTempFiles(this.options.contentDir);
    removeStaleTempFiles(this.options.stateDir);
    // Stamped before reading: a write that lands while reading is then picked up by the watcher.
    const stamps = this.folderStamps();
    const folder = readFolder(this.options.contentDir, this.urls);
    this.docs.clear();
    for (const doc of [...folder.documents, ...folder.assets]) this.docs.set(doc._id, { ...doc, _rev: doc._rev ?? contentRev(doc) });
    for (const doc of parseNdjson(fs.existsSync(this.draftsFile) ? fs.readFileSync(this.draftsFile, 'utf8') : '', this.draftsFile)) {
      this.docs.set(doc._id, doc);
    }
    this.assetMeta = folder.assetMeta;
    this.knownStamps = stamps;
    this.datasetLines = undefined;
    this.snapshot = undefined;
  }

  documents(): LakeDocument[] {
    return (this.snapshot ??= [...this.docs.values()]);
  }

  /**
   * groq-js folds the parameters into the tree while parsing (`$id` becomes a constant), so a tree
   * is only reused for the same query with the same parameters.
   */
  private parseQuery(query: string, params: Record<string, unknown>): ExprNode {
    const key = `${query}\u0000${JSON.stringify(params)}`;
    let tree = this.parsed.get(key);
    if (!tree) {
      try {
        tree = parse(query, { params });
      } catch (error) {
        throw new LakeError(400, 'queryParseError', `GROQ query cannot be parsed: ${(error as Error).message}`);
      }
      if (this.parsed.size > 500) this.parsed.clear();
      this.parsed.set(key, tree);
    }
    return tree;
  }

  /** The documents a perspective sees: drafts overlay their published documents for `drafts`. */
  view(perspective: Perspective): LakeDocument[] {
    if (this.views.size && this.views.get('snapshot') !== this.documents()) this.views.clear();
    let view = this.views.get(perspective);
    if (!view) {
      this.views.set('snapshot', this.documents());
      this.views.set(perspective, (view = this.computeView(perspective)));
    }
    return view;
  }

  private computeView(perspective: Perspective): LakeDocument[] {
    const all = this.documents();
    if (perspective === 'raw') return all;
    const published = all.filter((doc) => !/^(drafts|versions)\./.test(doc._id));
    if (perspective === 'published') return published.map((doc) => ({ ...doc, _originalId: doc._id }));
    const byId = new Map<string, LakeDocument>(published.map((doc) => [doc._id, { ...doc, _originalId: doc._id }]));
    for (const doc of all) {
      if (!doc._id.startsWith('drafts.')) continue;
      const id = publishedIdOf(doc._id);
      byId.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
    return [...byId.values()];
  }

  /** Equality indexes and id lookups per view, so `_type == $type` and `->` do not scan everything. */
  private lookups(perspective: Perspective) {
    const view = this.view(perspective);
    let lookup = this.lookupCache.get(view);
    if (!lookup) {
      const byId = new Map(view.map((doc) => [doc._id, doc]));
      lookup = { candidates: createIndexes(view), dereference: ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null };
      this.lookupCache.set(view, lookup);
    }
    return lookup;
  }

  async query(query: string, params: Record<string, unknown>, perspective: Perspective): Promise<unknown> {
    const tree = this.parseQuery(query, params);
    const { candidates, dereference } = this.lookups(perspective);
    try {
      const value = await evaluate(tree, {
        dataset: candidates(planQuery(tree, params)),
        dereference,
        params,
        timestamp: new Date(),
        identity: this.options.userId ?? 'local-editor',
        sanity: { projectId: this.options.projectId, dataset: this.options.dataset },
      });
      return await value.get();
    } catch (error) {
      throw new LakeError(400, 'queryError', `GROQ query failed: ${(error as Error).message}`);
    }
  }

  getDocuments(ids: string[]): { documents: LakeDocument[]; omitted: { id: string; reason: 'existence' }[] } {
    const documents: LakeDocument[] = [];
    const omitted: { id: string; reason: 'existence' }[] = [];
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (doc) documents.push(doc);
      else omitted.push({ id, reason: 'existence' });
    }
    return { documents, omitted };
  }

  /** Runs transactions one after another: apply, write to disk, then tell the listeners. */
  private transact<T>(
    // As a client sent it: checked here, so every way in rejects a bad one alike.
    transactionId: unknown,
    run: (tx: Transaction) => T,
    options: { external?: boolean } = {},
  ): Promise<{ transactionId: string; result: T; changes: Change[] }> {
    const task = this.queue.then(async () => {
      const id = transactionId || crypto.randomUUID();
      if (typeof id !== 'string' || !/^[\w.:-]{1,200}$/.test(id))
        throw new LakeError(400, 'invalidTransactionId', 'transactionId must be 1-200 letters, digits, ".", ":", "_" or "-".');
      const now = Math.max(Date.now(), this.lastTimestamp + 1);
      const tx = new Transaction(this.docs, new Date(now).toISOString());
      const result = run(tx);
      // The Studio ignores events older than the document's _updatedAt: time only moves forward.
      let time = now;
      for (const id of tx.changes.keys()) {
        const updated = Date.parse(this.docs.get(id)?._updatedAt ?? '');
        if (updated >= time) time = updated + 1;
      }
      this.lastTimestamp = time;
      const timestamp = new Date(time).toISOString();
      const changes: Change[] = [];
      for (const [docId, after] of tx.changes) {
        const before = this.docs.get(docId) ?? null;
        if (!before && !after) continue;
        changes.push({ id: docId, before, after: after && { ...after, _rev: id, _updatedAt: timestamp } });
      }
      const put = (docId: string, doc: LakeDocument | null) => (doc ? this.docs.set(docId, doc) : this.docs.delete(docId));
      for (const change of changes) put(change.id, change.after);
      this.snapshot = undefined;
      try {
        if (!options.external) this.persist(changes);
        else if (changes.some(({ before, after }) => [before, after].some((doc) => doc && isPublishedContent(doc)))) {
          this.datasetLines = undefined; // the folder changed from outside: rebuilt on the next publish
        }
      } catch (error) {
        // Nothing is acknowledged that is not on disk: undo in memory and report the failure.
        for (const change of changes) put(change.id, change.before);
        this.datasetLines = undefined;
        throw new LakeError(500, 'writeFailed', `Could not write the dataset: ${(error as Error).message}`);
      }
      await this.announce(id, timestamp, changes);
      return { transactionId: id, result, changes };
    });
    this.queue = task.catch(() => undefined);
    return task;
  }

  /** Writes what changed before the request is acknowledged (a publish the Studio saw is on disk). */
  private persist(changes: Change[]) {
    const touches = (test: (doc: LakeDocument) => boolean) =>
      changes.some(({ before, after }) => (before && test(before)) || (after && test(after)));
    if (touches(isPublishedContent)) {
      const { lines, commit } = (this.datasetLines ??= new DatasetLines(this.docs.values())).apply(changes);
      writeFileAtomic(this.dataFile, lines);
      commit();
      this.knownStamps.data = fileStamp(this.dataFile);
    }
    if (touches((doc) => /^drafts\./.test(doc._id))) {
      const drafts = [...this.docs.values()].filter((doc) => doc._id.startsWith('drafts.')).sort((a, b) => (a._id < b._id ? -1 : 1));
      writeFileAtomic(this.draftsFile, drafts.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
    }
  }

  private async matches(listener: Listener, doc: LakeDocument | null): Promise<boolean> {
    if (!doc) return false;
    if (!listener.options.includeAllVersions && doc._id.startsWith('versions.')) return false;
    try {
      const value = await (await evaluate(listener.tree, { dataset: [doc], params: listener.params })).get();
      return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== false;
    } catch {
      return false;
    }
  }

  private async announce(transactionId: string, timestamp: string, changes: Change[]) {
    const identity = this.options.userId ?? 'local-editor';
    for (const listener of this.listeners) {
      const matched: Change[] = [];
      const transitions: string[] = [];
      for (const change of changes) {
        const [was, is] = [await this.matches(listener, change.before), await this.matches(listener, change.after)];
        if (!was && !is) continue;
        matched.push(change);
        transitions.push(was && is ? 'update' : is ? 'appear' : 'disappear');
      }
      matched.forEach(({ id, before, after }, index) => {
        const data: Record<string, unknown> = {
          eventId: `${transactionId}#${id}`,
          documentId: id,
          transactionId,
          identity,
          resultRev: transactionId,
          timestamp,
          transition: transitions[index],
          visibility: 'query',
          transactionTotalEvents: matched.length,
          transactionCurrentEvent: index + 1,
        };
        if (before?._rev) data.previousRev = before._rev;
        if (listener.options.includeMutations) data.mutations = after ? [{ createOrReplace: after }] : [{ delete: { id } }];
        if (listener.options.includeResult && after) data.result = after;
        if (listener.options.includePreviousRevision && before) data.previous = before;
        if (listener.options.effects) data.effects = encodeEffects(withoutRev(before), withoutRev(after));
        listener.send({ type: 'mutation', id: `${transactionId}#${id}`, data });
      });
    }
  }

  listen(query: string, params: Record<string, unknown>, options: ListenOptions, send: Listener['send']): () => void {
    const listener: Listener = { tree: this.parseQuery(query, params), params, options, send };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount() {
    return this.listeners.size;
  }

  /** POST /data/mutate */
  mutate(mutations: unknown, transactionId?: unknown) {
    if (!Array.isArray(mutations) || mutations.length === 0)
      throw new LakeError(400, 'invalidMutation', 'Expected {"mutations": [...]} with at least one mutation.');
    return this.transact(transactionId, (tx) => mutations.map((mutation) => tx.apply(mutation)));
  }

  /** POST /data/actions: the document actions the Studio sends for non-live-edit types. */
  actions(actions: unknown, transactionId?: unknown) {
    const list = Array.isArray(actions) ? actions : [actions];
    if (list.length === 0 || !list.every(isJsonObject)) {
      throw new LakeError(400, 'invalidAction', 'Expected {"actions": [...]} with at least one action object.');
    }
    return this.transact(transactionId, (tx) => list.forEach((action) => applyAction(tx, action)));
  }

  /** POST /assets/images|files: stores the file under its sha1 name and its metadata in assets.json. */
  async uploadAsset(
    kind: 'image' | 'file',
    bytes: Buffer,
    extension: string,
    dimensions: { width: number; height: number } | undefined,
    meta: AssetMeta,
  ) {
    const sha1 = crypto.createHash('sha1').update(bytes).digest('hex');
    const relative =
      kind === 'image' ? `images/${sha1}-${dimensions!.width}x${dimensions!.height}.${extension}` : `files/${sha1}.${extension}`;
    const file = path.join(this.options.contentDir, relative);
    if (!fs.existsSync(file)) writeFileAtomic(file, bytes);
    const id = kind === 'image' ? `image-${sha1}-${dimensions!.width}x${dimensions!.height}-${extension}` : `file-${sha1}-${extension}`;
    const key = assetMetaKey(id);
    const existing = this.docs.get(id);
    if (existing) return existing;
    this.assetMeta[key] = { ...meta, ...this.assetMeta[key] };
    writeFileAtomic(this.assetsFile, serializeAssetMeta(this.assetMeta));
    this.knownStamps.assets = fileStamp(this.assetsFile);
    const doc = assetDocument(relative, bytes.length, this.assetMeta[key], this.urls, new Date().toISOString())!;
    const { changes } = await this.transact(undefined, (tx) => tx.put(doc), { external: true });
    return changes[0].after!;
  }

  /** Picks up edits to the folder from outside (git pull, another branch) without a restart. */
  watch() {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = fs.watch(this.options.contentDir, (_event, name) => {
      if (name && !['data.ndjson', 'assets.json'].includes(String(name))) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => this.reloadFolder().catch((error) => console.error(`lake: could not reload ${this.options.contentDir}: ${error.message}`)),
        150,
      );
    });
    this.watcher.on('error', (error) => console.error(`lake: stopped watching ${this.options.contentDir}: ${error.message}`));
  }

  /** Brings the in-memory published documents in line with the folder, as one transaction. */
  async reloadFolder() {
    const stamps = this.folderStamps();
    if (stamps.data === this.knownStamps.data && stamps.assets === this.knownStamps.assets) return;
    this.knownStamps = stamps;
    const folder = readFolder(this.options.contentDir, this.urls);
    this.assetMeta = folder.assetMeta;
    const wanted = new Map([...folder.documents, ...folder.assets].map((doc) => [doc._id, doc]));
    await this.transact(
      undefined,
      (tx) => {
        for (const doc of this.docs.values()) {
          if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) continue;
          if (!wanted.has(doc._id)) tx.put(null, doc._id);
        }
        for (const [id, doc] of wanted) {
          const current = this.docs.get(id);
          if (!current || JSON.stringify(withoutRev(current)) !== JSON.stringify(doc)) tx.put(doc);
        }
      },
      { external: true },
    );
  }

  close() {
    this.watcher?.close();
    for (const listener of this.listeners) listener.send({ type: 'reset' });
    this.listeners.clear();
  }
}

/** Removes `_strengthenOnPublish` / `_weak` from references, as the Content Lake does on publish. */
function strengthenReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strengthenReferences);
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const strengthen = '_strengthenOnPublish' in obj;
  for (const [key, item] of Object.entries(obj)) {
    if (key === '_strengthenOnPublish' || (strengthen && key === '_weak')) continue;
    out[key] = strengthenReferences(item);
  }
  return out;
}

function requireString(action: JsonObject, field: string): string {
  const value = action[field];
  if (typeof value !== 'string' || !value) throw new LakeError(400, 'invalidAction', `${String(action.actionType)} needs "${field}".`);
  return value;
}

function applyAction(tx: Transaction, action: JsonObject) {
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const attributes = action.attributes;
      if (!isJsonObject(attributes)) throw new LakeError(400, 'invalidAction', 'create needs "attributes".');
      const id = attributes._id ?? draftIdOf(requireString(action, 'publishedId'));
      if (typeof id !== 'string') throw new LakeError(400, 'invalidAction', 'create: "attributes._id" must be a string.');
      if (tx.get(id)) {
        if (action.ifExists === 'ignore') return;
        throw new LakeError(409, 'documentAlreadyExists', `Document ${id} already exists.`);
      }
      tx.apply({ create: { ...attributes, _id: id } });
      return;
    }
    case 'sanity.action.document.edit': {
      const draftId = requireString(action, 'draftId');
      const publishedId = requireString(action, 'publishedId');
      if (!isJsonObject(action.patch)) throw new LakeError(400, 'invalidAction', 'edit needs "patch".');
      if (!tx.get(draftId)) {
        const published = tx.get(publishedId);
        if (!published)
          throw new LakeError(409, 'documentNotFound', `Neither ${draftId} nor ${publishedId} exists, so there is nothing to edit.`);
        const { _rev, _updatedAt, ...base } = published;
        tx.apply({ create: { ...base, _id: draftId } });
      }
      tx.apply({ patch: { ...action.patch, id: draftId } });
      return;
    }
    case 'sanity.action.document.publish': {
      const draftId = requireString(action, 'draftId');
      const publishedId = requireString(action, 'publishedId');
      const draft = tx.get(draftId);
      const published = tx.get(publishedId);
      if (!draft) throw new LakeError(409, 'documentNotFound', `There is no draft ${draftId} to publish.`);
      if (action.ifDraftRevisionId && action.ifDraftRevisionId !== draft._rev) {
        throw new LakeError(
          409,
          'conflict',
          `Draft ${draftId} changed meanwhile (revision ${draft._rev}, expected ${action.ifDraftRevisionId}).`,
        );
      }
      if (action.ifPublishedRevisionId && action.ifPublishedRevisionId !== published?._rev) {
        throw new LakeError(
          409,
          'conflict',
          `${publishedId} changed meanwhile (revision ${published?._rev ?? 'none'}, expected ${action.ifPublishedRevisionId}).`,
        );
      }
      const { _rev, ...content } = strengthenReferences(draft) as LakeDocument;
      tx.put({ ...content, _id: publishedId, _createdAt: published?._createdAt ?? content._createdAt });
      tx.put(null, draftId);
      return;
    }
    case 'sanity.action.document.unpublish': {
      const draftId = requireString(action, 'draftId');
      const publishedId = requireString(action, 'publishedId');
      const published = tx.get(publishedId);
      if (!published) throw new LakeError(409, 'documentNotFound', `${publishedId} is not published.`);
      if (!tx.get(draftId)) {
        const { _rev, ...content } = published;
        tx.put({ ...content, _id: draftId });
      }
      tx.put(null, publishedId);
      return;
    }
    case 'sanity.action.document.delete': {
      const publishedId = requireString(action, 'publishedId');
      const drafts: unknown[] = Array.isArray(action.includeDrafts) ? action.includeDrafts : [];
      for (const id of [publishedId, draftIdOf(publishedId), ...drafts]) {
        if (typeof id !== 'string' || publishedIdOf(id) !== publishedId)
          throw new LakeError(400, 'invalidAction', `delete: ${String(id)} is not a version of ${publishedId}.`);
        if (tx.get(id)) tx.put(null, id);
      }
      return;
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      const id = action.versionId ?? action.draftId;
      if (typeof id !== 'string' || !/^(drafts|versions)\./.test(id))
        throw new LakeError(400, 'invalidAction', 'discard needs "versionId" (a drafts. or versions. id).');
      if (!tx.get(id)) throw new LakeError(409, 'documentNotFound', `${id} does not exist, so there is nothing to discard.`);
      tx.put(null, id);
      return;
    }
    case 'sanity.action.document.replaceDraft': {
      const publishedId = requireString(action, 'publishedId');
      const attributes = action.attributes;
      if (!isJsonObject(attributes)) throw new LakeError(400, 'invalidAction', 'replaceDraft needs "attributes".');
      tx.apply({ createOrReplace: { ...attributes, _id: draftIdOf(publishedId) } });
      return;
    }
    case 'sanity.action.document.version.create': {
      const document = action.document;
      if (!isJsonObject(document) || typeof document._id !== 'string')
        throw new LakeError(400, 'invalidAction', 'version.create needs "document" with an _id.');
      tx.apply({ create: document });
      return;
    }
    case 'sanity.action.document.version.replace': {
      const document = action.document;
      if (!isJsonObject(document) || typeof document._id !== 'string')
        throw new LakeError(400, 'invalidAction', 'version.replace needs "document" with an _id.');
      if (!tx.get(document._id)) throw new LakeError(409, 'documentNotFound', `${document._id} does not exist.`);
      tx.apply({ createOrReplace: document });
      return;
    }
    default:
      throw new LakeError(
        400,
        'invalidAction',
        `Action type ${JSON.stringify(action.actionType)} is not supported by the local Content Lake.`,
      );
  }
}
