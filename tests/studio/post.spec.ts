/**
 * An editor's whole journey with a new blog post, in the browser: every required field filled, its
 * title image uploaded through the upload button's file input with its alt text (the image lands
 * under its sha1 name, its metadata in assets.json); published to content/ (with the image's
 * `_sanityAsset` marker, and the site's route map gives it a page); translated into English through
 * the translations menu; deleted again (gone from content/ and from the site). The steps run in
 * order on the same post: a failed step skips the rest.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { fetchSiteData } from '../../site/data.ts';
import { buildRouteMap } from '../../site/route-map.ts';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { createEmbeddedSource } from '../../site/sources/embedded.ts';
import { contentDir, expect, navigate, openDocument, readDataset, readDrafts, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });

const title = `Neuer Beitrag über Ausbildung ${Date.now()}`;
const alt = 'Grüne Fläche als Titelbild eines Testbeitrags';
let postId = '';

/** The site's routes over the lake's content/ folder, as the build computes them. */
async function sitePaths(): Promise<Map<string, string>> {
  const routes = buildRouteMap(await fetchSiteData(createEmbeddedSource(readEmbeddedDataset(contentDir))));
  return new Map(routes.flatMap((route) => (route.kind === 'document' ? [[route.doc._id, route.path] as const] : [])));
}

test('creates a German post with every required field and uploads its title image', async ({ studio: page }) => {
  // A fixture image made for this test: its sha1 is in no dataset.
  const png = await sharp({ create: { width: 48, height: 30, channels: 3, background: '#2e7d5b' } })
    .png()
    .toBuffer();
  const sha1 = crypto.createHash('sha1').update(png).digest('hex');

  await navigate(page, '/intent/create/template=post-de;type=post/');
  const field = (name: string) => page.getByTestId(`field-${name}`);
  const publish = page.getByRole('button', { name: 'Veröffentlichen', exact: true });
  // An empty title shows the new document's form, not the one open before.
  await expect(field('title').locator('input')).toHaveValue('', { timeout: 120_000 });
  await page.getByRole('tab', { name: /Alle Felder/ }).click();

  await field('title').locator('input').fill(title);
  // The Studio validates in idle time: once it has caught up, the missing required fields block
  // publishing (before that, "enabled" would only mean "not validated yet").
  await expect(publish).toBeDisabled({ timeout: 60_000 });
  await field('slug').getByRole('button', { name: 'Generieren' }).click();
  await expect(field('slug').locator('input')).toHaveValue(/^neuer-beitrag-ueber-ausbildung-\d+$/);
  await field('excerpt').locator('textarea').fill('Wie eine Ausbildung im Erzgebirge beginnt. Ein Beitrag aus dem Test.');
  await field('body').locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Der Haupttext des Beitrags, im Browser geschrieben.');

  // The upload button's file input (what the file chooser fills); the title image is the form's
  // first image field, the SEO tab's sharing image comes later.
  await page.getByTestId('file-button-input').first().setInputFiles({ name: 'titelbild.png', mimeType: 'image/png', buffer: png });
  await field('image.alt').locator('input').fill(alt);

  await page.getByRole('combobox', { name: 'Autor/in' }).fill('Redaktion');
  await page
    .getByRole('option', { name: /Redaktion hERZland/ })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: 'Veröffentlicht am' })).not.toHaveValue('');

  // The whole draft, as the editor wrote it, is in the lake's drafts (not in content/).
  const draft = () => readDrafts().find((doc) => doc._type === 'post' && doc.title === title);
  await expect.poll(() => draft()?.author?._ref, { timeout: 60_000 }).toBe('person-redaktion-herzland');
  expect(draft()).toMatchObject({
    language: 'de',
    slug: { current: expect.stringMatching(/^neuer-beitrag-ueber-ausbildung-\d+$/) },
    excerpt: expect.stringContaining('Erzgebirge'),
    image: { alt, asset: { _type: 'reference', _ref: `image-${sha1}-48x30-png` } },
    publishedAt: expect.any(String),
  });
  expect(JSON.stringify(draft()!.body)).toContain('Der Haupttext des Beitrags, im Browser geschrieben.');
  expect(readDataset().some((doc) => doc.title === title)).toBe(false);
  // The uploaded image lies under its sha1 name in content/images, its metadata in assets.json.
  expect(fs.readFileSync(path.join(contentDir, 'images', `${sha1}-48x30.png`))).toEqual(png);
  const assets = JSON.parse(fs.readFileSync(path.join(contentDir, 'assets.json'), 'utf8'));
  expect(assets[`image-${sha1}`]).toMatchObject({ originalFilename: 'titelbild.png' });
  postId = draft()!._id.replace(/^drafts\./, '');

  // Every required field is valid once the Studio has validated the last edit.
  await expect(publish).toBeEnabled({ timeout: 60_000 });
});

test('publishes the new post: content/ holds it and the site gives it a page', async ({ studio: page }) => {
  await openDocument(page, postId, 'post');
  const publish = page.getByRole('button', { name: 'Veröffentlichen', exact: true });
  await expect(publish).toBeEnabled({ timeout: 60_000 });
  await publish.click();
  const published = () => readDataset().find((doc) => doc._id === postId);
  await expect.poll(() => published()?.title, { timeout: 60_000 }).toBe(title);
  // Written as an export: the image by its file marker, no revision, and the draft is gone.
  expect(published()).not.toHaveProperty('_rev');
  expect(published()!.image).toMatchObject({
    alt,
    _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[0-9a-f]{40}-48x30\.png$/),
  });
  await expect.poll(() => readDrafts().some((doc) => doc._id === `drafts.${postId}`)).toBe(false);
  expect((await sitePaths()).get(postId)).toMatch(new RegExp(`/${published()!.slug.current}/$`));
});

test('creates its English translation through the translations menu', async ({ studio: page }) => {
  await openDocument(page, postId, 'post');
  await page.getByRole('button', { name: 'Translations' }).click();
  await page
    .getByRole('menuitem', { name: /English/ })
    .or(page.getByRole('button', { name: /English/ }))
    .first()
    .click();
  // The plugin copies the document into an English draft and links both in translation metadata.
  await expect
    .poll(() => readDrafts().find((doc) => doc._type === 'post' && doc.language === 'en' && doc.title === title), { timeout: 60_000 })
    .toBeTruthy();
  await expect
    .poll(
      () =>
        [...readDataset(), ...readDrafts()].some(
          (doc) => doc._type === 'translation.metadata' && doc.translations?.some((t: any) => t.value?._ref === postId),
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
});

test('deletes the post: gone from content/ and from the site', async ({ studio: page }) => {
  await openDocument(page, postId, 'post');
  await page.getByTestId('pane-footer').getByTestId('action-menu-button').click();
  await page.getByRole('menuitem', { name: /^Löschen/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('button', { name: /löschen|delete/i })
    .filter({ hasNotText: /abbrechen|cancel/i })
    .last()
    .click();
  await expect.poll(() => readDataset().some((doc) => doc._id === postId), { timeout: 60_000 }).toBe(false);
  expect(readDrafts().some((doc) => doc._id === `drafts.${postId}`)).toBe(false);
  expect((await sitePaths()).has(postId)).toBe(false);
});
