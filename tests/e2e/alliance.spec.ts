import { expect, test } from '@playwright/test';
import { siteData } from '../../site/data.ts';
import { documentPath, sectionPath } from '../../site/routes.ts';

/** The alliance pages and the region in figures: charts with tables, TOC, calendar files, figures. */
const data = await siteData();
const pathOf = (id: string) => {
  const doc = [...data.projects, ...data.documents, ...data.events].find((d) => d._id === id);
  if (!doc) throw new Error(`The dataset has no document ${id}`);
  return documentPath(doc);
};

test('project page: a chart (role=img) and a table with the seed’s numbers', async ({ page }) => {
  await page.goto(pathOf('project-karriere-dual-de'));
  const chart = page.getByRole('img', { name: 'SchülerInnen: von ca. 300 (2018) auf ca. 725 (2023)' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText('2023: ca. 725');
  await expect(chart.locator('text', { hasText: 'ca. 725' })).toHaveCount(1);
  const table = page.getByRole('table', { name: 'SchülerInnen nach Jahren' });
  await expect(table.getByRole('columnheader')).toHaveText(['Jahr', 'SchülerInnen']);
  const row2023 = table.getByRole('row', { name: /2023/ });
  await expect(row2023.getByRole('rowheader')).toHaveText('2023');
  await expect(row2023.getByRole('cell')).toHaveText('ca. 725');
  await expect(table.getByRole('row')).toHaveCount(7);
  // All results as the action plan words them.
  const results = page.getByRole('table', { name: 'Alle Ergebnisse nach Jahren' });
  await expect(results.getByRole('row', { name: /2023/ })).toContainText('ca. 725 SchülerInnen');
  await expect(results.getByRole('row', { name: /2019/ })).toContainText('ca. 770 SchülerInnen');
});

test('English project page has its chart and table too', async ({ page }) => {
  await page.goto(pathOf('project-karriere-dual-en'));
  await expect(page.getByRole('img', { name: /^Students: from approx\. 300 in 2018 to approx\. 725 in 2023$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Students by year' }).getByRole('row', { name: /2023/ })).toContainText('approx. 725');
});

test('Handlungskonzept: every TOC link jumps to an existing heading', async ({ page }) => {
  await page.goto(pathOf('allianceDocument-handlungskonzept-2024-de'));
  const toc = page.getByRole('navigation', { name: 'Inhalt' });
  const links = toc.getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    expect(href).toMatch(/^#[a-z0-9-]+$/);
    const target = page.locator(`[id="${href.slice(1)}"]`);
    await expect(target, href).toHaveCount(1);
    expect(await target.evaluate((el) => el.tagName), href).toMatch(/^H[23]$/);
  }
  // h3 entries are nested in the ordered list of their h2.
  await expect(toc.locator('ol > li > ol > li').first()).toBeVisible();
  const target = toc.getByRole('link', { name: '1.2 Demografie und Arbeitsmarkt' });
  await target.click();
  await expect(page).toHaveURL(/#1-2-demografie-und-arbeitsmarkt$/);
  await expect(page.getByRole('heading', { name: '1.2 Demografie und Arbeitsmarkt' })).toBeInViewport();
  // No client JavaScript on document pages.
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('event: the .ics download is text/calendar with the event', async ({ page, request }) => {
  await page.goto(pathOf('event-karriere-jobmesse-2023-de'));
  const link = page.getByRole('link', { name: 'In den Kalender (.ics)' });
  await expect(link).toHaveAttribute('download', 'karriere-jobmesse-2023.ics');
  const href = await link.getAttribute('href');
  expect(href).toBe('/veranstaltungen/karriere-jobmesse-2023.ics');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const body = await response.text();
  expect(body).toContain('BEGIN:VEVENT\r\n');
  expect(body.replace(/\r\n /g, '')).toContain('SUMMARY:Karriere + Jobmesse Erzgebirge 2023\r\n');
  expect(body).toContain('DTSTART;VALUE=DATE:20231228\r\n');
  expect(body).toContain('UID:event-karriere-jobmesse-2023-de@');
  // The browser treats it as a download.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('karriere-jobmesse-2023.ics');
});

test('announced formats say the date is not fixed and offer no calendar file', async ({ page, request }) => {
  const path = pathOf('event-karriere-jobmesse-2026-de');
  await page.goto(path);
  await expect(page.getByText('Beispiel – Termin wird noch bekannt gegeben', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /In den Kalender/ })).toHaveCount(0);
  expect((await request.get(path.replace(/\/$/, '.ics'))).status()).toBe(404);
});

test('events index: upcoming and past, example events marked', async ({ page }) => {
  await page.goto(sectionPath('de', 'events'));
  const upcoming = page.getByRole('region', { name: 'Demnächst' });
  const past = page.getByRole('region', { name: 'Vergangene Veranstaltungen' });
  await expect(upcoming.getByRole('heading', { name: 'Karriere + Jobmesse Erzgebirge 2026' })).toBeVisible();
  await expect(upcoming.getByText('Beispiel – Termin wird noch bekannt gegeben').first()).toBeVisible();
  await expect(past.getByRole('heading', { name: /MAKERZSTUDI 2024/ })).toBeVisible();
  await expect(past.locator('time[datetime="2024-06-08"]')).toHaveCount(1);
});

test('members: all 13, the managing member marked, websites as external links', async ({ page }) => {
  await page.goto(sectionPath('de', 'members'));
  const members = page.locator('main li.member');
  await expect(members).toHaveCount(13);
  const wfe = members.filter({ hasText: 'Wirtschaftsförderung Erzgebirge GmbH' });
  await expect(wfe).toContainText('geschäftsführendes Mitglied');
  await expect(wfe.getByRole('link')).toHaveAttribute('href', 'https://wfe-erzgebirge.de');
  await expect(wfe.getByRole('link')).toHaveAttribute('rel', /noopener/);
});

test('alliance hub: strategy, regional fields with projects, links to the sections', async ({ page }) => {
  await page.goto(sectionPath('de', 'alliance'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fachkräfteallianz');
  const strategy = page.getByRole('region', { name: /Fachkräftestrategie Sachsen 2030/ });
  await expect(strategy.getByRole('heading', { level: 3 })).toHaveCount(4);
  const regional = page.getByRole('region', { name: 'Regionale Handlungsfelder' });
  await expect(regional.getByText('Handlungsfeld 1', { exact: true })).toBeVisible();
  await expect(regional.getByRole('link', { name: 'Karriere Dual – für Gymnasiasten im Erzgebirge' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Bereiche der Fachkräfteallianz' });
  for (const name of ['Mitglieder', 'Projekte', 'Dokumente', 'Veranstaltungen']) {
    await expect(nav.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
});

test('region in figures: key figures with "ca." and source, series as chart + table', async ({ page }) => {
  await page.goto(sectionPath('de', 'figures'));
  const inhabitants = page.locator('li.figure', { hasText: 'Einwohner' }).first();
  await expect(inhabitants).toContainText('ca. 328.000');
  await expect(page.getByText(/Quelle aller Kennzahlen: Fachkräfteallianz Erzgebirge: Handlungskonzept/)).toBeVisible();
  const chart = page.getByRole('img', { name: /Anteil der Menschen über 50/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('table', { name: /über 50 Jahre nach Jahren/ }).getByRole('row', { name: /2025/ })).toContainText('57 %');
  await page.goto(sectionPath('en', 'figures'));
  await expect(page.locator('li.figure').first()).toContainText('approx. 328,000');
});

const axePages = [
  sectionPath('de', 'alliance'), sectionPath('en', 'alliance'), sectionPath('de', 'members'), sectionPath('en', 'members'),
  sectionPath('de', 'projects'), sectionPath('en', 'projects'), pathOf('project-karriere-dual-de'), pathOf('project-karriere-dual-en'),
  sectionPath('de', 'documents'), sectionPath('en', 'documents'), pathOf('allianceDocument-handlungskonzept-2024-de'),
  pathOf('allianceDocument-handlungskonzept-2024-en'), sectionPath('de', 'events'), sectionPath('en', 'events'),
  pathOf('event-karriere-jobmesse-2023-de'), pathOf('event-welcome-hutzn-en'), sectionPath('de', 'figures'), sectionPath('en', 'figures'),
];

for (const path of axePages) {
  test(`axe (WCAG 2.1 AA): main content of ${path}`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.goto(path);
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
