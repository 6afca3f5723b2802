/** Two Studio tabs on the same document through the local Content Lake: each sees the other's edits, none is lost. */
import { expect, openDocument, readDataset, readDrafts, test } from './fixtures.ts';

test('two tabs editing the same document converge', async ({ studio: first, newTab }) => {
  // A German story no other spec edits (the others take the first two).
  const story = readDataset().filter((doc) => doc._type === 'story' && doc.language === 'de')[2];
  const second = await newTab();
  await openDocument(first, story._id, 'story');
  await openDocument(second, story._id, 'story');
  const teaser = (page: typeof first) => page.getByTestId('field-teaser').locator('textarea');
  const title = (page: typeof first) => page.getByTestId('field-title').locator('input');
  const stamp = Date.now();

  // One after the other: each tab shows what the other wrote.
  const teaserOne = `Teaser aus dem ersten Tab ${stamp}.`;
  await teaser(first).fill(teaserOne);
  await expect(teaser(second)).toHaveValue(teaserOne, { timeout: 60_000 });
  const titleTwo = `${story.title} (zweiter Tab ${stamp})`;
  await title(second).fill(titleTwo);
  await expect(title(first)).toHaveValue(titleTwo, { timeout: 60_000 });
  await expect(teaser(first)).toHaveValue(teaserOne);

  // At the same time, different fields: both edits survive in both tabs and in the draft.
  const teaserBoth = `Gleichzeitig im ersten Tab ${stamp}.`;
  const titleBoth = `${story.title} (gleichzeitig ${stamp})`;
  await Promise.all([teaser(first).fill(teaserBoth), title(second).fill(titleBoth)]);
  for (const page of [first, second]) {
    await expect(teaser(page)).toHaveValue(teaserBoth, { timeout: 60_000 });
    await expect(title(page)).toHaveValue(titleBoth, { timeout: 60_000 });
  }
  await expect
    .poll(() => readDrafts().find((doc) => doc._id === `drafts.${story._id}`), { timeout: 60_000 })
    .toMatchObject({ teaser: teaserBoth, title: titleBoth });
});
