/**
 * Runs a content migration from studio/migrations/ (written with Sanity's `defineMigration`) over
 * the dataset in content/, the way `sanity migration run` runs it over a project:
 *
 *   npm run content:migrate -- <migration> [--dry-run]
 *
 * The migration's mutations are collected with @sanity/migrate and applied with Sanity's own patch
 * engine (@sanity/mutator). Every changed document is listed; `--dry-run` writes nothing. Lines of
 * data.ndjson keep their order, so `git diff` shows only what the migration changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectMigrationMutations, type Migration, type MigrationContext } from '@sanity/migrate';
import { SanityEncoder } from '@sanity/mutate';
import { Mutation } from '@sanity/mutator';
import type { SanityDocument } from '@sanity/types';
import { evaluate, parse } from 'groq-js';

type Doc = SanityDocument & Record<string, unknown>;

/**
 * Sanity's encoder (@sanity/mutate) writes every path @sanity/migrate builds, array slices
 * ([from, to] -> "[from:to]") included, but its Path type leaves slices out.
 */
type EncodableMutation = Parameters<typeof SanityEncoder.encodeAll>[0][number];

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../studio/migrations');

export interface MigrationResult {
  /** Ids of the documents the migration changes. */
  changed: string[];
  /** The raw Sanity mutations, as they would be sent to a project. */
  mutations: Record<string, unknown>[];
}

export async function loadMigration(name: string, dir = MIGRATIONS_DIR): Promise<Migration> {
  const candidates = [path.join(dir, name, 'index.ts'), path.join(dir, `${name}.ts`)];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!/^[a-z0-9-]+$/.test(name) || !file) {
    const known = fs.existsSync(dir) ? fs.readdirSync(dir).map((entry) => entry.replace(/\.ts$/, '')) : [];
    throw new Error(`No migration "${name}" in ${path.relative(process.cwd(), dir)}. Known: ${known.join(', ') || '(none)'}`);
  }
  const migration = (await import(pathToFileURL(file).href)).default as Migration;
  if (typeof migration?.title !== 'string' || !migration.migrate)
    throw new Error(`${file} does not export a migration (defineMigration) as default.`);
  return migration;
}

async function* iterate(documents: Doc[]): AsyncIterableIterator<Doc> {
  yield* documents;
}

/** The documents the migration asks for: its documentTypes and GROQ filter, drafts included as in a project. */
async function selected(migration: Migration, documents: Doc[]): Promise<Doc[]> {
  const types = migration.documentTypes && new Set(migration.documentTypes);
  const byType = types ? documents.filter((doc) => types.has(doc._type)) : documents;
  if (!migration.filter) return byType;
  const ids = new Set((await (await evaluate(parse(`*[${migration.filter}]._id`), { dataset: byType })).get()) as string[]);
  return byType.filter((doc) => ids.has(doc._id));
}

/** Applies `migration` to the documents in memory; returns the migrated documents and what changed. */
export async function migrateDocuments(
  migration: Migration,
  documents: Doc[],
  { dryRun = false } = {},
): Promise<MigrationResult & { documents: Doc[] }> {
  const byId = new Map(documents.map((doc) => [doc._id, structuredClone(doc)]));
  const input = await selected(migration, documents);
  const source = {
    async fetch(query: string, params: Record<string, unknown> = {}) {
      return (await evaluate(parse(query), { dataset: [...byId.values()], params })).get();
    },
  };
  const context = {
    // Offline the client is the dataset in memory: it answers fetch (GROQ via groq-js) and nothing else.
    client: source as MigrationContext['client'],
    dryRun,
    filtered: {
      getDocument: async (id: string) => input.find((doc) => doc._id === id),
      getDocuments: async (ids: string[]) => input.filter((doc) => ids.includes(doc._id)),
    },
  } as MigrationContext;

  const mutations: Record<string, unknown>[] = [];
  const changed = new Set<string>();
  for await (const batch of collectMigrationMutations(migration, () => iterate(input), context)) {
    for (const item of [batch].flat()) {
      const list = item.type === 'transaction' ? item.mutations : [item];
      for (const raw of SanityEncoder.encodeAll(list as EncodableMutation[]) as Record<string, any>[]) {
        mutations.push(raw);
        const body = Object.values(raw)[0] as { _id?: string; id?: string };
        const id = body._id ?? body.id!;
        const before = byId.get(id) ?? null;
        const after = new Mutation({ mutations: [raw] }).apply(before ? structuredClone(before) : null) as Doc | null;
        if (JSON.stringify(after) === JSON.stringify(before)) continue;
        changed.add(id);
        if (after) byId.set(id, after);
        else byId.delete(id);
      }
    }
  }
  return { documents: [...byId.values()], changed: [...changed], mutations };
}

export async function migrateContent(
  name: string,
  contentDir: string,
  { dryRun = false, log = console.log } = {},
): Promise<MigrationResult> {
  const migration = await loadMigration(name);
  const file = path.join(contentDir, 'data.ndjson');
  const documents = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc);
  const result = await migrateDocuments(migration, documents, { dryRun });
  log(
    `Migration "${migration.title}" over ${documents.length} documents in ${path.relative(process.cwd(), contentDir) || '.'}${dryRun ? ' (dry run)' : ''}`,
  );
  for (const mutation of result.mutations) log(`  ${JSON.stringify(mutation)}`);
  if (!dryRun && result.changed.length) {
    fs.writeFileSync(file, result.documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  }
  log(
    `${result.changed.length} document(s) ${dryRun ? 'would change; nothing written' : 'changed'}${result.changed.length ? `: ${result.changed.join(', ')}` : ''}`,
  );
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = args.find((arg) => !arg.startsWith('--'));
  if (!name) {
    console.error('Usage: npm run content:migrate -- <migration> [--dry-run]   (migrations: studio/migrations/)');
    process.exit(2);
  }
  await migrateContent(name, path.resolve(process.env.CONTENT_DIR || 'content'), { dryRun: args.includes('--dry-run') });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
