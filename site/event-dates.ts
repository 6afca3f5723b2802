/**
 * When an event takes place, as every output writes it (page, .ics, JSON-LD, search). Events are
 * local to the Erzgebirge: a calendar date (YYYY-MM-DD) with optional wall-clock times (HH:mm) in
 * Europe/Berlin. A date without a time is a whole-day event and stays a date everywhere, never an
 * instant, so no output can shift it to another day. Nothing here depends on the machine's time zone.
 */
export const EVENT_TIME_ZONE = 'Europe/Berlin';

export interface EventSchedule {
  /** First day, YYYY-MM-DD. */
  start?: string | null;
  /** Last day (inclusive), YYYY-MM-DD; absent for a one-day event. */
  end?: string | null;
  /** Start time on the first day, HH:mm; absent for a whole-day event. */
  startTime?: string | null;
  /** End time on the last day, HH:mm. */
  endTime?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseDate(date: string): CalendarDate {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of the day `days` after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Noon UTC of a calendar date: formatting it with timeZone 'UTC' gives that date on any machine. */
export function dateAsUtcNoon(date: string): Date {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

// One formatter per zone: creating an Intl.DateTimeFormat costs far more than using it (10k pages).
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of a zone from UTC at an instant, in minutes (Europe/Berlin: 60 in winter, 120 in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const parts = format.formatToParts(instant);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** The instant of a wall-clock time on a date in the event's zone. */
export function zonedInstant(date: string, time: string, timeZone = EVENT_TIME_ZONE): Date {
  const { year, month, day } = parseDate(date);
  const clock = TIME.exec(time);
  if (!clock) throw new Error(`Not a time (HH:mm): ${time}`);
  const asUtc = Date.UTC(year, month - 1, day, Number(clock[1]), Number(clock[2]));
  // Two passes settle the offset also next to a daylight-saving change.
  let instant = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  instant = asUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** ISO 8601 local date-time with the zone's offset: 2024-06-08T10:00:00+02:00. */
export function zonedIso(date: string, time: string, timeZone = EVENT_TIME_ZONE): string {
  const offset = offsetMinutes(zonedInstant(date, time, timeZone), timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/**
 * The event's schedule once its date is fixed; undefined for announced formats (isExample), whose
 * date is not known yet and is shown nowhere (page, lists, .ics, JSON-LD, search).
 */
export function fixedSchedule<E extends EventSchedule & { isExample?: boolean | null }>(event: E): (E & { start: string }) | undefined {
  return event.isExample || !event.start ? undefined : (event as E & { start: string });
}

/** Last day of the event (the start day for one-day events). */
export const lastDay = (event: EventSchedule & { start: string }) => (event.end && event.end > event.start ? event.end : event.start);

/** The start as schema.org and <time datetime> want it: a date, or a date-time with offset. */
export function startValue(event: EventSchedule & { start: string }): string {
  return event.startTime ? zonedIso(event.start, event.startTime) : event.start;
}

/** The end likewise, or undefined when the event has neither a later day nor an end time. */
export function endValue(event: EventSchedule & { start: string }): string | undefined {
  const last = lastDay(event);
  if (event.startTime && event.endTime) return zonedIso(last, event.endTime);
  return last !== event.start ? last : undefined;
}

/** The moment the event is over: its end time, or else the midnight after its last day. */
export function endInstant(event: EventSchedule & { start: string }): Date {
  if (event.startTime && event.endTime) return zonedInstant(lastDay(event), event.endTime);
  return zonedInstant(addDays(lastDay(event), 1), '00:00');
}
