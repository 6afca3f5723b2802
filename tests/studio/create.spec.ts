/** Creating documents in the real Studio against the local Content Lake: a German post, a translation. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir, expect, openDocument, readDataset, readDrafts, test } from './fixtures.ts';

const ALT_MESSAGE = 'Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen können (Alternativtext).';

test('creates a German post with an uploaded image; German messages name the missing required fields', async ({ studio: page }) => {
  await page.goto('/intent/create/template=post-de;type=post/');
  await expect(page.locator('[data-testid="form-view"]')).toBeVisible({ timeout: 120_000 });
  const title = `Testbeitrag ${Date.now()}`;
  await page.getByTestId('field-title').locator('input').fill(title);
  await page.getByTestId('field-excerpt').locator('textarea').fill('Zwei Sätze über die Ausbildung. Und ein zweiter Satz.');
  await expect.poll(() => readDrafts().find((doc) => doc.title === title)).toMatchObject({ _type: 'post', language: 'de' });

  // The upload lands in content/ under its sha1 name at once (like an upload to a project).
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f6f8b' } }).png().toBuffer();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('field-image').getByRole('button', { name: 'Hochladen' }).click();
  await (await chooser).setFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: png });
  await expect.poll(() => fs.readdirSync(path.join(contentDir, 'images')).find((name) => name.endsWith('-64x48.png'))).toBeTruthy();
  await expect.poll(() => readDrafts().find((doc) => doc.title === title)?.image?.asset?._ref).toMatch(/^image-[a-f0-9]{40}-64x48-png$/);
  await expect(page.getByText(ALT_MESSAGE).first()).toBeVisible();
  await page.getByTestId('field-image.alt').locator('input').fill('Blaue Testfläche');
  await expect(page.getByText(ALT_MESSAGE)).toHaveCount(0);

  // Body and author are still missing: the Studio does not publish, and content/ has no such post.
  await expect(page.getByRole('button', { name: 'Veröffentlichen', exact: true })).toBeDisabled();
  expect(readDataset().some((doc) => doc.title === title)).toBe(false);
});

test('creates the English translation through the translations menu', async ({ studio: page }) => {
  const dataset = readDataset();
  const metadata = dataset.filter((doc) => doc._type === 'translation.metadata');
  const hasEnglish = (id: string) => metadata.some((m) => m.translations.some((t: any) => t.value?._ref === id) && m.translations.some((t: any) => t._key === 'en'));
  const story = dataset.find((doc) => doc._type === 'story' && doc.language === 'de' && !hasEnglish(doc._id));
  test.skip(!story, 'every German story already has an English translation');
  await openDocument(page, story!._id, 'story');
  await page.getByRole('button', { name: 'Translations' }).click();
  await page.getByRole('menuitem', { name: /English/ }).or(page.getByRole('button', { name: /English/ })).first().click();
  await expect.poll(() => readDrafts().find((doc) => doc._type === 'story' && doc.language === 'en' && doc.title === story!.title), { timeout: 60_000 }).toBeTruthy();
});
