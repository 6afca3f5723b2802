/**
 * Draft preview: the preview server (scripts/preview-server.ts) renders a document's draft as the
 * site renders its page, marks it noindex, lets only the Studio frame it, and shows a new save on
 * the next load. Runs against a copy of content/ with a draft written for this test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = 34211;
const origin = `http://127.0.0.1:${PORT}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-preview-'));
const contentDir = path.join(work, 'content');
type Doc = Record<string, any> & { _id: string; _type: string };
let docs: Doc[] = [];
let story: Doc;
let server: ChildProcess;

const writeDraft = (title: string) => {
  const draft = { ...story, _id: `drafts.${story._id}`, title };
  fs.writeFileSync(path.join(contentDir, 'data.ndjson'), [...docs, draft].map((d) => JSON.stringify(d)).join('\n') + '\n');
};

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  // Astro's dev server compiles the site on its first page: give it time on a busy machine.
  test.setTimeout(300_000);
  fs.cpSync('content', contentDir, { recursive: true });
  docs = fs
    .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  story = docs.find((d) => d._type === 'story' && d.language === 'de')!;
  writeDraft(`${story.title} – Entwurf eins`);
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview-server.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir, PREVIEW_PORT: String(PORT), SANITY_PROJECT_ID: '' },
    stdio: 'inherit',
  });
  for (let i = 0; i < 600; i += 1) {
    if (
      await fetch(`${origin}/robots.txt`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('preview server did not start');
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

test('shows the draft as the page, noindex and framable only by the Studio; a new save shows on reload', async ({ page }) => {
  const response = await page.goto(`${origin}/__preview/${story._id}`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${story.slug.current}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${story.title} – Entwurf eins`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const headers = response!.headers();
  expect(headers['x-robots-tag']).toContain('noindex');
  expect(headers['content-security-policy']).toContain('frame-ancestors');
  expect(headers['content-security-policy']).toContain('http://localhost:3333');

  writeDraft(`${story.title} – Entwurf zwei`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${story.title} – Entwurf zwei`);
});

test('answers 404 with a hint for a document without a page', async ({ request }) => {
  const response = await request.get(`${origin}/__preview/gibt-es-nicht`, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Slug');
});
