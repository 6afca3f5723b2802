/**
 * Events as the pages show them: upcoming and past (relative to the build's today), when and where
 * in words, and the calendar file of each event with a fixed date. Framework-free.
 */
import { BUILD_TIME } from './today.ts';
import { locale, type LanguageId } from './i18n/index.ts';
import type { CalendarEvent } from './ics.ts';
import { dateAsUtcNoon, EVENT_TIME_ZONE, endInstant, fixedSchedule, lastDay, parseDate, startValue, zonedInstant } from './event-dates.ts';
import { dateTimeFormat } from './format.ts';
import { perData } from './memo.ts';
import { byLanguage } from './translated.ts';
import type { SiteData, SiteEvent } from './data.ts';

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

const timelines = perData((data) => {
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
