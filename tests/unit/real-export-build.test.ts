/**
 * The site builds from a dataset shaped like a real project export: the starting dataset with every
 * id replaced by a random one (references follow), `_rev` on every document, unfinished drafts
 * next to published documents, and the lines in no particular order. Nothing may depend on the
 * generated ids or the sort order the retired content-as-code produced.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRealExport, type Doc } from './export-fixture.ts';

describe('a real-export-shaped dataset', () => {
  it('builds the whole site, drafts left out', async () => {
    const contentDir = path.resolve('content');
    const original: Doc[] = fs
      .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const exported = asRealExport(original, { seed: 'build' });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-real-export-'));
    const datasetDir = path.join(work, 'content');
    fs.mkdirSync(datasetDir);
    fs.writeFileSync(path.join(datasetDir, 'data.ndjson'), exported.map((d) => JSON.stringify(d)).join('\n') + '\n');
    fs.copyFileSync(path.join(contentDir, 'assets.json'), path.join(datasetDir, 'assets.json'));
    fs.symlinkSync(path.join(contentDir, 'images'), path.join(datasetDir, 'images'));
    const distDir = path.join(work, 'dist');

    const child = spawn('npx', ['tsx', 'scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: datasetDir, DIST_DIR: distDir } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status, output).toBe(0);
    expect(output).toMatch(new RegExp(`Content: ${original.length} documents .* 0 errors`));

    // Every story has its page, under its slug.
    const files = fs.readdirSync(distDir, { recursive: true, encoding: 'utf8' });
    const stories = original.filter((d) => d._type === 'story');
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      expect(
        files.some((f) => f.endsWith(path.join(story.slug.current, 'index.html'))),
        story.slug.current,
      ).toBe(true);
    }
    fs.rmSync(work, { recursive: true, force: true });
  }, 600_000);
});
