/**
 * What the alliance pages and the region in figures show, computed once per build from the site
 * data (memoised per SiteData object): action fields with their projects, project result charts,
 * events split into upcoming and past, key figures and series charts. Framework-free.
 */
import { BUILD_TIME } from './today.ts';
import { defaultLanguage, label, locale, type LanguageId } from './i18n/index.ts';
import { barChart, formatValue, type BarChartModel } from './charts.ts';
import type { CalendarEvent } from './ics.ts';
import { dateAsUtcNoon, EVENT_TIME_ZONE, endInstant, fixedSchedule, lastDay, parseDate, startValue, zonedInstant } from './event-dates.ts';
import { slugify, type Heading } from './portable-text.ts';
import { dateTimeFormat, numberFormat } from './format.ts';
import type { SiteActionField, SiteAllianceDocument, SiteMember, SitePage, SiteProject, SiteData, SiteEvent } from './data.ts';

function memo<T>(compute: (data: SiteData) => T): (data: SiteData) => T {
  const cache = new WeakMap<SiteData, T>();
  return (data) => {
    if (!cache.has(data)) cache.set(data, compute(data));
    return cache.get(data)!;
  };
}

const byLanguage = <T extends { language: string | null }>(docs: readonly T[], language: LanguageId) =>
  docs.filter((doc) => doc.language === language);

/** Documents of the default language that have no translation into `language` (shown as "only in German"). */
export function untranslated<T extends { _id: string; language: string | null }>(
  docs: readonly T[],
  data: SiteData,
  language: LanguageId,
): T[] {
  if (language === defaultLanguage) return [];
  return docs.filter((doc) => doc.language === defaultLanguage && !data.translations.get(doc._id)?.[language]);
}

// Numbers and tables ------------------------------------------------------------------------------

export interface TableRow {
  header: string;
  cells: string[];
}
export interface TableModel {
  caption: string;
  columns: string[];
  rows: TableRow[];
}
export interface ChartBlock {
  id: string;
  chart: BarChartModel;
  table: TableModel;
  source?: string | null;
  note?: string;
}

function valueFormat(language: LanguageId) {
  const loc = locale(language);
  return (value: number, approximate?: boolean | null, unit?: string | null) =>
    formatValue(value, {
      locale: loc.dateLocale,
      approxPrefix: loc.alliance.approx,
      unit: unit ? label(language, unit) : null,
      approximate,
    });
}

// Alliance hub and members -----------------------------------------------------------------------

export interface FieldWithProjects {
  field: SiteActionField;
  projects: SiteProject[];
  /** Projects of this field that exist only in the default language (for other languages). */
  untranslated: SiteProject[];
}
export interface AllianceOverview {
  about?: SitePage;
  strategy: SiteActionField[];
  regional: FieldWithProjects[];
  /** Projects whose action field is missing or not regional. */
  otherProjects: SiteProject[];
  concept?: SiteAllianceDocument;
  documents: SiteAllianceDocument[];
  projects: SiteProject[];
}

const overviews = memo((data) => {
  const result = new Map<LanguageId, AllianceOverview>();
  for (const language of new Set(data.actionFields.map((f) => f.language as LanguageId).concat(defaultLanguage))) {
    const fields = byLanguage(data.actionFields, language);
    const projects = byLanguage(data.projects, language);
    const notTranslated = untranslated(data.projects, data, language);
    const regional = fields
      .filter((f) => f.framework === 'regional')
      .map((field) => {
        const original = data.translations.get(field._id)?.[defaultLanguage];
        return {
          field,
          projects: projects.filter((p) => p.actionField?._id === field._id),
          untranslated: original ? notTranslated.filter((p) => p.actionField?._id === original) : [],
        };
      });
    const placed = new Set(regional.flatMap((r) => r.projects));
    const documents = byLanguage(data.documents, language);
    result.set(language, {
      about: data.pages.find((p) => p.kind === 'ueber-uns' && p.language === language),
      strategy: fields.filter((f) => f.framework === 'sachsen2030'),
      regional,
      otherProjects: projects.filter((p) => !placed.has(p)),
      concept: documents.find((d) => d.kind === 'handlungskonzept'),
      documents,
      projects,
    });
  }
  return result;
});

export function allianceOverview(data: SiteData, language: LanguageId): AllianceOverview {
  return overviews(data).get(language) ?? { strategy: [], regional: [], otherProjects: [], documents: [], projects: [] };
}

