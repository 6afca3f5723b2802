/** Creating documents in the real Studio against the local Content Lake: a German post, a translation. */
import { defaultLanguage, languages } from '../../studio/config/languages.ts';
import { expect, openDocument, readDataset, readDrafts, test } from './fixtures.ts';

test('creates a German post: the draft goes to the lake, not to content/', async ({ studio: page }) => {
  await page.goto('/intent/create/template=post-de;type=post/');
  await expect(page.locator('[data-testid="form-view"]')).toBeVisible({ timeout: 120_000 });
  const title = `Testbeitrag ${Date.now()}`;
  await page.getByTestId('field-title').locator('input').fill(title);
  await page.getByTestId('field-excerpt').locator('textarea').fill('Zwei Sätze über die Ausbildung. Und ein zweiter Satz.');
  await expect.poll(() => readDrafts().find((doc) => doc.title === title)).toMatchObject({ _type: 'post', language: 'de' });
  expect(readDataset().some((doc) => doc.title === title)).toBe(false);
});

// Runs after other specs opened documents in the same lake: the translations menu must query and
// listen with this document's id (the lake once reused the first document's parsed query).
test('creates a translation through the translations menu', async ({ studio: page }) => {
  const dataset = readDataset();
  const metadata = dataset.filter((doc) => doc._type === 'translation.metadata');
  const translated = (id: string, language: string) =>
    metadata.some((m) => m.translations.some((t: any) => t.value?._ref === id) && m.translations.some((t: any) => t._key === language));
  // Any translatable German document that lacks one of the other languages (which changes with content).
  const candidates = languages
    .filter((language) => language.id !== defaultLanguage)
    .flatMap((language) =>
      ['story', 'post', 'welcomeGuide', 'orientationPage', 'project']
        .flatMap((type) => dataset.filter((doc) => doc._type === type && doc.language === defaultLanguage))
        .filter((doc) => !translated(doc._id, language.id))
        .map((doc) => ({ doc, language })),
    );
  expect(candidates.length, 'every German document is translated into every language: no test case left').toBeGreaterThan(0);
  const { doc, language } = candidates[0];
  await openDocument(page, doc._id, doc._type);
  await page.getByRole('button', { name: 'Translations' }).click();
  await page
    .getByRole('menuitem', { name: new RegExp(language.title) })
    .or(page.getByRole('button', { name: new RegExp(language.title) }))
    .first()
    .click();
  await expect
    .poll(() => readDrafts().find((draft) => draft._type === doc._type && draft.language === language.id && draft.title === doc.title), {
      timeout: 60_000,
    })
    .toBeTruthy();
});
