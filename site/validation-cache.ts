/**
 * Validation results of unchanged documents, kept between builds, so that a rebuild runs the
 * Studio's rules only on what changed (validation costs about 1.8 ms per document). A result is
 * reused only when the document's JSON, the rules (the Studio schema's source files and the
 * validation packages), the day (date rules read the clock) are the same, and every lookup the
 * rules made into the rest of the dataset still gives the same answer: the GROQ queries of custom
 * rules (slug uniqueness) and the existence of referenced documents are recorded with the result
 * and replayed. One JSON file; documents no longer in the dataset drop out when it is written.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a document's rules read from outside the document. */
export interface Lookups {
  queries: [query: string, params: Record<string, unknown>, result: string][];
  exists: [id: string, exists: boolean][];
}
/** Answers the recorded lookups again from the current dataset. */
export interface LookupReplay {
  fetch(query: string, params: Record<string, unknown>): Promise<unknown>;
  exists(id: string): boolean;
}
interface Entry<P> { problems: P[]; lookups: Lookups }

const FILE = 'validation.json';
/** Everything the rules are made of, besides the document: a change to any of them empties the cache. */
const RULE_SOURCES = ['../studio/schemaTypes', '../studio/config', './validate.ts', './validation-cache.ts'];
const RULE_PACKAGES = ['@sanity/validation', 'sanity'];

function rulesFingerprint(): string {
  const hash = createHash('sha1');
  for (const source of RULE_SOURCES) {
    const root = fileURLToPath(new URL(source, import.meta.url));
    const files = fs.statSync(root).isDirectory()
      ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort()
      : [root];
    for (const file of files) hash.update(file).update(fs.readFileSync(file));
  }
  const require = createRequire(import.meta.url);
  for (const name of RULE_PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  // The date rules compare with the clock (not the build's pinned today), so results last a day.
  return hash.update(new Date().toISOString().slice(0, 10)).digest('hex');
}

export class ValidationCache<P> {
  private readonly context: string;
  private readonly previous: Map<string, Entry<P>>;
  private readonly next = new Map<string, Entry<P>>();

  constructor(private readonly dir: string) {
    this.context = rulesFingerprint();
    let stored: { context?: string; entries?: [string, Entry<P>][] } = {};
    try {
      stored = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8'));
    } catch {
      // No cache yet, or an unreadable one: validate everything.
    }
    this.previous = new Map(stored.context === this.context ? stored.entries ?? [] : []);
  }

  private key(doc: object): string {
    return createHash('sha1').update(JSON.stringify(doc)).digest('hex');
  }

  /** The stored problems of an unchanged document whose lookups still answer the same; else undefined. */
  async reuse(doc: object, replay: LookupReplay): Promise<P[] | undefined> {
    const key = this.key(doc);
    const entry = this.previous.get(key);
    if (!entry) return undefined;
    if (!entry.lookups.exists.every(([id, exists]) => replay.exists(id) === exists)) return undefined;
    for (const [query, params, result] of entry.lookups.queries) {
      if (JSON.stringify(await replay.fetch(query, params)) !== result) return undefined;
    }
    this.next.set(key, entry);
    return entry.problems;
  }

  store(doc: object, problems: P[], lookups: Lookups): void {
    this.next.set(this.key(doc), { problems, lookups });
  }

  /** Writes this run's entries (only documents of this dataset) under a temporary name, then renames. */
  save(): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, FILE);
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ context: this.context, entries: [...this.next] }));
    fs.renameSync(temporary, file);
  }
}