/** The managing member (WFE), if the dataset marks one. */
export function managingMember(data: SiteData): SiteMember | undefined {
  return data.members.find((m) => m.role === 'geschaeftsfuehrend');
}

/** Anchor of an action field on the alliance hub. */
export function fieldAnchor(field: { slug?: string | null; _id: string }): string {
  return field.slug ?? slugify(field._id);
}

// Project results --------------------------------------------------------------------------------

/** Fewest years a metric needs before it is drawn as a chart (fewer read better as a table). */
export const MIN_CHART_YEARS = 3;

export interface ProjectResults {
  charts: ChartBlock[];
  /** Every year with its metrics and note, as in the action plan. */
  rows: { year: number; metrics: string[]; note?: string | null }[];
}

/** Whether a text names a number as written (as a whole number: "6" is not found in "16" or "1.600"). */
export function mentions(text: string | null | undefined, number: string): boolean {
  if (!text) return false;
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![.,]?\\d)`).test(text);
}

export function buildProjectResults(project: SiteProject): ProjectResults {
  const language = (project.language ?? defaultLanguage) as LanguageId;
  const loc = locale(language);
  const format = valueFormat(language);
  const results = [...(project.results ?? [])].sort((a, b) => a.year - b.year);
  const rows = results.map((r) => ({
    year: r.year,
    // The note is the action plan's own wording; numbers it already names are not repeated.
    metrics: (r.metrics ?? [])
      .filter((m) => !mentions(r.note, format(m.value)))
      .map((m) => `${format(m.value, m.approximate, m.unit)} ${m.label}`),
    note: r.note,
  }));
  // A metric becomes a chart when every year with numbers has it, for enough years.
  const years = results.filter((r) => r.metrics?.length);
  const labels =
    years.length >= MIN_CHART_YEARS
      ? (years[0].metrics ?? []).map((m) => m.label).filter((l) => years.every((r) => r.metrics?.some((m) => m.label === l)))
      : [];
  const charts = labels.map((metricLabel): ChartBlock => {
    const points = years.map((r) => ({ year: r.year, metric: r.metrics!.find((m) => m.label === metricLabel)! }));
    const unit = points[0].metric.unit;
    const text = (p: (typeof points)[number]) => format(p.metric.value, p.metric.approximate, unit);
    const first = points[0];
    const last = points.at(-1)!;
    return {
      id: `chart_${slugify(metricLabel)}`,
      chart: barChart({
        title: loc.alliance.trend(metricLabel, text(first), String(first.year), text(last), String(last.year)),
        bars: points.map((p) => ({ label: String(p.year), value: p.metric.value, approximate: p.metric.approximate })),
        unit: unit ? label(language, unit) : null,
        locale: loc.dateLocale,
        approxPrefix: loc.alliance.approx,
      }),
      table: {
        caption: loc.alliance.byYear(metricLabel),
        columns: [loc.ui.year, metricLabel],
        rows: points.map((p) => ({ header: String(p.year), cells: [text(p)] })),
      },
    };
  });
  return { charts, rows };
}

const projectResultsById = memo((data) => new Map(data.projects.map((p) => [p._id, buildProjectResults(p)])));

export function projectResults(data: SiteData, project: SiteProject): ProjectResults {
  return projectResultsById(data).get(project._id) ?? buildProjectResults(project);
}

// Events -----------------------------------------------------------------------------------------

/** "Upcoming" and "past" are relative to the build's today (site/today.ts). */
export { BUILD_TIME };

export interface EventTimeline {
  upcoming: SiteEvent[];
  past: SiteEvent[];
}

export function splitEvents(events: readonly SiteEvent[], now: Date = BUILD_TIME): EventTimeline {
  const instant = now.getTime();
  // An event is upcoming until it is over: its end time, or else the end of its last day (Berlin).
  const endOf = (e: SiteEvent) => (e.start ? endInstant({ ...e, start: e.start }).getTime() : Number.POSITIVE_INFINITY);
  const upcoming = events.filter((e) => endOf(e) > instant);
  const past = events.filter((e) => endOf(e) <= instant).reverse();
  return { upcoming, past };
}

const timelines = memo((data) => {
  const map = new Map<string, EventTimeline>();
  for (const language of new Set(data.events.map((e) => e.language as LanguageId))) {
    map.set(language, splitEvents(byLanguage(data.events, language)));
  }
  return map;
});

export function eventTimeline(data: SiteData, language: LanguageId): EventTimeline {
  return timelines(data).get(language) ?? { upcoming: [], past: [] };
}

export interface EventWhen {
  /** Reader-facing text: "Samstag, 8. Juni 2024", with times when the event has them. */
  text: string;
  /** For <time datetime>: the date (YYYY-MM-DD) of a whole-day event, else date-time with offset. */
  datetime?: string;
  /** Date not fixed yet (isExample): the text says so, no date is shown. */
  tbd: boolean;
}

type Scheduled = Pick<SiteEvent, 'start' | 'end' | 'startTime' | 'endTime' | 'isExample'>;

export function eventWhen(event: Scheduled, language: LanguageId): EventWhen {
  const loc = locale(language);
  const fixed = fixedSchedule(event);
  if (!fixed) return { text: loc.alliance.dateTbd, tbd: true };
  const last = lastDay(fixed);
  if (!fixed.startTime) {
    // Calendar dates are formatted as dates (noon UTC, zone UTC): the same day on every machine.
    const dateFormat = dateTimeFormat(loc.dateLocale, { dateStyle: 'full', timeZone: 'UTC' });
    const text =
      last !== fixed.start
        ? dateFormat.formatRange(dateAsUtcNoon(fixed.start), dateAsUtcNoon(last))
        : dateFormat.format(dateAsUtcNoon(fixed.start));
    return { text, datetime: startValue(fixed), tbd: false };
  }
  const dateFormat = dateTimeFormat(loc.dateLocale, { dateStyle: 'full', timeZone: EVENT_TIME_ZONE });
  const timeFormat = dateTimeFormat(loc.dateLocale, { timeStyle: 'short', timeZone: EVENT_TIME_ZONE });
  const start = zonedInstant(fixed.start, fixed.startTime);
  const end = fixed.endTime ? zonedInstant(last, fixed.endTime) : undefined;
  const text = !end
    ? `${dateFormat.format(start)}, ${timeFormat.format(start)}`
    : last === fixed.start
      ? `${dateFormat.format(start)}, ${timeFormat.formatRange(start, end)}`
      : dateTimeFormat(loc.dateLocale, { dateStyle: 'full', timeStyle: 'short', timeZone: EVENT_TIME_ZONE }).formatRange(start, end);
  return { text, datetime: startValue(fixed), tbd: false };
}

/** Day, short month and year of the first day for date tiles; undefined while the date is not fixed. */
export function eventDayParts(event: Scheduled, language: LanguageId): { day: number; month: string; year: number } | undefined {
  const fixed = fixedSchedule(event);
  if (!fixed) return undefined;
  const { day, year } = parseDate(fixed.start);
  const month = dateTimeFormat(locale(language).dateLocale, { month: 'short', timeZone: 'UTC' }).format(dateAsUtcNoon(fixed.start));
  return { day, month, year };
}

export function eventPlace(event: Pick<SiteEvent, 'isOnline' | 'place'>, language: LanguageId): string {
  if (event.isOnline) return locale(language).ui.online;
  const place = event.place;
  const town = place?.town?.name;
  const named = [place?.name, place?.address?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ');
  // "Gründer- und Technologiezentrum Annaberg-Buchholz" already names its town.
  return town && !named.includes(town) ? [named, town].filter(Boolean).join(', ') : named;
}

/** Only events with a fixed date get a calendar file; announced formats (isExample) do not. */
export function hasCalendarFile(event: Scheduled): boolean {
  return Boolean(fixedSchedule(event));
}

/** An event as a calendar entry; `pageUrl` is the absolute URL of its page. */
export function calendarEventOf(event: SiteEvent, language: LanguageId, pageUrl: string): CalendarEvent {
  const loc = locale(language);
  const organisers = (event.organisers ?? []).map((o) => o.name).filter(Boolean);
  const description = [event.summary, organisers.length ? `${loc.ui.organisers}: ${organisers.join(', ')}` : '', pageUrl]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `${event._id}@${new URL(pageUrl).hostname}`,
    // Every Sanity document has _updatedAt; the build time only covers hand-made datasets without it.
    updatedAt: (event._updatedAt as string | null) ?? BUILD_TIME.toISOString(),
    schedule: fixedSchedule(event)!,
    title: event.title,
    description,
    location: event.isOnline ? (event.onlineUrl ?? loc.ui.online) : eventPlace(event, language),
    url: pageUrl,
  };
}

// Documents --------------------------------------------------------------------------------------

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/** h2 entries with their h3 entries nested, for an ordered table of contents. */
export function tocTree(headings: readonly Heading[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { ...heading, children: [] };
    const parent = tree.at(-1);
    if (heading.level === 3 && parent) parent.children.push(entry);
    else tree.push(entry);
  }
  return tree;
}

export function fileSize(bytes: number | null | undefined, language: LanguageId): string {
  if (!bytes) return '';
  const format = (n: number, unit: string) =>
    `${numberFormat(locale(language).dateLocale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  return bytes >= 1024 * 1024 ? format(bytes / (1024 * 1024), 'MB') : format(Math.max(1, Math.round(bytes / 1024)), 'kB');
}

// Region in figures ------------------------------------------------------------------------------

export interface KeyFigureView {
  key: string;
  label: string;
  value: string;
  year?: number | null;
  comparison?: string | null;
  source?: string | null;
  sourceUrl?: string | null;
}
export interface RegionFigures {
  keyFigures: KeyFigureView[];
  charts: ChartBlock[];
  asOf?: string | null;
  sharedSource?: string;
  /** The note in the page's language, or in the default language (then `sourceNoteLang`) when untranslated. */
  sourceNote?: string;
  sourceNoteLang?: LanguageId;
}

const pick = (value: Record<string, unknown> | null | undefined, language: LanguageId) =>
  (value?.[language] ?? value?.[defaultLanguage]) as string | undefined;

export function buildRegionFigures(facts: SiteData['regionFacts'], language: LanguageId): RegionFigures {
  const loc = locale(language);
  const format = valueFormat(language);
  const keyFigures = (facts?.keyFigures ?? []).map((f) => ({
    key: f.key,
    label: pick(f.label, language) ?? f.key,
    value: format(f.value, f.approximate, f.unit),
    year: f.year,
    comparison: pick(f.comparison, language),
    source: f.source,
    sourceUrl: f.sourceUrl,
  }));
  const charts = (facts?.series ?? []).map((s): ChartBlock => {
    const title = pick(s.title, language) ?? s.key;
    const points = s.points.map((p) => ({ ...p, label: pick(p.label, language) ?? '' }));
    // A yearly series about a key figure (same key) is named like it in its table; a comparison
    // (labels such as "Sachsen heute") keeps its own title and neutral column headings.
    const yearly = points.every((p) => /^\d{4}$/.test(p.label));
    const name = yearly ? keyFigures.find((f) => f.key === s.key)?.label : undefined;
    const text = (p: (typeof points)[number]) => format(p.value, p.approximate, s.unit);
    return {
      id: `series_${s.key}`,
      chart: barChart({
        title,
        bars: points.map((p) => ({ label: p.label, value: p.value, approximate: p.approximate })),
        unit: s.unit ? label(language, s.unit) : null,
        locale: loc.dateLocale,
        approxPrefix: loc.alliance.approx,
        domainMax: s.unit === '%' ? 100 : undefined,
      }),
      table: {
        caption: name ? loc.alliance.byYear(name) : title,
        columns: [yearly ? loc.ui.year : loc.alliance.figure, name ?? loc.alliance.value],
        rows: points.map((p) => ({ header: p.label, cells: [text(p)] })),
      },
      source: s.source,
      note: pick(s.note, language),
    };
  });
  const sources = new Set(keyFigures.map((f) => f.source ?? ''));
  return {
    keyFigures,
    charts,
    asOf: facts?.asOf,
    sourceNote: pick(facts?.sourceNote, language),
    sourceNoteLang: facts?.sourceNote?.[language] ? undefined : defaultLanguage,
    sharedSource: sources.size === 1 ? [...sources][0] || undefined : undefined,
  };
}

const regionFiguresByLanguage = memo(() => new Map<LanguageId, RegionFigures>());

export function regionFigures(data: SiteData, language: LanguageId): RegionFigures {
  const cache = regionFiguresByLanguage(data);
  if (!cache.has(language)) cache.set(language, buildRegionFigures(data.regionFacts, language));
  return cache.get(language)!;
}
