/**
 * Where publishes come from: a Sanity project's listener (`client.listen`, the same API a local
 * Content Lake answers) or, for the embedded dataset, the files of content/. Both report which
 * published documents changed; drafts never trigger a build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createClient, type MutationEvent } from '@sanity/client';
import type { SanityProjectConfig } from '../site/config.ts';
import { sanityClientConfig } from '../site/sources/sanity.ts';
import { isPublishedId } from '../site/sources/embedded-dataset.ts';
import type { ContentChange } from './publish-queue.ts';

export interface Watcher {
  close(): void;
}

/** Published documents only: drafts and release versions are not on the site. */
export const PUBLISHED_DOCUMENTS = '*[!(_id in path("drafts.**")) && !(_id in path("versions.**"))]';

export function watchSanity(project: SanityProjectConfig, onChange: (change: ContentChange) => void, log = console.log): Watcher {
  // The listener needs the live API; a token (if any) lets it see private datasets.
  const client = createClient({
    ...sanityClientConfig(project),
    useCdn: false,
    token: process.env.SANITY_API_READ_TOKEN || project.token,
  });
  const subscription = client
    .listen(
      PUBLISHED_DOCUMENTS,
      {},
      {
        events: ['welcome', 'mutation', 'reconnect'],
        includeResult: false,
        includePreviousRevision: false,
        visibility: 'query',
      },
    )
    .subscribe({
      next(event) {
        if (event.type === 'welcome') log(`publish: listening to ${project.projectId}/${project.dataset}`);
        else if (event.type === 'reconnect') log('publish: connection lost, reconnecting');
        else if (event.type === 'mutation') {
          const mutation = event as MutationEvent;
          if (isPublishedId(mutation.documentId)) onChange({ id: mutation.documentId, transition: mutation.transition });
        }
      },
      error(error: Error) {
        log(`publish: listener stopped: ${error.message}`);
      },
    });
  return { close: () => subscription.unsubscribe() };
}

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

/** id → its line in data.ndjson (published documents). */
type Snapshot = Map<string, { line: string; type: string }>;

/**
 * Reads data.ndjson; lines unchanged since `previous` are not parsed again (a publish among 15,000
 * documents changes one line, and parsing them all took seconds).
 */
function snapshot(dir: string, previous: Snapshot = new Map()): Snapshot {
  const out: Snapshot = new Map();
  let text: string;
  try {
    // Bytes as latin1 (a copy, where decoding 70 MB of UTF-8 took a second): lines are compared as
    // they are and only those that changed are decoded and parsed.
    text = fs.readFileSync(path.join(dir, 'data.ndjson'), 'latin1');
  } catch {
    return out;
  }
  const known = new Map([...previous].map(([id, { line, type }]) => [line, { id, type }]));
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const seen = known.get(line);
    if (seen) {
      out.set(seen.id, { line, type: seen.type });
      continue;
    }
    try {
      const doc = JSON.parse(utf8(line)) as { _id?: unknown; _type?: unknown };
      if (typeof doc._id === 'string' && isPublishedId(doc._id)) out.set(doc._id, { line, type: String(doc._type) });
    } catch {
      // A half-written or broken file: the build reports the line.
      out.set(`data.ndjson:${utf8(line).slice(0, 40)}`, { line, type: '?' });
    }
  }
  return out;
}

export function diffSnapshots(before: Snapshot, after: Snapshot): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was) changes.push({ id, type: now.type, transition: 'appear' });
    else if (was.line !== now.line) changes.push({ id, type: now.type, transition: 'update' });
  }
  for (const [id, was] of before) if (!after.has(id)) changes.push({ id, type: was.type, transition: 'disappear' });
  return changes;
}

/** Watches content/ (data.ndjson, assets, images, files) and reports changed documents. */
export function watchEmbedded(dir: string, onChange: (change: ContentChange) => void): Watcher {
  let last = snapshot(dir);
  const check = (file: string | null) => {
    const now = snapshot(dir, last);
    const changes = diffSnapshots(last, now);
    last = now;
    for (const change of changes) onChange(change);
    // A new image or file on its own changes no document; report it so the build picks it up.
    if (!changes.length && file && !file.startsWith('data.ndjson')) onChange({ id: file, type: 'file', transition: 'update' });
  };
  // One plain watcher per folder: Node's recursive watcher on Linux loses a file that was
  // replaced by a rename (as editors' tools write data.ndjson) after the first time.
  const folders = [dir, ...['images', 'files'].map((sub) => path.join(dir, sub)).filter((sub) => fs.existsSync(sub))];
  const watchers = folders.map((folder) =>
    fs.watch(folder, (_event, file) => {
      const name = file ? path.relative(dir, path.join(folder, file.toString())) : null;
      // Editors' tools write data.ndjson through a temporary file; ignore the temporary names.
      if (name && /(^|\/)\.|~$|\.tmp$/.test(name)) return;
      check(name);
    }),
  );
  return { close: () => watchers.forEach((watcher) => watcher.close()) };
}
