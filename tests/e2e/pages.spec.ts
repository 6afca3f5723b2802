import { expect, test } from '@playwright/test';
import { loadRoutes } from './routes.ts';

/** One page of every type in both languages: it renders, has lang, a title and its h1. */
const routes = await loadRoutes();

for (const route of routes) {
  test(`${route.view} (${route.language}) ${route.path} renders`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', route.language);
    await expect(page.locator('h1')).toHaveCount(1);
    if (route.title) await expect(page.locator('h1')).toContainText(route.title);
    await expect(page).toHaveTitle(/hERZland/);
  });
}
