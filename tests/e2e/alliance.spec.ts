import { expect, test, type Page } from '@playwright/test';
import { siteData } from '../../site/data.ts';
import { documentPath, sectionPath } from '../../site/routes.ts';
import { label, languageIds, locale } from '../../site/i18n/index.ts';
import { allianceOverview, managingMember } from '../../site/alliance.ts';
import { eventTimeline, eventWhen, hasCalendarFile } from '../../site/events.ts';
import { projectResults } from '../../site/project-results.ts';
import { regionFigures } from '../../site/region-figures.ts';
import { tocTree } from '../../site/toc.ts';
import { escapeText, formatUtc, icsPath } from '../../site/ics.ts';
import { zonedInstant } from '../../site/event-dates.ts';
import { headingsOf, type Block } from '../../site/portable-text.ts';
import { BUILD_TIME } from '../../site/today.ts';
import { axeViolations } from './page-check.ts';

/**
 * The alliance pages and the region in figures: charts with tables, TOC, calendar files, events,
 * members, figures. Every expectation comes from the dataset the build used and from the build's
 * "today" (site/today.ts; npm test pins HERZLAND_TODAY for build and tests), never from content
 * facts or the calendar: the tests hold for any valid content on any date.
 */
const data = await siteData();
// Axe over a long document takes a while on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });
/** Matches an accessible row name that starts with `header` (as text, not as a pattern). */
const startsWith = (header: string) => new RegExp(`^${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);

/** Axe over a chart page's main content: page-types.spec.ts checks one page per type, which need not be one with charts. */
async function axeMain(page: Page) {
  expect(await axeViolations(page, { include: 'main' })).toEqual([]);
}

for (const language of languageIds) {
  const loc = locale(language);

  test(`project page: every result chart (role=img) has its table (${language})`, async ({ page }) => {
    const project = data.projects.find((p) => p.language === language && projectResults(data, p).charts.length > 0);
    test.skip(!project, `no ${language} project has results for a chart`);
    const results = projectResults(data, project!);
    await page.goto(documentPath(project!));
    for (const { chart, table } of results.charts) {
      const img = page.getByRole('img', { name: chart.title, exact: true });
      await expect(img).toBeVisible();
      await expect(img.locator('desc')).toHaveText(chart.description);
      for (const bar of chart.bars) await expect(img.locator('text', { hasText: bar.valueText }).first()).toBeAttached();
      const rendered = page.getByRole('table', { name: table.caption, exact: true });
      await expect(rendered.getByRole('columnheader')).toHaveText(table.columns);
      await expect(rendered.getByRole('row')).toHaveCount(table.rows.length + 1);
      for (const row of table.rows) {
        const tr = rendered.getByRole('row', { name: startsWith(row.header) });
        await expect(tr.getByRole('rowheader')).toHaveText(row.header);
        await expect(tr.getByRole('cell')).toHaveText(row.cells);
      }
    }
    // All results as the action plan words them, one row per year.
    const all = page.getByRole('table', { name: loc.alliance.allResults });
    await expect(all.getByRole('row')).toHaveCount(results.rows.length + 1);
    for (const row of results.rows) {
      for (const metric of row.metrics) await expect(all.getByRole('row', { name: startsWith(String(row.year)) })).toContainText(metric);
    }
    await axeMain(page);
  });

  test(`alliance document: every TOC link jumps to its heading, no client JS (${language})`, async ({ page }) => {
    const doc = data.documents.find((d) => d.language === language && tocTree([...headingsOf(d.body as Block[]).values()]).length > 0);
    test.skip(!doc, `no ${language} document has headings`);
    const entries = tocTree([...headingsOf(doc!.body as Block[]).values()]);
    await page.goto(documentPath(doc!));
    const toc = page.getByRole('navigation', { name: loc.ui.tableOfContents });
    const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(entries.flatMap((e) => [e, ...e.children]).map((e) => `#${e.id}`));
    for (const href of hrefs) {
      const target = page.locator(`[id="${href.slice(1)}"]`);
      await expect(target, href).toHaveCount(1);
      expect(await target.evaluate((el) => el.tagName), href).toMatch(/^H[23]$/);
    }
    // h3 entries are nested in the ordered list of their h2.
    const nested = entries.find((e) => e.children.length);
    if (nested) await expect(toc.locator('ol > li > ol > li a', { hasText: nested.children[0].text })).toBeVisible();
    const last = entries.at(-1)!;
    await toc.locator(`a[href="#${last.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
    await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    // axe on document pages: page-types.spec.ts (a long document takes axe a minute on a loaded machine).
  });

  test(`events index: upcoming and past split at the build's today, examples marked (${language})`, async ({ page }) => {
    const { upcoming, past } = eventTimeline(data, language);
    await page.goto(sectionPath(language, 'events'));
    const upcomingRegion = page.getByRole('region', { name: loc.ui.upcoming, exact: true });
    const pastRegion = page.getByRole('region', { name: loc.ui.past, exact: true });
    const titles = (region: typeof pastRegion) => region.locator('.event-card .title').allInnerTexts();
    expect(await titles(upcomingRegion)).toEqual(upcoming.map((e) => e.title));
    if (upcoming.length === 0) await expect(upcomingRegion).toContainText(loc.alliance.noUpcoming);
    if (past.length) expect(await titles(pastRegion)).toEqual(past.map((e) => e.title));
    else await expect(pastRegion).toHaveCount(0);
    // The rule itself: an event is upcoming while its end (or its start's day) is after today.
    for (const event of upcoming)
      expect(new Date(event.end ?? event.start ?? 8.64e15).getTime() + 864e5, event._id).toBeGreaterThan(BUILD_TIME.getTime());
    for (const event of past) expect(new Date(event.end ?? event.start!).getTime(), event._id).toBeLessThanOrEqual(BUILD_TIME.getTime());
    for (const event of [...upcoming, ...past]) {
      const card = page.locator('.event-card', { has: page.locator(`a[href="${documentPath(event)}"]`) });
      const when = eventWhen(event, language);
      if (event.isExample) await expect(card.locator('.badge')).toHaveText(`${loc.ui.example} – ${loc.alliance.dateTbd}`);
      else if (when.datetime) await expect(card.locator(`time[datetime="${when.datetime}"]`)).toHaveText(when.text);
    }
  });
}

