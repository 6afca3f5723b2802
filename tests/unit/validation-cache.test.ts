/**
 * The validation cache (site/validation-cache.ts): a rebuild reuses the results of unchanged
 * documents, but never a result whose lookups into the rest of the dataset now answer differently.
 * The integration cases compare a cached second run with a run without cache on a changed copy of
 * the embedded dataset: they must report exactly the same problems.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEmbeddedDataset, type DatasetDocument } from '../../site/sources/embedded-dataset.ts';
import { formatProblem, validateDataset } from '../../site/validate.ts';
import { ValidationCache } from '../../site/validation-cache.ts';
import { compileStudioSchema } from '../../site/schema.ts';

const contentDir = path.resolve('content');
const original: DatasetDocument[] = fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));
let schema: ReturnType<typeof compileStudioSchema>;
beforeAll(() => { schema = compileStudioSchema(); });

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

function dataset(documents: DatasetDocument[]) {
  const dir = tempDir('herzland-cache-data-');
  fs.writeFileSync(path.join(dir, 'data.ndjson'), documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  for (const folder of ['images', 'files']) {
    if (fs.existsSync(path.join(contentDir, folder))) fs.symlinkSync(path.join(contentDir, folder), path.join(dir, folder));
  }
  return readEmbeddedDataset(dir);
}

const lines = async (documents: DatasetDocument[], cacheDir?: string) =>
  (await validateDataset(dataset(documents), schema, { cacheDir })).map(formatProblem);

describe('validation cache', () => {
  it('reuses a result only for the same document with the same lookup answers', async () => {
    const dir = tempDir('herzland-cache-');
    const doc = { _id: 'a', _type: 'story', title: 'A' };
    const lookups = { queries: [['*[slug == $s][0]._id', { s: 'x' }, 'null'] as [string, Record<string, unknown>, string]], exists: [['town-1', true] as [string, boolean]] };
    const first = new ValidationCache<string>(dir);
    first.store(doc, ['problem of a'], lookups);
    first.save();

    const same = { fetch: async () => null, exists: () => true };
    expect(await new ValidationCache<string>(dir).reuse({ ...doc }, same)).toEqual(['problem of a']);
    expect(await new ValidationCache<string>(dir).reuse({ ...doc, title: 'B' }, same)).toBeUndefined();
    expect(await new ValidationCache<string>(dir).reuse(doc, { ...same, exists: () => false })).toBeUndefined();
    expect(await new ValidationCache<string>(dir).reuse(doc, { ...same, fetch: async () => 'other-id' })).toBeUndefined();
  });

  it('keeps only the documents of the last run', async () => {
    const dir = tempDir('herzland-cache-');
    const replay = { fetch: async () => null, exists: () => true };
    const none = { queries: [], exists: [] };
    const first = new ValidationCache<string>(dir);
    first.store({ _id: 'a' }, [], none);
    first.store({ _id: 'b' }, ['b'], none);
    first.save();
    const second = new ValidationCache<string>(dir);
    expect(await second.reuse({ _id: 'b' }, replay)).toEqual(['b']);
    second.save();
    expect(await new ValidationCache<string>(dir).reuse({ _id: 'a' }, replay)).toBeUndefined();
    expect(await new ValidationCache<string>(dir).reuse({ _id: 'b' }, replay)).toEqual(['b']);
  });

  it('a cached rebuild reports the same problems as a full validation, also where other documents changed', async () => {
    const cacheDir = tempDir('herzland-cache-');
    expect(await lines(original, cacheDir)).toEqual(await lines(original));
    expect(fs.existsSync(path.join(cacheDir, 'validation.json'))).toBe(true);

    // Another story takes this story's slug: the unchanged story's slug is no longer unique.
    const taken = original.map((d) => (d._id === 'story-duales-studium-in-stollberg-de'
      ? { ...d, slug: { _type: 'slug', current: 'disponentin-in-zschopau' } } : d));
    const withClash = await lines(taken, cacheDir);
    expect(withClash).toEqual(await lines(taken));
    expect(withClash.some((line) => line.startsWith('ERROR story-disponentin-in-zschopau-de (story) slug'))).toBe(true);

    // A referenced town is deleted: the unchanged stories that point at it now have a broken reference.
    const withoutTown = original.filter((d) => d._id !== 'town-zschopau');
    const broken = await lines(withoutTown, cacheDir);
    expect(broken).toEqual(await lines(withoutTown));
    expect(broken.some((line) => line.startsWith('ERROR story-disponentin-in-zschopau-de (story) town'))).toBe(true);
  }, 300_000);
});
