import { expect, test, type Page } from '@playwright/test';
import { siteData } from '../../site/data.ts';
import { listingPath, paginate, postListing, storyListing } from '../../site/collections.ts';
import { documentPath } from '../../site/routes.ts';
import { formatDate, isoDate } from '../../site/format.ts';
import { languageIds, locale } from '../../site/i18n/index.ts';

/**
 * The editorial sections (stories, guides, blog, career orientation): filters and pagination work
 * as plain links without JavaScript, the guide's FAQ opens with the keyboard, the language switch
 * of a story leads to its translation. Expectations come from the same dataset the build uses.
 */
const data = await siteData();

/** Client scripts on a page (JSON-LD is data, not script). */
const clientScripts = (page: Page) => page.locator('script:not([type="application/ld+json"])').count();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const language of languageIds) {
    const t = locale(language).editorial;
    const listing = storyListing(data, language);

    test(`story filter pages narrow the list (${language})`, async ({ page }) => {
      const indexPath = listingPath(language, 'stories');
      await page.goto(indexPath);
      const cards = page.locator('main .story-card');
      await expect(cards).toHaveCount(listing.all.length);
      const filters = page.getByRole('navigation', { name: t.filterNav });
      await expect(filters.locator('a[aria-current="page"]')).toHaveAttribute('href', indexPath);

      const options = listing.groups.flatMap((group) => group.options);
      const narrowing = options.find((option) => option.count < listing.all.length);
      test.skip(!narrowing, 'no story filter leaves a story out in this dataset');
      const target = listingPath(language, 'stories', { filter: narrowing! });
      await filters.locator(`a[href="${target}"]`).click();

      await expect(page).toHaveURL(target);
      await expect(cards).toHaveCount(narrowing!.count);
      for (const story of listing.items(narrowing!)) await expect(page.locator('main')).toContainText(story.title!);
      await expect(page.getByRole('navigation', { name: t.filterNav }).locator('a[aria-current="page"]')).toHaveAttribute('href', target);
      await expect(page.locator('h1')).toContainText(narrowing!.label);
      expect(await clientScripts(page)).toBe(0);
    });

    test(`every story filter link leads to an existing page (${language})`, async ({ page, request }) => {
      await page.goto(listingPath(language, 'stories'));
      const hrefs = await page
        .getByRole('navigation', { name: t.filterNav })
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBe(1 + listing.groups.reduce((sum, group) => sum + group.options.length, 0));
      for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
    });

    test(`blog pagination has stable page URLs (${language})`, async ({ page, request }) => {
      const posts = postListing(data, language).all;
      const pages = paginate(posts);
      await page.goto(listingPath(language, 'blog'));
      await expect(page.locator('main .post-card')).toHaveCount(pages[0].length);
      const pagination = page.getByRole('navigation', { name: t.pagination });
      const page2 = listingPath(language, 'blog', { page: 2 });
      if (pages.length === 1) {
        // Fewer than 13 posts: one page, no pagination, and no page 2 was written (logic: unit tests).
        await expect(pagination).toHaveCount(0);
        expect((await request.get(page2)).status()).toBe(404);
        return;
      }
      await expect(pagination.locator('a[aria-current="page"]')).toHaveText('1');
      await pagination.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(page2);
      await expect(page.locator('main .post-card')).toHaveCount(pages[1].length);
      await expect(page.getByRole('navigation', { name: t.pagination }).locator('a[aria-current="page"]')).toHaveText('2');
    });
  }
});