test('event with a date: the .ics download is text/calendar with the event', async ({ page, request }) => {
  const event = data.events.find(hasCalendarFile);
  test.skip(!event, 'no event has a fixed date');
  const path = documentPath(event!);
  await page.goto(path);
  const link = page.getByRole('link', { name: locale(event!.language as 'de').ui.addToCalendar });
  const href = await link.getAttribute('href');
  expect(href).toBe(icsPath(path));
  const fileName = href!.split('/').pop()!;
  await expect(link).toHaveAttribute('download', fileName);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const body = (await response.text()).replace(/\r\n /g, '');
  expect(body).toContain('BEGIN:VEVENT\r\n');
  expect(body).toContain(`SUMMARY:${escapeText(event!.title!)}\r\n`);
  // Whole-day events stay a date; timed ones are the Berlin wall-clock time as UTC.
  const start = event!.start!;
  const dtstart = event!.startTime
    ? `DTSTART:${formatUtc(zonedInstant(start, event!.startTime).toISOString())}`
    : `DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`;
  expect(body).toContain(`${dtstart}\r\n`);
  expect(body).toContain(`UID:${event!._id}@`);
  // The browser treats it as a download.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(fileName);
});

test('announced formats say the date is not fixed and offer no calendar file', async ({ page, request }) => {
  const event = data.events.find((e) => e.isExample);
  test.skip(!event, 'the dataset has no announced format (isExample event)');
  const loc = locale(event!.language as 'de');
  const path = documentPath(event!);
  await page.goto(path);
  await expect(page.getByText(loc.alliance.dateTbd, { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: loc.ui.addToCalendar })).toHaveCount(0);
  expect((await request.get(icsPath(path))).status()).toBe(404);
});

for (const language of languageIds) {
  const loc = locale(language);

  test(`members: every member, the managing member marked, websites as external links (${language})`, async ({ page }) => {
    await page.goto(sectionPath(language, 'members'));
    const members = page.locator('main li.member');
    await expect(members).toHaveCount(data.members.length);
    const managing = managingMember(data);
    await expect(page.locator('main li.member.managing')).toHaveCount(managing ? 1 : 0);
    for (const member of data.members) {
      const item = members.filter({ has: page.locator('.name', { hasText: member.name! }) }).first();
      await expect(item).toBeVisible();
      if (member.website) {
        await expect(item.getByRole('link')).toHaveAttribute('href', member.website);
        await expect(item.getByRole('link')).toHaveAttribute('rel', /noopener/);
      }
    }
    if (managing) {
      await expect(page.locator('main li.member.managing .name')).toContainText(managing.name!);
      await expect(page.locator('main li.member.managing .badge')).toHaveText(label(language, managing.role));
    }
  });

  test(`alliance hub: strategy, regional fields with projects, links to the sections (${language})`, async ({ page }) => {
    const overview = allianceOverview(data, language);
    await page.goto(sectionPath(language, 'alliance'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loc.sectionTitles.alliance);
    if (overview.strategy.length) {
      const strategy = page.getByRole('region', { name: loc.alliance.strategyTitle });
      await expect(strategy.getByRole('heading', { level: 3 })).toHaveCount(overview.strategy.length);
    }
    const regional = page.getByRole('region', { name: loc.alliance.regionalTitle });
    for (const { field, projects } of overview.regional) {
      await expect(regional.getByText(loc.alliance.fieldNumber(field.number!), { exact: true })).toBeVisible();
      for (const project of projects) await expect(regional.locator(`a[href="${documentPath(project)}"]`)).toBeVisible();
    }
    const nav = page.getByRole('navigation', { name: loc.alliance.sectionsNav });
    for (const section of ['members', 'projects', 'documents', 'events'] as const) {
      await expect(nav.locator(`a[href="${sectionPath(language, section)}"]`)).toContainText(loc.sectionTitles[section]);
    }
  });

  test(`region in figures: key figures with their values and source, series as chart + table (${language})`, async ({ page }) => {
    const figures = regionFigures(data, language);
    await page.goto(sectionPath(language, 'figures'));
    const items = page.locator('li.figure');
    await expect(items).toHaveCount(figures.keyFigures.length);
    for (const [i, figure] of figures.keyFigures.entries()) {
      await expect(items.nth(i).locator('.figure-label')).toContainText(figure.label);
      await expect(items.nth(i).locator('.figure-value')).toHaveText(figure.value);
    }
    if (figures.sharedSource)
      await expect(page.locator('main p.source')).toContainText(`${loc.alliance.sourceOfAll}: ${figures.sharedSource}`);
    for (const { chart, table } of figures.charts) {
      await expect(page.getByRole('img', { name: chart.title, exact: true })).toBeVisible();
      const rendered = page.getByRole('table', { name: table.caption, exact: true });
      await expect(rendered.getByRole('row')).toHaveCount(table.rows.length + 1);
      for (const row of table.rows)
        await expect(rendered.getByRole('row', { name: startsWith(row.header) }).getByRole('cell')).toHaveText(row.cells);
    }
    await axeMain(page);
  });
}
