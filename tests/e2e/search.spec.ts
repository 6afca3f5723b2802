/**
 * Search (Pagefind) in the browser, against the built dist/: finds a guide, a story and a post by a
 * word from its body in both languages, filters narrow results, works with the keyboard alone,
 * never turns the query into HTML, and loads no search code before the reader opens search.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { siteData, type SiteData } from '../../site/data.ts';
import { languageIds, locale, type LanguageId } from '../../site/i18n/index.ts';
import { documentPath, sectionPath } from '../../site/routes.ts';
import { plainText, type Block } from '../../site/portable-text.ts';
import { axeViolations } from './page-check.ts';

const data = await siteData();

type Doc = { title: string | null; slug: string | null; language: string | null; _type: string; body?: unknown };
const words = (text: string) => text.toLowerCase().match(/[\p{L}]{7,}/gu) ?? [];
const bodyText = (doc: Doc) => ((doc.body ?? []) as Block[]).map(plainText).join(' ');

/** A word from the body of `doc` that is in as few other documents of its language as possible (and not in its title). */
function bodyWord(doc: Doc, all: Doc[]): string {
  const inTitle = new Set(words(doc.title ?? ''));
  const others = all.filter((d) => d !== doc && d.language === doc.language).map((d) => new Set(words(`${d.title} ${bodyText(d)}`)));
  const candidates = [...new Set(words(bodyText(doc)))].filter((w) => !inTitle.has(w));
  if (!candidates.length) throw new Error(`No body word in ${doc._type} ${doc.slug}`);
  return candidates.map((w) => [w, others.filter((set) => set.has(w)).length] as const).sort((a, b) => a[1] - b[1])[0][0];
}

function samples(data: SiteData, language: LanguageId) {
  const all = [
    ...data.stories,
    ...data.guides,
    ...data.posts,
    ...data.documents,
    ...data.events,
    ...data.orientationPages,
    ...data.pages,
    ...data.projects,
  ] as Doc[];
  // A language need not have every type (a new language starts with a few documents).
  const pick = (docs: Doc[]) => {
    const doc = docs.find((d) => d.language === language && d.slug && bodyText(d).length > 200);
    return doc && { doc, word: bodyWord(doc, all), path: documentPath(doc) };
  };
  const found = { guide: pick(data.guides as Doc[]), story: pick(data.stories as Doc[]), post: pick(data.posts as Doc[]) };
  return Object.fromEntries(Object.entries(found).filter(([, sample]) => sample)) as Record<string, NonNullable<ReturnType<typeof pick>>>;
}

const isSearchCode = (request: Request) => /\/pagefind\/|SearchUi/.test(new URL(request.url()).pathname);
const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a');

