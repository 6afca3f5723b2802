import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadPageTypes } from './routes.ts';

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules: zero violations on one page of every type (every
 * view and listing variant from the route map, plus the 404 page) in every language, in the light
 * colour scheme, and the colour rules again in the dark scheme (prefers-color-scheme only changes
 * colours, so the dark pass runs just color-contrast and link-in-text-block – half the cost).
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const routes = await loadPageTypes();

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function describeViolations(violations: Violations): string {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 8).map((node) => {
      const summary = node.failureSummary?.split('\n').slice(1, 3).map((line) => line.trim()).join(' ') ?? '';
      return `      ${node.target.join(' ')}${summary ? `\n        ${summary}` : ''}`;
    });
    const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
    return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${nodes.join('\n')}${more}`;
  }).join('\n');
}

async function audit(page: Page, scheme: 'light' | 'dark'): Promise<Violations> {
  // Wait for web fonts so text metrics (and thus contrast sampling of overlapping boxes) are final.
  await page.evaluate(() => document.fonts.ready);
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const { violations } = await (scheme === 'dark' ? builder.withRules(COLOUR_RULES) : builder).analyze();
  return violations;
}

// Per route: the full WCAG run in the light scheme, then the colour rules after reloading in the
// dark scheme (a reload, not a live switch: colour transitions would be sampled mid-way).
for (const route of routes) {
  test(`${route.name} (${route.language}): axe light + dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(route.path);
    expect(response?.status(), `HTTP status of ${route.path}`).toBe(route.status);
    const light = await audit(page, 'light');
    expect.soft(light.length, `${light.length} axe violation(s) on ${route.path} (light):\n${describeViolations(light)}`).toBe(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const dark = await audit(page, 'dark');
    expect(dark.length, `${dark.length} axe colour violation(s) on ${route.path} (dark):\n${describeViolations(dark)}`).toBe(0);
  });
}
