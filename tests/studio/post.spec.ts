/**
 * A blog post made entirely in the browser: every required field filled, its title image uploaded
 * through the upload button's file input with its alt text; the image lands under its sha1 name
 * with its metadata in assets.json. (Publishing a new post from the Studio does not send its
 * publish action yet: open on issue 10; publishing an existing story is tested in edit.spec.ts.)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir, expect, navigate, readDataset, readDrafts, test } from './fixtures.ts';

test('creates a German post with every required field and uploads its title image', async ({ studio: page }) => {
  // A fixture image made for this test: its sha1 is in no dataset.
  const png = await sharp({ create: { width: 48, height: 30, channels: 3, background: '#2e7d5b' } })
    .png()
    .toBuffer();
  const sha1 = crypto.createHash('sha1').update(png).digest('hex');
  const title = `Neuer Beitrag über Ausbildung ${Date.now()}`;
  const alt = 'Grüne Fläche als Titelbild eines Testbeitrags';

  await navigate(page, '/intent/create/template=post-de;type=post/');
  const field = (name: string) => page.getByTestId(`field-${name}`);
  // An empty title shows the new document's form, not the one open before.
  await expect(field('title').locator('input')).toHaveValue('', { timeout: 120_000 });
  await page.getByRole('tab', { name: /Alle Felder/ }).click();

  await field('title').locator('input').fill(title);
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
  // Publishing is ready: every required field is valid.
  await expect(page.getByRole('button', { name: 'Veröffentlichen', exact: true })).toBeEnabled({ timeout: 60_000 });
});
