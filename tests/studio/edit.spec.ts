/** The real Studio against the local Content Lake: read, edit, validate, upload, publish to content/. */
import fs from 'node:fs';
import path from 'node:path';
import { fetchSiteData } from '../../site/data.ts';
import { buildRouteMap } from '../../site/route-map.ts';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { createEmbeddedSource } from '../../site/sources/embedded.ts';
import { contentDir, expect, openDocument, readDataset, readDrafts, test } from './fixtures.ts';

const ALT_MESSAGE = 'Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen können (Alternativtext).';
const germanStories = () => readDataset().filter((doc) => doc._type === 'story' && doc.language === 'de');

test('boots offline, lists the stories and opens one', async ({ studio: page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="studio-navbar"]')).toBeVisible({ timeout: 120_000 });
  await page
    .getByRole('link', { name: 'Inhalte' })
    .or(page.getByRole('button', { name: 'Inhalte' }))
    .first()
    .click();
  await page.getByText('Geschichten', { exact: true }).first().click();
  await page.getByText('Deutsch', { exact: true }).first().click();
  // One without a draft, so the form shows the published teaser.
  const story = germanStories().find((doc) => !readDrafts().some((draft) => draft._id === `drafts.${doc._id}`))!;
  await page.locator(`a[href$=";${story._id}"]`).first().click();
  await expect(page.getByTestId('field-teaser').locator('textarea')).toHaveValue(story.teaser, { timeout: 120_000 });
});

test('edits a story teaser and publishes it to content/', async ({ studio: page }) => {
  const story = germanStories()[0];
  await openDocument(page, story._id, 'story');
  const text = `Geänderter Teaser ${Date.now()}.`;
  await page.getByTestId('field-teaser').locator('textarea').fill(text);
  // The draft reaches the lake's drafts folder, never content/.
  await expect.poll(() => readDrafts().find((doc) => doc._id === `drafts.${story._id}`)?.teaser).toBe(text);
  expect(fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')).not.toContain(text);
  // The Studio enables publishing only once the draft is saved and validated.
  const publish = page.getByRole('button', { name: 'Veröffentlichen', exact: true });
  await expect(publish).toBeEnabled({ timeout: 60_000 });
  await publish.click();
  await expect.poll(() => readDataset().find((doc) => doc._id === story._id)?.teaser, { timeout: 60_000 }).toBe(text);
  // The build's data step and route map over the same folder give the story's page the new teaser
  // (a whole build from a dataset folder is tested in tests/unit/real-export-build.test.ts).
  const routes = buildRouteMap(await fetchSiteData(createEmbeddedSource(readEmbeddedDataset(contentDir))));
  const route = routes.find((candidate) => candidate.kind === 'document' && candidate.doc._id === story._id);
  expect(route).toMatchObject({ path: expect.stringContaining(story.slug.current), doc: { teaser: text } });
});

test('a missing alt text shows the German message and blocks publishing', async ({ studio: page }) => {
  const story = germanStories()[1];
  await openDocument(page, story._id, 'story');
  const alt = page.getByTestId('field-image.alt').locator('input');
  await alt.fill('');
  // The message sits in the field's validation marker (shown on hover): it is there, in German.
  await expect(page.getByText(ALT_MESSAGE).first()).toBeAttached();
  await expect(page.getByRole('button', { name: 'Veröffentlichen', exact: true })).toBeDisabled();
});
