import { expect, test, type Page } from '@playwright/test';
import { homePath } from '../../site/routes.ts';
import { defaultLanguage, type LanguageId } from '../../site/i18n/index.ts';
import { loadPageTypes } from './routes.ts';

/**
 * Keyboard-only use of every page type: Tab from the top of the page reaches the skip link first,
 * then the brand (home link), then the header's navigation and language switch, then the page's
 * content (filters, forms, …) and the footer – every focusable element, in document order (no
 * positive tabindex, nothing skipped), each with a visible focus indicator (its computed outline or
 * box-shadow differs from the unfocused state, and it is on screen). The skip link moves focus to
 * the main content. Filters are reached and applied by keyboard; on a phone the menu toggle opens
 * the main navigation by keyboard.
 */
const routes = await loadPageTypes();
// No smooth scrolling (global.css honours reduced motion): each Tab stop is on screen at once, not after a 1.5 s glide.
test.use({ reducedMotion: 'reduce' });

interface Stop {
  index: number; // position in document order
  group: string | null; // radio group: any of its buttons is the group's one Tab stop
  label: string;
  region: 'header' | 'main' | 'footer' | 'other';
  isSkipLink: boolean;
  href: string | null;
  inLanguageSwitch: boolean;
  inMainNav: boolean;
  indicator: string | null; // why the focus is not visible, or null
  ring: string | null; // what draws the focus ring: itself, ::after, ancestor <…>
}

/** Defines window.__kb: the page's tabbable elements and a probe of the focused element. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const all = () => [...document.querySelectorAll('*')];
    const selector =
      'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable=""], [contenteditable="true"]';
    // The focus ring may be drawn by the element, its ::before/::after (stretched-link cards) or a
    // close ancestor (`.card:has(a:focus-visible)`, `form:focus-within`) – but not by a landmark.
    const ANCESTOR_DEPTH = 3;
    const LANDMARKS = 'html, body, header, nav, main, footer, aside, [role=banner], [role=navigation], [role=main], [role=contentinfo]';
    type Ring = { outline: string; shadow: string; visible: boolean };
    const ring = (el: Element, pseudo?: string): Ring => {
      const s = getComputedStyle(el, pseudo);
      const outlineVisible =
        s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/transparent|rgba\(.*,\s*0\)$/.test(s.outlineColor);
      return {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        shadow: s.boxShadow,
        visible: outlineVisible || s.boxShadow !== 'none',
      };
    };
    const painters = (el: Element) => {
      const list: { el: Element; pseudo?: string; name: string }[] = [
        { el, name: 'itself' },
        { el, pseudo: '::before', name: '::before' },
        { el, pseudo: '::after', name: '::after' },
      ];
      let parent = el.parentElement;
      for (let depth = 1; parent && depth <= ANCESTOR_DEPTH && !parent.matches(LANDMARKS); depth += 1, parent = parent.parentElement) {
        list.push({
          el: parent,
          name: `ancestor <${parent.tagName.toLowerCase()}${parent.className && typeof parent.className === 'string' ? `.${parent.className.split(' ')[0]}` : ''}>`,
        });
      }
      return list;
    };
    const isTabbable = (el: Element) => {
      const html = el as HTMLElement;
      if (html.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      return el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    };
    const order = new Map(all().map((el, i) => [el, i]));
    const candidates = [...document.querySelectorAll(selector)].filter(isTabbable);
    // Unfocused look of every candidate and of whatever may paint its focus ring.
    const unfocused = new Map<Element, Ring[]>();
    for (const el of candidates)
      unfocused.set(
        el,
        painters(el).map((p) => ring(p.el, p.pseudo)),
      );
    // Only one radio button of a group is a tab stop (the checked one, else the first): a group counts once.
    const groupOf = (el: Element) =>
      el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.form?.id ?? ''}/${el.name}` : null;
    const seenGroup = new Set<string>();
    const expected = candidates.filter((el) => {
      const group = groupOf(el);
      if (!group) return true;
      if (seenGroup.has(group)) return false;
      seenGroup.add(group);
      return true;
    });
    const region = (el: Element): Stop['region'] =>
      el.closest('header, [role=banner]') && !el.closest('main')
        ? 'header'
        : el.closest('main, [role=main]')
          ? 'main'
          : el.closest('footer, [role=contentinfo]')
            ? 'footer'
            : 'other';
    const label = (el: Element) => {
      const text = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).name || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);
      const href = el.getAttribute('href');
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? ` href="${href}"` : ''}> "${text}"`;
    };
    const onScreen = (rect: DOMRect) =>
      rect.width >= 1 && rect.height >= 1 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const probe = async () => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      // An element already on screen is final (the browser scrolls only to reveal); otherwise let
      // smooth scrolling bring it into view (a long jump takes ~1.5 s; wait up to 4 s).
      for (let lastY = scrollY, deadline = performance.now() + 4000; performance.now() < deadline;) {
        if (onScreen(el.getBoundingClientRect()) && scrollY === lastY) break;
        lastY = scrollY;
        await frame();
        await frame();
      }
      const rect = el.getBoundingClientRect();
      const before = unfocused.get(el);
      const candidatesNow = painters(el).map((p, i) => ({ ...p, now: ring(p.el, p.pseudo), before: before?.[i] }));
      const shown = candidatesNow.find(
        (c) => c.now.visible && (!c.before || c.before.outline !== c.now.outline || c.before.shadow !== c.now.shadow),
      );
      let indicator: string | null = null;
      if (!el.matches(':focus-visible')) indicator = 'element is focused but does not match :focus-visible';
      else if (!shown)
        indicator = `no outline/box-shadow appears on focus (itself: outline ${candidatesNow[0].now.outline}, box-shadow ${candidatesNow[0].now.shadow}; nor on ::before/::after or ${ANCESTOR_DEPTH} ancestors)`;
      else if (!onScreen(rect))
        indicator = `focused element is not on screen (${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)})`;
      const href = el.getAttribute('href');
      const target = href?.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      return {
        index: order.get(el) ?? -1,
        group: groupOf(el),
        label: label(el),
        region: region(el),
        isSkipLink: Boolean(target && (target.matches('main, [role=main]') || target.querySelector('main, [role=main], h1'))),
        href,
        inLanguageSwitch: Boolean(
          el.closest('header') &&
          (el.hasAttribute('hreflang') || el.closest('[class*="language"], [aria-label*="prache"], [aria-label*="anguage"]')),
        ),
        inMainNav: Boolean(el.closest('header nav') && !el.hasAttribute('hreflang') && !el.closest('[class*="language"]')),
        indicator,
        ring: shown?.name ?? null,
      };
    };
    window.__kb = {
      probe,
      expected: () => expected.map((el) => ({ index: order.get(el) ?? -1, label: label(el), region: region(el), group: groupOf(el) })),
      mainIndex: () => order.get(document.querySelector('main, [role=main]')!) ?? -1,
    };
  });
}

type Kb = {
  probe(): Promise<Stop | null>;
  expected(): { index: number; label: string; region: string; group: string | null }[];
  mainIndex(): number;
};
declare global {
  // Lives only in the pages this spec opens (installProbe defines it there).
  interface Window {
    __kb: Kb;
  }
}
const probe = (page: Page) => page.evaluate(() => window.__kb.probe());

/** Tabs from the top of the page until focus leaves the document; returns every stop. */
async function tabThrough(page: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await probe(page);
    if (!stop || (stops.length && stop.index === stops[0].index)) break;
    stops.push(stop);
  }
  return stops;
}

