/**
 * iCalendar (RFC 5545) files for events, framework-free: CRLF line endings, lines folded at
 * 75 octets (never inside a UTF-8 character), TEXT values escaped. A whole-day event (a date
 * without a time, site/event-dates.ts) is written as VALUE=DATE; times of day as UTC instants.
 */
import { addDays, lastDay, zonedInstant, type EventSchedule } from './event-dates.ts';

export { EVENT_TIME_ZONE } from './event-dates.ts';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

export interface CalendarEvent {
  /** Stable across builds and edits: derived from the document id. */
  uid: string;
  /** Last change of the document (→ DTSTAMP). */
  updatedAt: string;
  /** When, in the event's time zone: first day (YYYY-MM-DD), optional last day and times. */
  schedule: EventSchedule & { start: string };
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
}

export interface CalendarOptions {
  /** PRODID, e.g. "-//hERZland//Veranstaltungen//DE". */
  productId: string;
  /** Shown by some calendar apps as the calendar's name. */
  name?: string;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines 74 plus the leading space.
    const limit = chunks.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 2024-06-07T22:00:00.000Z → 20240607T220000Z */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${iso}`);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

function timeLines({ schedule }: CalendarEvent): string[] {
  if (!schedule.startTime) {
    // DTEND of a whole-day event is exclusive: the day after the last day.
    return [`DTSTART;VALUE=DATE:${icsDate(schedule.start)}`, `DTEND;VALUE=DATE:${icsDate(addDays(lastDay(schedule), 1))}`];
  }
  const lines = [`DTSTART:${formatUtc(zonedInstant(schedule.start, schedule.startTime).toISOString())}`];
  if (schedule.endTime) lines.push(`DTEND:${formatUtc(zonedInstant(lastDay(schedule), schedule.endTime).toISOString())}`);
  return lines;
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(event.updatedAt)}`,
    ...timeLines(event),
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // URL is of value type URI: not TEXT-escaped, but it must not contain line breaks.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR with one VEVENT per event; every line folded, CRLF-terminated. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The .ics file next to an event page: /veranstaltungen/x/ → /veranstaltungen/x.ics */
export function icsPath(pagePath: string): string {
  return `${pagePath.replace(/\/+$/, '')}.ics`;
}
