/**
 * Reads, for every event page of a built site, the date each output gives it: the page's
 * <time datetime>, the .ics DTSTART (as a Berlin date), the JSON-LD startDate and the search sort
 * date Pagefind indexes. Used by the tests that compare them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { languageIds } from '../../site/i18n/index.ts';
import { sectionPath } from '../../site/routes.ts';

export interface EventOutputs {
  path: string;
  isExample: boolean;
  /** YYYY-MM-DD of the page's <time datetime>, and the reader-facing text of the date. */
  page?: string;
  pageText?: string;
  ics?: string;
  icsStart?: string;
  icsEnd?: string;
  jsonLd?: string;
  jsonLdEnd?: string;
  location?: Record<string, unknown>;
  search?: string;
}

const berlinDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(instant);

/** DTSTART;VALUE=DATE:20240608 → 2024-06-08; DTSTART:20250330T213000Z → its Berlin date. */
function icsDate(value: string): string {
  const [, y, m, d, time] = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z)?$/.exec(value) ?? [];
  if (!time) return `${y}-${m}-${d}`;
  return berlinDate(new Date(`${y}-${m}-${d}T${time.slice(1, 3)}:${time.slice(3, 5)}:${time.slice(5, 7)}Z`));
}

export function eventOutputs(distDir: string): EventOutputs[] {
  const outputs: EventOutputs[] = [];
  for (const language of languageIds) {
    const section = sectionPath(language, 'events');
    const dir = path.join(distDir, section);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name, 'index.html');
      if (!entry.isDirectory() || !fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      const pagePath = `${section}${entry.name}/`;
      const facts = /<dl class="facts"[^>]*>\s*<dt[^>]*>[^<]*<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
      if (!facts) continue; // not an event page (e.g. a filter page)
      const time = /<time datetime="([^"]+)"[^>]*>([^<]*)<\/time>/.exec(facts);
      const graphs = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].flatMap(
        (m) => (JSON.parse(m[1]) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? [],
      );
      const event = graphs.find((node) => node['@type'] === 'Event');
      const icsFile = path.join(distDir, `${pagePath.replace(/\/$/, '')}.ics`);
      const ics = fs.existsSync(icsFile) ? fs.readFileSync(icsFile, 'utf8').replace(/\r\n /g, '') : undefined;
      const icsStart = ics && /^DTSTART(?:;VALUE=DATE)?:(\S+)$/m.exec(ics)?.[1];
      const icsEnd = ics && /^DTEND(?:;VALUE=DATE)?:(\S+)$/m.exec(ics)?.[1];
      const search = /<meta[^>]*data-pagefind-sort="date\[content\]" content="([^"]+)"/.exec(html)?.[1];
      outputs.push({
        path: pagePath,
        isExample: !time,
        page: time?.[1].slice(0, 10),
        pageText: time ? time[2] : facts.trim(),
        ics: icsStart ? icsDate(icsStart) : undefined,
        icsStart: icsStart || undefined,
        icsEnd: icsEnd || undefined,
        jsonLd: event?.startDate as string | undefined,
        jsonLdEnd: event?.endDate as string | undefined,
        location: event?.location as Record<string, unknown> | undefined,
        search,
      });
    }
  }
  return outputs;
}
