/**
 * With SANITY_PROJECT_ID set, the build validates what it fetched from the project with the Studio
 * schema's rules, exactly as for content/: a bad document served by a local stand-in for the Sanity
 * API stops the build with `ERROR <id> (<type>) <path>: <message>`, and dist/ stays as it was.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@sanity/client';
import { importContent } from '../../scripts/import-content.ts';
import { compileStudioSchema } from '../../site/schema.ts';
import type { DatasetDocument } from '../../site/sources/embedded-dataset.ts';
import { datasetFromDocuments, formatProblem, validateDataset } from '../../site/validate.ts';
import { asRealExport, fixtureDocuments, fixtureImage, writeDataset } from './export-fixture.ts';
import { startApiStandIn, type ApiStandIn } from './sanity-api-stand-in.ts';

let api: ApiStandIn;
let schema: ReturnType<typeof compileStudioSchema>;

/** The project's published documents, as the build fetches them. */
const published = () => [...api.documents.values()].filter((d) => !d._id.startsWith('drafts.')) as DatasetDocument[];
const storyId = () => published().find((d) => d._type === 'story')!._id;

beforeAll(async () => {
  schema = compileStudioSchema();
  api = await startApiStandIn();
  const image = await fixtureImage();
  const client = createClient({
    projectId: 'abc123',
    dataset: 'production',
    token: 'write-token',
    apiVersion: '2026-09-01',
    useCdn: false,
    apiHost: api.apiHost,
    useProjectHostname: false,
  });
  // The project gets its content the way a real one does: through Sanity's importer.
  await importContent(client, writeDataset(asRealExport(fixtureDocuments(image)), [image]), { log: () => {} });
});
afterAll(() => api.close());

describe('validation of content fetched from a project', () => {
  it('passes for valid content (asset references resolved against the asset documents)', async () => {
    const problems = await validateDataset(datasetFromDocuments(published(), 'abc123/production'), schema);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('reports a missing asset document and a field in the old shape', async () => {
    const docs = published()
      .filter((d) => d._type !== 'sanity.imageAsset')
      .map((d) => (d._type === 'story' ? { ...d, title: { _type: 'localizedString', de: 'Falsche Form' } } : d));
    const errors = (await validateDataset(datasetFromDocuments(docs, 'abc123/production'), schema)).filter((p) => p.level === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({ documentId: storyId(), documentType: 'story', path: 'image', message: expect.stringMatching(/fehlt/) }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ documentId: storyId(), documentType: 'story', path: 'title' }));
  });
});

describe('npm run build with SANITY_PROJECT_ID', () => {
  it('stops on a bad document served by the project, naming id, type and field; dist/ intact', async () => {
    const id = storyId();
    const { title: _title, ...withoutTitle } = api.documents.get(id)!;
    api.documents.set(id, withoutTitle as typeof withoutTitle & { _id: string; _type: string });
    const distDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-dist-')), 'dist');
    fs.mkdirSync(distDir);
    fs.writeFileSync(path.join(distDir, 'index.html'), 'previous build');
    // Asynchronous: the stand-in answers from this process while the build runs.
    const child = spawn('npx', ['tsx', 'scripts/build.ts'], {
      env: { ...process.env, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_HOST: api.apiHost, DIST_DIR: distDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status, stdout + stderr).not.toBe(0);
    expect(stderr).toMatch(new RegExp(`^ERROR ${id} \\(story\\) title: .+$`, 'm'));
    expect(stdout).toContain('Sanity project abc123/production (published)');
    expect(api.requests.some((r) => r.startsWith('GET /v') && r.includes('/data/query/production'))).toBe(true);
    expect(fs.readFileSync(path.join(distDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.readdirSync(path.dirname(distDir))).toEqual(['dist']);
  }, 180_000);
});
