/**
 * The „Vorschau“ tab: an unpublished draft rendered as the site renders its page, by the draft
 * preview reading the local lake in the drafts perspective (studio/lake/preview.ts); a new save
 * shows on the next load. Nothing reaches content/.
 */
import { contentDir, expect, openDocument, readDataset, readDrafts, test } from './fixtures.ts';
import fs from 'node:fs';
import path from 'node:path';

test('shows a story draft as its page in the Vorschau tab, and the next save too', async ({ studio: page }) => {
  const story = readDataset().find((doc) => doc._type === 'story' && doc.language === 'de')!;
  await openDocument(page, story._id, 'story');
  const teaser = page.getByTestId('field-teaser').locator('textarea');
  const preview = page.frameLocator('iframe[title="Vorschau der Seite"]');

  for (const text of [`Vorschau-Entwurf eins ${Date.now()}.`, `Vorschau-Entwurf zwei ${Date.now()}.`]) {
    await page.getByRole('tab', { name: 'Editor' }).click();
    await teaser.fill(text);
    await expect.poll(() => readDrafts().find((doc) => doc._id === `drafts.${story._id}`)?.teaser, { timeout: 60_000 }).toBe(text);
    await page.getByRole('tab', { name: 'Vorschau' }).click();
    // The page of the story, with the draft's teaser as its lead, from the preview server.
    await expect(preview.locator('h1')).toContainText(story.title, { timeout: 120_000 });
    await expect(preview.locator('.lead')).toHaveText(text, { timeout: 60_000 });
    expect(fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')).not.toContain(text);
  }
});
