import { expect, test } from '@playwright/test';
import { loadPageTypes } from './routes.ts';

/**
 * Full-page screenshots of every page type at 375 px and 1280 px for human review (not compared):
 * test-results/screenshots/<view>[-variant]-<lang>-<width>.png. Lazy images are loaded first so the
 * shots show the real page. What is asserted: the page renders with its status and nothing is wider
 * than the viewport (no horizontal scrolling) at 1280, 375 and 320 px (the narrowest supported width).
 */
const routes = await loadPageTypes();
const WIDTHS = [375, 1280];
const DIR = 'test-results/screenshots';

async function horizontalOverflow(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Name the culprits: elements that stick out of their parent's content box (where the overflow starts).
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.split(' ').filter((c) => !c.startsWith('astro-')).join(' ')}"` : ''}>`;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const parent = el.parentElement;
        if (!parent || el.closest('.visually-hidden, svg *')) return false;
        const right = el.getBoundingClientRect().right;
        const parentRight = parent.getBoundingClientRect().right - parseFloat(getComputedStyle(parent).paddingRight);
        return right > width + 1 && right > parentRight + 1 && getComputedStyle(parent).overflowX === 'visible';
      })
      .slice(0, 5)
      .map((el) => `${describe(el)} in ${describe(el.parentElement!)}: ${Math.round(el.getBoundingClientRect().width)} px wide, right edge ${Math.round(el.getBoundingClientRect().right)} px`);
    return [`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`, ...culprits];
  });
}

for (const route of routes) {
  for (const width of WIDTHS) {
    test(`${route.name} (${route.language}) at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(route.status);
      await page.evaluate(async () => {
        for (const img of document.querySelectorAll('img[loading="lazy"]')) img.setAttribute('loading', 'eager');
        await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
        await document.fonts.ready;
      });
      const shot = () => page.screenshot({ path: `${DIR}/${route.name}-${route.language}-${width}.png`, fullPage: true, animations: 'disabled' });
      // The picture is for review, not the assertion: retry once if Chromium fails to capture (seen under heavy load).
      await shot().catch(async () => { await page.waitForTimeout(500); await shot(); });
      expect(await horizontalOverflow(page), `horizontal overflow at ${width} px`).toEqual([]);
      if (width === 375) {
        await page.setViewportSize({ width: 320, height: 700 });
        expect(await horizontalOverflow(page), 'horizontal overflow at 320 px').toEqual([]);
      }
    });
  }
}
