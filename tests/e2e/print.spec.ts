/**
 * Printed career orientation pages (schools print them as worksheets): Chromium's print to PDF.
 * Each page prints its own URL exactly once, has no spill page that only holds an address, prints
 * addresses in a monospace face, and carries a QR code that decodes to its public URL.
 */
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { extractText, getDocumentProxy } from 'unpdf';
import { siteData } from '../../site/data.ts';
import { routeMap, type DocumentRoute } from '../../site/route-map.ts';
import { siteConfig } from '../../site/config.ts';
import { sectionPath } from '../../site/routes.ts';
import { defaultLanguage } from '../../site/i18n/index.ts';

const data = await siteData();
const pages = routeMap(data).filter((route): route is DocumentRoute => route.kind === 'document' && route.view === 'orientation');
const URL_PATTERN = /https?:\/\/\S+/g;
// Printing and reading a PDF is slow on a shared machine.
test.describe.configure({ timeout: 120_000 });

for (const route of pages) {
  test(`printed orientation page ${route.path}`, async ({ page }) => {
    const publicUrl = new URL(route.path, siteConfig().siteUrl).href;
    await page.goto(route.path);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });

    // URLs wrap across lines in print: compare without white space.
    const compact = text.join('').replace(/\s+/g, '');
    const own = compact.split(publicUrl.replace(/\s+/g, '')).length - 1;
    expect(own, 'the page URL is printed exactly once').toBe(1);
    // No page holds nothing but addresses (an address pushed onto an otherwise empty sheet).
    text.forEach((pageText, i) => {
      const words = pageText
        .replace(URL_PATTERN, '')
        .replace(/[()\s]+/g, ' ')
        .trim();
      expect(words.length, `page ${i + 1} of ${totalPages} has content besides addresses`).toBeGreaterThan(40);
    });

    await page.emulateMedia({ media: 'print' });
    const address = page.locator('.worksheet .address a');
    expect(await address.evaluate((a) => getComputedStyle(a).fontFamily)).toMatch(/mono/i);
    const qr = page.locator('.page-qr svg');
    await expect(qr).toBeVisible();
    const png = PNG.sync.read(await qr.screenshot({ scale: 'device' }));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(publicUrl);
  });
}

test('a checklist prints tick boxes, not bullets', async ({ page }) => {
  const route = pages.find((r) => (r.doc as { body?: { listItem?: string }[] }).body?.some((b) => b.listItem === 'check'));
  test.skip(!route, 'no orientation page has a checklist');
  await page.goto(route!.path);
  await page.emulateMedia({ media: 'print' });
  const item = page.locator('.checklist > li').first();
  const style = await item.evaluate((li) => {
    const box = getComputedStyle(li, '::before');
    return { listStyle: getComputedStyle(li).listStyleType, border: box.borderTopStyle, width: parseFloat(box.width) };
  });
  expect(style.listStyle).toBe('none');
  expect(style.border).toBe('solid');
  expect(style.width).toBeGreaterThan(5);
});

test('a printed listing holds every card, also those not yet rendered on screen', async ({ page }) => {
  await page.goto(sectionPath(defaultLanguage, 'blog'));
  // The cards .cards-near-screen renders only near the screen (global.css); print renders them all.
  const titles = await page.locator('.cards-near-screen > :nth-child(n + 3) :is(h2, h3)').allTextContents();
  test.skip(titles.length === 0, 'the blog listing has no more than two cards');
  const pdf = await page.pdf({ format: 'A4' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  // Letters and digits only: the PDF's text gives some punctuation as look-alikes (’ as the modifier letter ʼ).
  const lettersOf = (value: string) => value.replace(/[^\p{Lu}\p{Ll}\p{Lo}\p{N}]/gu, '');
  const printed = lettersOf(text.join(''));
  for (const title of titles) expect(printed).toContain(lettersOf(title));
});
