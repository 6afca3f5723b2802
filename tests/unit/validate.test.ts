/**
 * Bad content stops the build: each case breaks one thing in a copy of the embedded dataset and
 * expects exactly the right error line (document id, type, field path).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEmbeddedDataset, type DatasetDocument } from '../../site/sources/embedded-dataset.ts';
import { formatProblem, validateDataset, type Problem } from '../../site/validate.ts';
import { compileStudioSchema } from '../../site/schema.ts';
import { writeDataset } from '../fixtures/dataset.ts';

const contentDir = path.resolve('content');
const original: DatasetDocument[] = fs
  .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
let schema: ReturnType<typeof compileStudioSchema>;

beforeAll(() => {
  schema = compileStudioSchema();
});

/** A copy of content/ (images linked, not copied) with data.ndjson replaced. */
function datasetCopy(documents: DatasetDocument[], { withImages = true } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-bad-'));
  fs.writeFileSync(path.join(dir, 'data.ndjson'), documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  for (const folder of ['images', 'files']) {
    const from = path.join(contentDir, folder);
    if (withImages && fs.existsSync(from)) fs.symlinkSync(from, path.join(dir, folder));
  }
  return dir;
}

function mutate(id: string, change: (doc: any) => void): DatasetDocument[] {
  return original.map((doc) => {
    if (doc._id !== id) return doc;
    const copy = structuredClone(doc);
    change(copy);
    return copy;
  });
}

async function errorsOf(documents: DatasetDocument[], options?: { withImages?: boolean }): Promise<Problem[]> {
  const problems = await validateDataset(readEmbeddedDataset(datasetCopy(documents, options)), schema);
  return problems.filter((p) => p.level === 'error');
}

const first = (type: string): any => original.find((d) => d._type === type && !String(d._id).startsWith('drafts.'))!;

describe('the embedded dataset', () => {
  it('passes the Studio schema validation without errors', async () => {
    const problems = await validateDataset(readEmbeddedDataset(contentDir), schema);
    expect(problems.filter((p) => p.level === 'error').map(formatProblem)).toEqual([]);
  });
});

describe('bad content is reported with document id, type and field path', () => {
  it('a missing required field', async () => {
    const story = first('story');
    const errors = await errorsOf(
      mutate(story._id, (d) => {
        delete d.title;
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ documentId: story._id, documentType: 'story', path: 'title' }));
  });

  it('a duplicate slug within the same type and language', async () => {
    const story = first('story');
    const twin = { ...structuredClone(story), _id: `${story._id}-twin` };
    const errors = await errorsOf([...original, twin]);
    expect(errors).toContainEqual(expect.objectContaining({ documentId: twin._id, path: 'slug' }));
  });

  it('a reference to a document that does not exist', async () => {
    const story = first('story');
    const errors = await errorsOf(
      mutate(story._id, (d) => {
        d.town = { _type: 'reference', _ref: 'town-atlantis' };
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ documentId: story._id, path: 'town' }));
  });

  it('an image without alt text', async () => {
    const story = first('story');
    const errors = await errorsOf(
      mutate(story._id, (d) => {
        delete d.image.alt;
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ documentId: story._id, path: 'image.alt' }));
  });

  it('a value in an outdated shape (a schema change shipped without its migration) on an object field', async () => {
    const facts = first('regionFacts');
    const [series] = facts.series;
    const errors = await errorsOf(
      mutate(facts._id, (d) => {
        d.series[0].points[0].label = 'ein Text statt eines Objekts';
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        documentId: facts._id,
        path: `series[_key=="${series._key}"].points[_key=="${series.points[0]._key}"].label`,
        message: expect.stringMatching(/Expected type "Object", got "String"/),
      }),
    );
  });

  it('an unknown document type', async () => {
    const errors = await errorsOf([...original, { _id: 'mystery-1', _type: 'mystery' }]);
    expect(errors).toContainEqual(expect.objectContaining({ documentId: 'mystery-1', documentType: 'mystery', path: '_type' }));
  });

  it('an unsafe link scheme', async () => {
    const guide = first('welcomeGuide');
    const errors = await errorsOf(
      mutate(guide._id, (d) => {
        d.sources[0].href = 'javascript:alert(1)';
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ documentId: guide._id, path: `sources[_key=="${guide.sources[0]._key}"].href` }),
    );
  });

  it('an asset file missing on disk', async () => {
    const story = first('story');
    const errors = await errorsOf(original, { withImages: false });
    expect(errors).toContainEqual(expect.objectContaining({ documentId: story._id, path: 'image' }));
    expect(errors.find((e) => e.documentId === story._id && e.path === 'image')!.message).toMatch(/fehlt/);
  });

  it('formats one line per problem', () => {
    expect(
      formatProblem({ level: 'error', documentId: 'story-x-de', documentType: 'story', path: 'image.alt', message: 'Pflichtfeld' }),
    ).toBe('ERROR story-x-de (story) image.alt: Pflichtfeld');
  });
});

describe('a failed build leaves the previous dist/ intact', () => {
  it('exits non-zero, names the problem and does not touch dist/', () => {
    // A two-document dataset: the build stops at validation and its card workers have little to start on.
    const badDir = writeDataset([
      { _id: 'siteSettings', _type: 'siteSettings', title: 'Testseite' },
      { _id: 'story-ohne-titel-de', _type: 'story', language: 'de', slug: { _type: 'slug', current: 'ohne-titel' } },
    ]);
    // A private parent folder: the build's temporary folder is created next to dist/.
    const distDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-dist-')), 'dist');
    fs.mkdirSync(distDir);
    fs.writeFileSync(path.join(distDir, 'index.html'), 'previous build');
    const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: badDir, DIST_DIR: distDir, OG_CACHE_DIR: path.join(path.dirname(distDir), 'og-cache') },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ERROR story-ohne-titel-de (story) title:');
    expect(fs.readFileSync(path.join(distDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.readdirSync(path.dirname(distDir)).filter((name) => name !== 'og-cache')).toEqual(['dist']);
  }, 240_000);
});
