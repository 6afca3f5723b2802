/**
 * iCalendar (RFC 5545) files for events, framework-free: CRLF line endings, lines folded at
 * 75 octets (never inside a UTF-8 character), TEXT values escaped, times in UTC. An event that
 * starts at 00:00 local time and has no other time is a whole-day event (VALUE=DATE), because
 * the content gives a date without a time of day.
 */
import { dateTimeFormat } from './format.ts';

export const EVENT_TIME_ZONE = 'Europe/Berlin';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

export interface CalendarEvent {
  /** Stable across builds and edits: derived from the document id. */
  uid: string;
  /** Last change of the document (→ DTSTAMP). */
  updatedAt: string;
  start: string;
  end?: string | null;
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
  timeZone?: string;
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

interface ZonedParts { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** Calendar date and wall-clock time of an instant in a time zone. */
export function zonedParts(iso: string, timeZone = EVENT_TIME_ZONE): ZonedParts {
  const parts = dateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const isMidnight = (p: ZonedParts) => p.hour === 0 && p.minute === 0 && p.second === 0;

/** True when the event has a date but no time of day: starts at local midnight, ends (if at all) at one. */
export function isAllDay(start: string, end?: string | null, timeZone = EVENT_TIME_ZONE): boolean {
  return isMidnight(zonedParts(start, timeZone)) && (!end || isMidnight(zonedParts(end, timeZone)));
}

function localDate(iso: string, timeZone: string, addDays = 0): string {
  const p = zonedParts(iso, timeZone);
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day + addDays));
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

function timeLines(event: CalendarEvent, timeZone: string): string[] {
  if (isAllDay(event.start, event.end, timeZone)) {
    const start = localDate(event.start, timeZone);
    const dayAfterStart = localDate(event.start, timeZone, 1);
    // DTEND of a whole-day event is exclusive: at least the day after the start.
    const end = event.end ? localDate(event.end, timeZone) : dayAfterStart;
    return [`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end > start ? end : dayAfterStart}`];
  }
  const lines = [`DTSTART:${formatUtc(event.start)}`];
  if (event.end) lines.push(`DTEND:${formatUtc(event.end)}`);
  return lines;
}

function eventLines(event: CalendarEvent, timeZone: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(event.updatedAt)}`,
    ...timeLines(event, timeZone),
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
  const timeZone = options.timeZone ?? EVENT_TIME_ZONE;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...events.flatMap((event) => eventLines(event, timeZone)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The .ics file next to an event page: /veranstaltungen/x/ → /veranstaltungen/x.ics */
export function icsPath(pagePath: string): string {
  return `${pagePath.replace(/\/+$/, '')}.ics`;
}
