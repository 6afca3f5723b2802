import { expect, openDocument, readDataset, test } from './fixtures.ts';

test('boots offline, lists the stories and opens one', async ({ studio: page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="studio-navbar"]')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Inhalte' }).or(page.getByRole('button', { name: 'Inhalte' })).first().click();
  await page.getByText('Geschichten', { exact: true }).first().click();
  await page.getByText('Deutsch', { exact: true }).first().click();
  const stories = readDataset().filter((doc) => doc._type === 'story' && doc.language === 'de');
  await expect(page.getByText(stories[0].title, { exact: false }).first()).toBeVisible();
});

test('edits a story teaser and publishes it to content/', async ({ studio: page }) => {
  const story = readDataset().find((doc) => doc._type === 'story' && doc.language === 'de')!;
  await openDocument(page, story._id, 'story');
  const teaser = page.getByTestId('field-teaser').locator('textarea');
  const text = `Geänderter Teaser ${Date.now()}.`;
  await teaser.fill(text);
  await page.getByTestId('action-publish').click();
  await expect.poll(() => readDataset().find((doc) => doc._id === story._id)?.teaser, { timeout: 30_000 }).toBe(text);
});