for (const language of languageIds) {
  const { ui } = locale(language);
  const guide = data.guides.find((g) => g.language === language && g.steps?.length && g.faq?.length && g.sources?.length);

  test(`guide page: steps, keyboard FAQ, sources, review date (${language})`, async ({ page }) => {
    test.skip(!guide, `no ${language} guide with steps, FAQ and sources`);
    await page.goto(documentPath(guide!));
    const steps = page.locator('#part-steps ol > li');
    await expect(steps).toHaveCount(guide!.steps!.length);
    await expect(steps.first()).toContainText(guide!.steps![0].title!);

    const details = page.locator('#part-faq details');
    await expect(details).toHaveCount(guide!.faq!.length);
    const first = details.first();
    const isOpen = () => first.evaluate((el) => (el as HTMLDetailsElement).open);
    expect(await isOpen()).toBe(false);
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await isOpen()).toBe(true);
    await expect(first.getByText(guide!.faq![0].answer!)).toBeVisible();
    await page.keyboard.press('Space');
    expect(await isOpen()).toBe(false);
    await page.keyboard.press('Space');
    expect(await isOpen()).toBe(true);

    const sources = page.locator('#part-sources a');
    await expect(sources).toHaveCount(guide!.sources!.length);
    for (const source of await sources.all()) {
      await expect(source).toHaveAttribute('rel', /noopener/);
      await expect(source).toContainText(ui.externalLink);
    }

    const reviewed = page.locator(`time[datetime="${isoDate(guide!.lastReviewed)}"]`).first();
    await expect(reviewed).toBeVisible();
    await expect(reviewed).toHaveText(formatDate(guide!.lastReviewed, language));
    await expect(page.locator('main')).toContainText(`${ui.lastReviewed} ${formatDate(guide!.lastReviewed, language)}`);
    expect(await clientScripts(page)).toBe(0);
  });
}

test('the language switch on a story goes to its English translation', async ({ page }) => {
  const story = data.stories.find((s) => s.language === 'de' && data.translations.get(s._id)?.en);
  test.skip(!story, 'no German story with an English translation');
  const english = data.stories.find((s) => s._id === data.translations.get(story!._id)!.en)!;
  await page.goto(documentPath(story!));
  await page.locator('header a[hreflang="en"]').first().click();
  await expect(page).toHaveURL(documentPath(english));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(english.title!);
});

test('a story shows the example notice exactly when it is an example, the facts and a marked job search link', async ({ page }) => {
  // An example story if there is one (the notice), else any story with a town (no notice).
  const withTown = data.stories.filter((s) => s.language === 'de' && s.town?.name);
  const story = withTown.find((s) => s.isExample) ?? withTown[0];
  test.skip(!story, 'no German story with a town');
  const { ui, editorial: t } = locale('de');
  await page.goto(documentPath(story!));
  const notice = page.getByRole('note').filter({ hasText: ui.example });
  await expect(notice).toHaveCount(story!.isExample ? 1 : 0);
  if (story!.quote) await expect(page.locator('figure blockquote')).toContainText(story!.quote);

  const jobs = page.getByRole('region', { name: t.jobsLikeThisTitle }).locator('a');
  await expect(jobs).toHaveAttribute('rel', /noopener/);
  await expect(jobs).toContainText(ui.externalLink);
  const url = new URL((await jobs.getAttribute('href'))!);
  expect(url.origin + url.pathname).toBe('https://www.arbeitsagentur.de/jobsuche/suche');
  expect(url.searchParams.get('angebotsart')).toBe('1');
  expect(url.searchParams.get('wo')).toBe(story!.town!.name);
  if (story!.jobSearchTerm) expect(url.searchParams.get('was')).toBe(story!.jobSearchTerm);
  if (data.settings.jobSearch?.radiusKm) expect(url.searchParams.get('umkreis')).toBe(String(data.settings.jobSearch.radiusKm));
  expect(await clientScripts(page)).toBe(0);
});

test('post and career orientation pages carry their facts and no client script', async ({ page }) => {
  const post = data.posts.find((p) => p.language === 'de')!;
  await page.goto(documentPath(post));
  await expect(page.locator('main')).toContainText(post.author!.name!);
  await expect(page.locator(`main time[datetime="${isoDate(post.publishedAt)}"]`).first()).toBeVisible();
  await expect(page.locator('main')).toContainText(locale('de').editorial.minutes(1).replace(/^\d+/, ''));
  expect(await clientScripts(page)).toBe(0);

  const orientation = data.orientationPages.find((o) => o.language === 'de')!;
  await page.goto(documentPath(orientation));
  await expect(page.locator('main')).toContainText(new URL(documentPath(orientation), 'https://x').pathname);
  const live = page
    .getByRole('region', { name: locale('de').editorial.liveSearches })
    .locator('a[href*="arbeitsagentur.de/jobsuche/suche"]');
  expect(
    await live.evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!).searchParams.get('angebotsart')).sort()),
  ).toEqual(['34', '4']);
  expect(await clientScripts(page)).toBe(0);
});
