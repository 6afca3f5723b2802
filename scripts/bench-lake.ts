/**
 * Local Content Lake benchmark: `npm run bench:lake [-- <runs>]` measures p50/p95 latency of the
 * Studio's list, preview and search queries (the shapes the Studio sends with the groqLegacy
 * strategy) and of a publish round trip (edit + publish until the listener reports it), once over
 * a copy of the embedded dataset and once over 10,000 documents (the embedded ones plus stories
 * cloned with new ids). Targets: p95 <= 50 ms embedded, <= 300 ms at 10,000.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SanityClient } from '@sanity/client';
import { lakeClient } from '../studio/lake/client.ts';
import { startLakeServer } from '../studio/lake/server.ts';

const runs = Number(process.argv[2] || 40);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-bench-lake-'));
type Doc = Record<string, any> & { _id: string; _type: string };

function prepare(name: string, total?: number): string {
  const dir = path.join(work, name, 'content');
  fs.cpSync(path.resolve('content'), dir, { recursive: true });
  if (total) {
    const docs: Doc[] = fs
      .readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const stories = docs.filter((doc) => doc._type === 'story');
    for (let i = 0; docs.length < total; i++) {
      const story = stories[i % stories.length];
      docs.push({
        ...story,
        _id: `${story._id}-bench-${i}`,
        title: `${story.title} ${i}`,
        slug: { _type: 'slug', current: `${story.slug?.current}-${i}` },
      });
    }
    docs.sort((a, b) => (a._id < b._id ? -1 : 1));
    fs.writeFileSync(path.join(dir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  }
  return dir;
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95) };
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm-up: parse caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function publishRoundTrip(client: SanityClient, id: string, i: number) {
  const draftId = `drafts.${id}`;
  const done = new Promise<void>((resolve) => {
    const subscription = client.listen('*[_id == $id]', { id }, { effectFormat: 'mendoza' }).subscribe((event) => {
      if (event.type === 'mutation' && event.transactionId === `bench-publish-${i}`) {
        subscription.unsubscribe();
        resolve();
      }
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId,
    publishedId: id,
    patch: { set: { teaser: `Benchmark ${i}` } },
  });
  await client.action({ actionType: 'sanity.action.document.publish', draftId, publishedId: id }, { transactionId: `bench-publish-${i}` });
  await done;
}

async function bench(label: string, contentDir: string) {
  const server = await startLakeServer({
    contentDir,
    stateDir: path.join(contentDir, '..', 'state'),
    projectId: 'herzland0',
    dataset: 'production',
    allowedOrigins: [],
    watch: false,
    log: () => {},
  });
  const client = lakeClient(server.url, 'drafts');
  const count = await client.fetch<number>('count(*)', {}, { perspective: 'raw' });
  const ids = await client.fetch<string[]>('*[_type == "story"][0...20]._id');
  const types = ['story'];
  const list = () =>
    client.fetch(
      '*[_type in $__types && !(_id in path("versions.**"))] | order(_updatedAt desc) [0...50]{_id, _type, _originalId, "orderings": [_updatedAt]}',
      { __types: types },
    );
  const preview = () => client.fetch('*[_id in $ids][0...20]{_id, _rev, _type, title, "subtitle": teaser, "media": image}', { ids });
  const search = () =>
    client.fetch(
      '*[_type in $__types && !(_id in path("versions.**")) && (title match $t0 || teaser match $t0 || slug.current match $t0)] | order(_updatedAt desc) [0...50]{_type, _id, _originalId, "w0": title, "w1": teaser}',
      { __types: types, t0: 'zschopau*' },
    );
  let round = 0;
  const results = {
    list: percentiles(await time(list)),
    preview: percentiles(await time(preview)),
    search: percentiles(await time(search)),
    'publish round trip': percentiles(await time(() => publishRoundTrip(client, ids[0], round++))),
  };
  await server.close();
  console.log(`\n${label}: ${count} documents, ${runs} runs each`);
  for (const [name, { p50, p95 }] of Object.entries(results)) {
    console.log(`  ${name.padEnd(20)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`);
  }
}

try {
  await bench('embedded dataset', prepare('embedded'));
  await bench('10,000 documents', prepare('large', 10_000));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
