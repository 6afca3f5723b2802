/**
 * SIGKILL during a burst of publishes: after a restart the dataset folder is valid and every
 * publish the client saw acknowledged is in content/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lakeClient } from '../../studio/lake/client.ts';
import { afterAll, expect, it } from 'vitest';
import { startLakeServer } from '../../studio/lake/server.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-lake-crash-'));
const contentDir = path.join(dir, 'content');
const stateDir = path.join(dir, 'state');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/lake/lake-process.ts'), contentDir, stateDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\S+)/.exec(chunk.toString());
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`lake exited with ${code}`)));
  });
}

it('keeps every acknowledged publish and a valid folder when killed mid-burst', async () => {
  fs.cpSync(path.resolve('content'), contentDir, { recursive: true });
  const { child, url } = await startChild();
  const client = lakeClient(url);
  const acknowledged: string[] = [];
  let sent = 0;
  const publish = async (i: number) => {
    const id = `town-crash-${String(i).padStart(4, '0')}`;
    sent += 1;
    await client.action([
      {
        actionType: 'sanity.action.document.create',
        publishedId: id,
        attributes: { _id: `drafts.${id}`, _type: 'town', name: `Ort ${i}` },
        ifExists: 'fail',
      },
      { actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id },
    ]);
    acknowledged.push(id);
  };
  // Four writers in parallel; the kill lands while requests are in flight.
  const writers = [0, 1, 2, 3].map(async (w) => {
    for (let i = w; ; i += 4) {
      try {
        await publish(i);
      } catch {
        return;
      }
    }
  });
  while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill('SIGKILL');
  await Promise.all(writers);
  expect(sent).toBeGreaterThan(acknowledged.length); // some were in flight when it died

  const lines = fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8').trim().split('\n');
  const ids = lines.map((line) => JSON.parse(line)._id);
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(ids).toEqual(expect.arrayContaining(acknowledged));

  const restarted = await startLakeServer({
    contentDir,
    stateDir,
    projectId: 'herzland0',
    dataset: 'production',
    allowedOrigins: [],
    watch: false,
    log: () => {},
  });
  const after = lakeClient(restarted.url);
  const present = await after.fetch<string[]>('*[_type == "town" && _id match "town-crash-*"]._id');
  expect(present).toEqual(expect.arrayContaining(acknowledged));
  expect(fs.readdirSync(contentDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  await restarted.close();
}, 120_000);
