/**
 * The site shell, the jobs page and the 404 pages: skip link, keyboard use of header and footer
 * (wide and on a 320 px phone without JavaScript), the job-link form (same URL as site/jobs.ts
 * builds, shown as a link, no redirect), the ready-made links without JavaScript, the 404 pages of
 * every language, and the print stylesheet.
 */
import { expect, test, type Page } from '@playwright/test';
import { siteData } from '../../site/data.ts';
import { defaultLanguage, languageIds, locale } from '../../site/i18n/index.ts';
import { documentPath, homePath, sectionPath } from '../../site/routes.ts';
import { siteConfig } from '../../site/config.ts';

const data = await siteData();
const de = locale('de');

/** Every link of header and footer, in document order, as "href|text". */
const shellLinks = (page: Page) =>
  page
    .locator('header a[href], footer a[href]')
    .evaluateAll((links) =>
      links.filter((a) => (a as HTMLElement).checkVisibility()).map((a) => `${a.getAttribute('href')}|${a.textContent?.trim()}`),
    );

/** Tabs until focus is on the last footer link; returns the shell links reached, each checked for a visible focus ring. */
async function tabThroughShell(page: Page, limit = 250) {
  const reached: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const inShell = Boolean(el.closest('header, footer'));
      const rect = el.getBoundingClientRect();
      return {
        key: `${el.getAttribute('href')}|${el.textContent?.trim()}`,
        isLink: el.tagName === 'A' && inShell,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && rect.width > 0 && rect.height > 0,
        last: el === [...document.querySelectorAll('footer a[href]')].at(-1),
      };
    });
    if (!stop) break;
    if (stop.isLink) {
      reached.push(stop.key);
      if (!stop.visible) invisible.push(stop.key);
    }
    if (stop.last) break;
  }
  return { reached, invisible };
}

test.describe('skip link and keyboard', () => {
  test('the skip link is the first Tab stop, becomes visible and moves focus to <main>', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(de.ui.skipToContent);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link is on screen when focused').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('Tab reaches every header and footer link with a visible focus ring (1280 px)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/jobs/');
    const expected = await shellLinks(page);
    expect(expected.length).toBeGreaterThan(0);
    const { reached, invisible } = await tabThroughShell(page);
    expect(reached).toEqual(expected);
    expect(invisible).toEqual([]);
    // The page's own entry is marked, and the language switch points to its translation.
    await expect(page.locator('header nav a[aria-current="page"]')).toHaveAttribute('href', sectionPath('de', 'jobs'));
    await expect(page.locator('header a[hreflang="en"]')).toHaveAttribute('href', sectionPath('en', 'jobs'));
  });

  test('the footer has the legal links, contact and the responsible person on every language', async ({ page }) => {
    for (const language of languageIds) {
      await page.goto(homePath(language));
      const footer = page.locator('footer');
      for (const kind of ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache']) {
        const doc =
          data.pages.find((p) => p.kind === kind && p.language === language) ??
          data.pages.find((p) => p.kind === kind && p.language === defaultLanguage);
        expect(doc, `a ${kind} page`).toBeTruthy();
        // The Impressum may be linked more than once (address and responsible person point there too).
        await expect(footer.locator(`a[href="${documentPath(doc!)}"]`).first()).toBeVisible();
      }
      await expect(footer.locator(`a[href="mailto:${data.settings.contact?.email}"]`)).toHaveCount(1);
      await expect(footer).toContainText('Glück auf!');
      await expect(footer).toContainText(locale(language).shell.responsibleHeading);
    }
  });
});