// Tab order and focus are the same markup in every language: each page type once in the default
// language, the home page in every language (page-types.spec.ts checks every page type in all).
for (const route of routes.filter((r) => r.language === defaultLanguage || r.view === 'home')) {
  test(`${route.name} (${route.language}): keyboard only`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await page.evaluate(() => document.fonts.ready);
    await installProbe(page);
    const expected = await page.evaluate(() => window.__kb.expected());
    const stops = await tabThrough(page, expected.length + 40);
    const trail = stops.map((s, i) => `  ${i + 1}. [${s.region}] ${s.label}`).join('\n');

    // Skip link first, then the brand (home link).
    expect(stops[0]?.isSkipLink, `first Tab stop should be the skip link, got ${stops[0]?.label}\n${trail}`).toBe(true);
    expect(stops[1]?.region, `second Tab stop should be the brand in the header\n${trail}`).toBe('header');
    expect(stops[1]?.href, `second Tab stop should link home\n${trail}`).toBe(homePath(route.language as LanguageId));

    // The header's navigation and language switch are all reached before the content.
    const firstContent = stops.findIndex((s) => s.region !== 'header');
    const header = stops.slice(0, firstContent < 0 ? stops.length : firstContent);
    expect(header.filter((s) => s.inMainNav).length, `no main navigation link in the header's Tab order\n${trail}`).toBeGreaterThan(1);
    expect(
      header.some((s) => s.inLanguageSwitch),
      `language switch not reached in the header\n${trail}`,
    ).toBe(true);
    expect(
      stops
        .slice(header.length)
        .filter((s) => s.region === 'header')
        .map((s) => s.label),
      `header elements after the content\n${trail}`,
    ).toEqual([]);

    // Document order, nothing skipped, footer last.
    const outOfOrder = stops.filter((s, i) => i > 0 && s.index <= stops[i - 1].index).map((s) => s.label);
    expect(outOfOrder, `Tab order differs from document order at:\n${trail}`).toEqual([]);
    const reached = new Set(stops.flatMap((s) => [s.index, s.group]));
    const skipped = expected
      .filter((e) => !reached.has(e.index) && !(e.group && reached.has(e.group)))
      .map((e) => `[${e.region}] ${e.label}`);
    expect(skipped, `focusable elements Tab never reached: ${skipped.join(', ')}\nTab order:\n${trail}`).toEqual([]);
    expect(stops.at(-1)?.region, `the last Tab stop should be in the footer\n${trail}`).toBe('footer');

    // A visible focus indicator on every stop.
    const invisible = stops.filter((s) => s.indicator).map((s) => `${s.label}: ${s.indicator}`);
    expect(invisible, `focus not visible on:\n  ${invisible.join('\n  ')}`).toEqual([]);

    // The skip link moves focus to the main content; the next Tab continues there.
    await page.goto(route.path);
    await installProbe(page);
    await page.evaluate(() => document.fonts.ready);
    await page.keyboard.press('Tab');
    expect((await probe(page))?.isSkipLink, 'first Tab stop after reload is the skip link').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash), 'the skip link changes the URL fragment').not.toBe('');
    await page.keyboard.press('Tab');
    const afterSkip = await probe(page);
    const mainIndex = await page.evaluate(() => window.__kb.mainIndex());
    expect(
      afterSkip?.index ?? -1,
      `after the skip link, Tab went to ${afterSkip?.label ?? 'nothing'} instead of the main content`,
    ).toBeGreaterThan(mainIndex);
  });
}

