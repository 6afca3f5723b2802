/** The real Studio against the local Content Lake: read, edit, validate, upload, publish to content/. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir, expect, openDocument, readDataset, readDrafts, test } from './fixtures.ts';

const ALT_MESSAGE = 'Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen können (Alternativtext).';
const germanStories = () => readDataset().filter((doc) => doc._type === 'story' && doc.language === 'de');

test('boots offline, lists the stories and opens one', async ({ studio: page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="studio-navbar"]')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Inhalte' }).or(page.getByRole('button', { name: 'Inhalte' })).first().click();
  await page.getByText('Geschichten', { exact: true }).first().click();
  await page.getByText('Deutsch', { exact: true }).first().click();
  const story = germanStories()[0];
  await page.getByText(story.title, { exact: false }).first().click();
  await expect(page.getByTestId('field-teaser').locator('textarea')).toHaveValue(story.teaser);
});

test('edits a story teaser and publishes it to content/', async ({ studio: page }) => {
  const story = germanStories()[0];
  await openDocument(page, story._id, 'story');
  const text = `Geänderter Teaser ${Date.now()}.`;
  await page.getByTestId('field-teaser').locator('textarea').fill(text);
  // The draft reaches the lake's drafts folder, never content/.
  await expect.poll(() => readDrafts().find((doc) => doc._id === `drafts.${story._id}`)?.teaser).toBe(text);
  expect(fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')).not.toContain(text);
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  await expect.poll(() => readDataset().find((doc) => doc._id === story._id)?.teaser).toBe(text);
});

test('a missing alt text shows the German message and blocks publishing; an uploaded image is published', async ({ studio: page }) => {
  const story = germanStories()[1];
  await openDocument(page, story._id, 'story');
  const imageField = page.getByTestId('field-image');
  const alt = imageField.getByTestId('field-image.alt').locator('input');
  await alt.fill('');
  await expect(page.getByText(ALT_MESSAGE).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Veröffentlichen', exact: true })).toBeDisabled();

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f6f8b' } }).png().toBuffer();
  await imageField.locator('input[type=file]').first().setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: png });
  await alt.fill('Blaue Testfläche');
  await expect(page.getByText(ALT_MESSAGE)).toHaveCount(0);
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  await expect.poll(() => JSON.stringify(readDataset().find((doc) => doc._id === story._id)?.image ?? {})).toMatch(/"_sanityAsset":"image@file:\/\/\.\/images\/[a-f0-9]{40}-64x48\.png".*"alt":"Blaue Testfläche"/);
  const file = fs.readdirSync(path.join(contentDir, 'images')).find((name) => name.endsWith('-64x48.png'));
  expect(file).toBeDefined();
});