for (const language of languageIds) {
  const searchPath = sectionPath(language, 'search');
  const strings = locale(language).search;

  test.describe(`search (${language})`, () => {
    for (const [type, sample] of Object.entries(samples(data, language))) {
      test(`finds the ${type} "${sample.doc.title}" by "${sample.word}" from its body`, async ({ page }) => {
        await page.goto(`${searchPath}?q=${encodeURIComponent(sample.word)}`);
        await expect(resultLinks(page).first()).toBeVisible();
        const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs).toContain(sample.path);
        // Excerpts highlight the term with <mark>, each result shows its type label.
        await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
        await expect(page.locator('[data-search-results] .result-type').first()).not.toBeEmpty();
        await expect(page.locator('[data-search-status]')).toContainText(sample.word);
      });
    }

    test('filters narrow the results', async ({ page }) => {
      await page.goto(searchPath);
      await page.locator('#search-q').focus();
      const typeFilter = page.locator('select[data-filter="type"]');
      await expect(page.locator('[data-search-filters]')).toBeVisible();
      // Everything of one type vs. that type plus a second filter.
      const storyType = strings.types.story;
      await typeFilter.selectOption(storyType);
      await expect(resultLinks(page).first()).toBeVisible();
      const allStories = await resultLinks(page).count();
      const status = await page.locator('[data-search-status]').textContent();
      const types = await page.locator('[data-search-results] .result-type').allTextContents();
      expect(new Set(types)).toEqual(new Set([storyType]));
      const town = page.locator('select[data-filter="town"]');
      // A language with few stories may have no town to filter by (the filter is then hidden).
      test.skip(!(await town.isVisible()), `no town filter for ${language} stories`);
      const towns = await town
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(towns.length).toBeGreaterThan(0);
      await town.selectOption(towns[0]);
      await expect(page.locator('[data-search-status]')).not.toHaveText(status ?? '');
      // The status may change before the narrowed list is drawn: wait for the list, not a moment.
      await expect(resultLinks(page).first()).toBeVisible();
      await expect.poll(() => resultLinks(page).count()).toBeLessThanOrEqual(allStories);
      expect(page.url()).toContain(`town=${encodeURIComponent(towns[0]).replace(/%20/g, '+')}`);
    });

    test('keyboard only: from the header entry to a result', async ({ page }) => {
      const story = Object.values(samples(data, language))[0]!;
      await page.goto(story.path);
      // Tab to the header search field, type, Enter: lands on the search page with results.
      const field = page.locator('#site-search-q');
      for (let i = 0; i < 15 && !(await field.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
      await expect(field).toBeFocused();
      await page.keyboard.type(story.word);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${searchPath}\\?q=`));
      await expect(resultLinks(page).first()).toBeVisible();
      // On the search page: the field, the filters and the results are reached with Tab.
      await page.locator('#search-q').focus();
      await page.keyboard.press('Tab'); // submit button
      await expect(page.locator('.search-form button[type="submit"]')).toBeFocused();
      let reached = false;
      for (let i = 0; i < 12 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-results]')));
      }
      expect(reached).toBe(true);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(page).not.toHaveURL(new RegExp(searchPath));
    });

    test('the query is text, never HTML', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const payload = '<img src=x onerror=alert(1)>';
      await page.goto(`${searchPath}?q=${encodeURIComponent(payload)}`);
      await expect(page.locator('[data-search-status]')).toContainText(payload);
      await page.locator('#search-q').fill(`${payload}<script>alert(2)</script>`);
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-search-status]')).toContainText('<script>');
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.locator('main img[src="x"], main script:not([type]):not([src])').count()).toBe(0);
      expect(await page.locator('[data-search-status] *').count()).toBe(0);
    });

    test('results, filters and highlights pass axe (WCAG 2.1 AA)', async ({ page }) => {
      const guide = Object.values(samples(data, language))[0]!;
      await page.goto(`${searchPath}?q=${encodeURIComponent(guide.word)}`);
      await expect(resultLinks(page).first()).toBeVisible();
      expect(await axeViolations(page, { include: 'main' })).toEqual([]);
    });

    test('no search code before the reader opens search', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => {
        if (isSearchCode(request)) requests.push(request.url());
      });
      await page.goto(sectionPath(language, 'home'));
      await page.goto(searchPath);
      await page.waitForLoadState('networkidle');
      expect(requests).toEqual([]);
      await page.locator('#search-q').focus();
      await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    });

    test('without JavaScript the page explains and offers the sections', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(searchPath);
      await expect(page.getByText(strings.noScript)).toBeVisible();
      await expect(page.locator('.browse a[href="' + sectionPath(language, 'stories') + '"]')).toBeVisible();
      await context.close();
    });

    test('with JavaScript the note that search needs it is not shown', async ({ page }) => {
      await page.goto(searchPath);
      await expect(page.locator('.browse')).toBeVisible();
      await expect(page.getByText(strings.noScript)).toBeHidden();
    });
  });
}

test('a first search: bytes transferred', async ({ page }) => {
  const sizes: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!/\/pagefind\/|SearchUi|\/_astro\/.*\.js$/.test(url.pathname)) return;
    const response = await request.response();
    const body = await response?.body().catch(() => undefined);
    sizes.push({ url: url.pathname, bytes: body?.length ?? 0 });
  });
  const { story } = samples(data, 'de');
  await page.goto(`${sectionPath('de', 'search')}?q=${encodeURIComponent(story.word)}`);
  await expect(resultLinks(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  console.log(
    `First search "${story.word}": ${sizes.length} requests, ${total} bytes (uncompressed)\n${sizes.map((s) => `  ${s.bytes}\t${s.url}`).join('\n')}`,
  );
  expect(total).toBeGreaterThan(0);
});

for (const language of languageIds) {
  test(`no CSP violation and no foreign request while searching (${language})`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Refused to|Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) problems.push(`request to ${url.href}`);
    });
    await page.goto(sectionPath(language, 'search'));
    await page.locator('#search-q').fill(Object.values(samples(data, language))[0]!.word);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.locator('select[data-filter="type"]').selectOption({ index: 1 });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