/** Tabs until the focused element matches `test` (or gives up after `limit` stops). */
async function tabTo(page: Page, limit: number, test: (stop: Stop) => boolean): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await probe(page);
    if (!stop) break;
    stops.push(stop);
    if (test(stop)) break;
  }
  return stops;
}

// Filters: from a section index, Tab to a filter link and press Enter – the filter page opens and
// marks that filter as current. Data-driven: every view with filter pages in the route map.
for (const filtered of routes.filter((r) => r.variant?.split('+').includes('filter'))) {
  const index = routes.find((r) => r.view === filtered.view && !r.variant && r.language === filtered.language);
  if (!index) continue;
  test(`${filtered.name} (${filtered.language}): a filter is reached and applied by keyboard`, async ({ page }) => {
    await page.goto(index.path);
    await page.evaluate(() => document.fonts.ready);
    await installProbe(page);
    const stops = await tabTo(page, 150, (stop) => stop.href === filtered.path);
    const trail = stops.map((s, i) => `  ${i + 1}. [${s.region}] ${s.label}`).join('\n');
    expect(stops.at(-1)?.href, `Tab never reached the filter link to ${filtered.path} on ${index.path}:\n${trail}`).toBe(filtered.path);
    expect(stops.at(-1)?.indicator ?? null, 'focus visible on the filter link').toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === filtered.path);
    await expect(page.locator(`main a[href="${filtered.path}"]`).first()).toHaveAttribute('aria-current', 'page');
  });
}

// Phones: the main navigation sits behind a menu toggle in the header; it opens by keyboard and
// its links are then reachable, in the header, with visible focus.
for (const route of routes.filter((r) => r.view === 'home' || r.view === 'story')) {
  test(`${route.name} (${route.language}): mobile menu by keyboard at 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(route.path);
    await page.evaluate(() => document.fonts.ready);
    await installProbe(page);
    const navVisible = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('header nav a')].filter(
            (a) =>
              !a.hasAttribute('hreflang') &&
              !a.closest('[class*="language"]') &&
              a.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
              a.getClientRects().length > 0,
          ).length,
      );
    if ((await navVisible()) <= 1) {
      // The navigation is behind a toggle: reach it by Tab and open it with Enter.
      const isToggle = () =>
        page.evaluate(() =>
          Boolean(
            document.activeElement?.closest('header') && document.activeElement.matches('summary, button[aria-expanded], [aria-controls]'),
          ),
        );
      let found = false;
      for (let i = 0; i < 20 && !found; i += 1) {
        await page.keyboard.press('Tab');
        found = await isToggle();
      }
      expect(found, 'no menu toggle (summary or button[aria-expanded]) reached by Tab in the header').toBe(true);
      expect((await probe(page))?.indicator ?? null, 'focus visible on the menu toggle').toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(navVisible, 'the main navigation opens').toBeGreaterThan(1);
    }
    await installProbe(page);
    const links = await navVisible();
    const stops = await tabTo(page, links + 20, (stop) => stop.region !== 'header');
    const navStops = stops.filter((s) => s.inMainNav && s.region === 'header');
    expect(navStops.length, `Tab after opening the menu reaches its ${links} links:\n${stops.map((s) => s.label).join('\n')}`).toBe(links);
    const invisible = navStops.filter((s) => s.indicator).map((s) => `${s.label}: ${s.indicator}`);
    expect(invisible, `focus not visible on:\n  ${invisible.join('\n  ')}`).toEqual([]);
  });
}