test.describe('320 px phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  test('the menu opens with the keyboard, every link is reachable, nothing overflows', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const nav = page.locator('header nav.main-nav');
    await expect(nav).toBeHidden();
    const summary = page.locator('header details.menu > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    const links = nav.locator('a');
    expect(await links.count()).toBe((data.settings.mainNav ?? []).length);
    for (const link of await links.all()) {
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      const box = await link.boundingBox();
      expect(box!.height, 'menu items are at least 44 px high').toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
  });

  test('the jobs page lists ready links for every town (fair sites first) and kind', async ({ page }) => {
    await page.goto('/jobs/');
    const towns = page.locator('[data-testid="town-links"] > li');
    const named = data.towns.filter((t) => t.name);
    await expect(towns).toHaveCount(named.length);
    const fairSites = named.filter((t) => t.isFairSite).length;
    for (let i = 0; i < named.length; i += 1) {
      const town = towns.nth(i);
      const links = town.locator('a');
      await expect(links).toHaveCount(3);
      const isFair = (await town.locator('.fair').count()) > 0;
      expect(isFair, `town ${i + 1}: fair sites come first`).toBe(i < fairSites);
      const name = (await town.locator('h3').innerText()).trim();
      const kinds = new Set<string>();
      for (const link of await links.all()) {
        const url = new URL((await link.getAttribute('href'))!);
        expect(url.origin + url.pathname).toBe('https://www.arbeitsagentur.de/jobsuche/suche');
        expect(url.searchParams.get('wo')).toBe(name);
        expect(url.searchParams.get('umkreis')).toBe(String(data.settings.jobSearch?.radiusKm));
        kinds.add(url.searchParams.get('angebotsart')!);
        await expect(link).toHaveAttribute('rel', /noopener/);
        await expect(link.locator('.visually-hidden').last()).toHaveText(de.ui.externalLink);
      }
      expect([...kinds].sort()).toEqual(['1', '34', '4']);
    }
    // Without JavaScript the form still works: it submits straight to the BA search.
    const form = page.locator('form.job-form');
    await expect(form).toHaveAttribute('action', 'https://www.arbeitsagentur.de/jobsuche/suche');
    await expect(form).toHaveAttribute('method', 'get');
  });
});

test('the job form builds the BA link for what/where/radius/kind and shows it as a link', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) external.push(request.url());
  });
  await page.goto('/jobs/');
  const form = page.locator('form.job-form');
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1); // hydrated (client:visible)
  await form.getByLabel(de.jobs.what).fill('Mechatroniker/in');
  await form.getByLabel(de.jobs.where).fill('Stollberg');
  await form.getByLabel(de.jobs.radius).selectOption('50');
  await form.getByLabel(de.jobs.kinds.internship).check();
  await form.getByRole('button', { name: de.jobs.submit }).click();
  const link = page.getByTestId('job-link');
  await expect(link).toHaveAttribute(
    'href',
    'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=34&was=Mechatroniker%2Fin&wo=Stollberg&umkreis=50',
  );
  await expect(link).toContainText('„Mechatroniker/in“ rund um Stollberg (50 km)');
  await expect(link).toHaveAttribute('rel', /noopener/);
  expect(new URL(page.url()).pathname, 'no redirect: the reader stays on the page').toBe('/jobs/');
  // Changing an input withdraws the old link until the reader asks again.
  await form.getByLabel(de.jobs.kinds.job).check();
  await expect(link).toHaveCount(0);
  await form.getByRole('button', { name: de.jobs.submit }).click();
  await expect(link).toHaveAttribute('href', /angebotsart=1&/);
  expect(external, 'no request to another host').toEqual([]);
});

for (const language of languageIds) {
  test(`404 page (${language}): status 404, lang ${language}, noindex, links to the sections`, async ({ page }) => {
    const response = await page.goto(`${homePath(language)}gibt-es-nicht/wirklich/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('h1')).toHaveText(locale(language).ui.notFoundTitle);
    for (const section of ['stories', 'welcome', 'jobs', 'events'] as const) {
      await expect(page.locator(`main a[href="${sectionPath(language, section)}"]`)).toHaveCount(1);
    }
    // Assets load from absolute paths even at a deep unknown address.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Inter');
  });
}

test('print: no navigation or footer chrome, links followed by their address', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header nav.main-nav')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('main a[href^="https://"]')).toContain('arbeitsagentur.de');
  expect(await after('main a[href^="/"]')).toContain(new URL(siteConfig().siteUrl).origin);
});

test('prefers-reduced-motion switches transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page
    .locator('a.button')
    .first()
    .evaluate((a) => getComputedStyle(a).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});
