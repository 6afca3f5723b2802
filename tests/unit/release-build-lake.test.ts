/**
 * The release build (HERZLAND_RELEASE=1) against a Sanity project: the local Content Lake
 * (studio/lake, plain HTTP on 127.0.0.1) serves the release tests' dataset
 * (tests/fixtures/release-dataset.ts) and `npm run build` reads it through @sanity/client
 * (SANITY_PROJECT_ID, SANITY_API_HOST), as a build from sanity.io would.
 * - With placeholders the build stops with the same lines as from content/ and leaves the output
 *   folder as it was.
 * - After an editor replaces them through the lake (edit and publish actions, as the Studio sends
 *   them) the release build passes and the pages show the new text; a draft that still holds a
 *   placeholder does not stop it (only published content is released).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SanityClient } from '@sanity/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID } from '../../studio/env.ts';
import { lakeClient } from '../../studio/lake/client.ts';
import type { LakeServer } from '../../studio/lake/server.ts';
import { PLACEHOLDER_ADDRESS, PLACEHOLDER_ERRORS, serveReleaseDataset } from '../fixtures/release-dataset.ts';

const NEW_ADDRESS = 'Buchholzer Straße 2\n09456 Annaberg-Buchholz';
const NEW_PROGRAMME = 'Programm: Vorträge und Werkstattführungen.';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-release-lake-'));
const distDir = path.join(work, 'dist');

interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build` as a child process: asynchronous, because the lake answers from this process. */
function build(apiHost: string): Promise<BuildResult> {
  const child = spawn('npm', ['run', 'build'], {
    env: {
      ...process.env,
      SANITY_PROJECT_ID: PLACEHOLDER_PROJECT_ID,
      SANITY_DATASET: DEFAULT_DATASET,
      SANITY_API_HOST: apiHost,
      HERZLAND_RELEASE: '1',
      HERZLAND_TODAY: '2026-06-01',
      DIST_DIR: distDir,
      OG_CACHE_DIR: path.join(work, 'og-cache'),
      VALIDATION_CACHE_DIR: path.join(work, 'validation-cache'),
    },
  });
  const result: BuildResult = { status: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (result.stdout += chunk));
  child.stderr.on('data', (chunk) => (result.stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ ...result, status })));
}

/** Edits the published document through a draft and publishes it, as the Studio's Publish button does. */
async function publishEdit(client: SanityClient, id: string, set: Record<string, unknown>) {
  await client.action([
    { actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: { set } },
    { actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id },
  ]);
}

const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');
const textOf = (html: string) => html.replace(/<br[^>]*>/g, '\n').replace(/<[^>]+>/g, '');

describe('release build from a Sanity project (the local Content Lake)', () => {
  let lake: LakeServer;
  let failed: BuildResult;
  let passed: BuildResult;
  let markerAfterFailure: string;
  let seconds: number[];

  beforeAll(async () => {
    ({ lake } = await serveReleaseDataset(work, true));
    fs.mkdirSync(distDir);
    fs.writeFileSync(path.join(distDir, 'marker.txt'), 'previous build');

    let started = performance.now();
    failed = await build(lake.url);
    seconds = [(performance.now() - started) / 1000];
    markerAfterFailure = read('marker.txt');

    const client = lakeClient(lake.url);
    await publishEdit(client, 'siteSettings', { 'contact.address': NEW_ADDRESS });
    await publishEdit(client, 'event-winter-de', {
      body: [
        {
          _type: 'block',
          _key: 'wb',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 'wbs', text: NEW_PROGRAMME, marks: [] }],
        },
      ],
    });
    // A draft is not released: its placeholder must not stop the build nor reach a page.
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.siteSettings',
      publishedId: 'siteSettings',
      patch: { set: { 'contact.address': PLACEHOLDER_ADDRESS } },
    });

    started = performance.now();
    passed = await build(lake.url);
    seconds.push((performance.now() - started) / 1000);
    console.log(`release builds from the lake: ${seconds.map((s) => `${s.toFixed(1)} s`).join(', ')}`);
  }, 300_000);
  afterAll(async () => {
    await lake?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('stops on placeholders served by the project, naming document, type and field, and leaves the output alone', () => {
    expect(failed.status).not.toBe(0);
    const out = failed.stderr + failed.stdout;
    expect(out).toContain(`Sanity project ${PLACEHOLDER_PROJECT_ID}/${DEFAULT_DATASET} (published)`);
    for (const line of PLACEHOLDER_ERRORS) expect(out).toMatch(line);
    expect(out).toContain('Release build stopped: 2 placeholder(s)');
    expect(markerAfterFailure).toBe('previous build');
  });

  it('passes once the placeholders are replaced and published, and shows the published text', () => {
    expect(passed.status, passed.stderr + passed.stdout).toBe(0);
    expect(passed.stdout).toContain('Release: no placeholders in the content');
    expect(fs.existsSync(path.join(distDir, 'marker.txt'))).toBe(false);
    const footer = textOf(/<address[^>]*>[\s\S]*?<\/address>/.exec(read('index.html'))![0]);
    expect(footer).toContain(NEW_ADDRESS);
    expect(footer).not.toContain('Platzhalter');
    expect(textOf(read('veranstaltungen/winter/index.html'))).toContain(NEW_PROGRAMME);
  });

  it('takes images from the lake, allows them in the CSP and asks it nothing it cannot answer', () => {
    const sources = [...read('veranstaltungen/winter/index.html').matchAll(/<img[^>]* src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src.startsWith(`${lake.url}/images/${PLACEHOLDER_PROJECT_ID}/${DEFAULT_DATASET}/`), src).toBe(true);
    expect(read('_headers')).toMatch(new RegExp(`img-src [^;]*${lake.url.replace(/[.]/g, '\\.')}`));
    expect(lake.unhandled).toEqual([]);
  });
});
