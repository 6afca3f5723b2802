/**
 * Event dates: calendar dates with optional Berlin wall-clock times, the same day in every output
 * whatever the machine's time zone. Fixtures are made here; the last test checks the built site.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, endInstant, endValue, fixedSchedule, startValue, zonedInstant, zonedIso } from '../../site/event-dates.ts';
import { buildCalendar } from '../../site/ics.ts';
import { calendarEventOf, eventDayParts, eventWhen, hasCalendarFile, splitEvents } from '../../site/events.ts';
import { siteEvent } from './site-fixtures.ts';
import { distDir, ensureBuilt } from '../built/built-site.ts';
import { eventOutputs } from './event-outputs.ts';

const event = siteEvent;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('places Berlin wall-clock times with the right offset, also next to daylight-saving changes', () => {
    expect(zonedIso('2024-06-08', '10:00')).toBe('2024-06-08T10:00:00+02:00');
    expect(zonedIso('2023-12-28', '10:00')).toBe('2023-12-28T10:00:00+01:00');
    expect(zonedInstant('2025-03-30', '01:30').toISOString()).toBe('2025-03-30T00:30:00.000Z');
    expect(zonedInstant('2025-03-30', '03:30').toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(zonedInstant('2025-10-26', '12:00').toISOString()).toBe('2025-10-26T11:00:00.000Z');
  });
});

describe('one day in every output, in any time zone', () => {
  for (const tz of ['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'UTC']) {
    it(`whole-day event in TZ=${tz}`, () => {
      process.env.TZ = tz;
      const e = event({ start: '2024-06-08' });
      expect(eventWhen(e, 'de')).toEqual({ text: 'Samstag, 8. Juni 2024', datetime: '2024-06-08', tbd: false });
      expect(eventWhen(e, 'en').text).toBe('Saturday, 8 June 2024');
      expect(eventDayParts(e, 'de')).toEqual({ day: 8, month: 'Jun', year: 2024 });
      expect(startValue(fixedSchedule(e)!)).toBe('2024-06-08');
      expect(endValue(fixedSchedule(e)!)).toBeUndefined();
      const ics = unfold(buildCalendar([calendarEventOf(e, 'de', 'https://example.org/e/')], { productId: 'x' }));
      expect(ics).toContain('DTSTART;VALUE=DATE:20240608\r\n');
      expect(ics).toContain('DTEND;VALUE=DATE:20240609\r\n');
    });
  }

  it('timed and multi-day events', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const timed = event({ start: '2025-11-14', startTime: '18:00', endTime: '21:30' });
    expect(eventWhen(timed, 'de')).toEqual({
      text: 'Freitag, 14. November 2025, 18:00–21:30 Uhr',
      datetime: '2025-11-14T18:00:00+01:00',
      tbd: false,
    });
    expect(endValue(fixedSchedule(timed)!)).toBe('2025-11-14T21:30:00+01:00');
    const ics = unfold(buildCalendar([calendarEventOf(timed, 'de', 'https://example.org/e/')], { productId: 'x' }));
    expect(ics).toContain('DTSTART:20251114T170000Z\r\n');
    expect(ics).toContain('DTEND:20251114T203000Z\r\n');
    const days = event({ start: '2025-10-25', end: '2025-10-26' });
    expect(eventWhen(days, 'de').text).toMatch(/^Samstag, 25\.\s–\sSonntag, 26\. Oktober 2025$/);
    expect(endValue(fixedSchedule(days)!)).toBe('2025-10-26');
    expect(unfold(buildCalendar([calendarEventOf(days, 'de', 'https://example.org/e/')], { productId: 'x' }))).toContain(
      'DTEND;VALUE=DATE:20251027\r\n',
    );
  });

  it('an example event shows no date anywhere', () => {
    const example = event({ start: '2027-09-04', isExample: true });
    expect(eventWhen(example, 'de')).toEqual({ text: 'Termin wird noch bekannt gegeben', tbd: true });
    expect(eventDayParts(example, 'de')).toBeUndefined();
    expect(hasCalendarFile(example)).toBe(false);
    expect(fixedSchedule(example)).toBeUndefined();
  });
});

describe('upcoming until the event is over', () => {
  it('a whole-day event stays upcoming until midnight after its last day (Berlin)', () => {
    const e = event({ start: '2026-11-25' });
    expect(endInstant(fixedSchedule(e)!).toISOString()).toBe('2026-11-25T23:00:00.000Z');
    expect(splitEvents([e], new Date('2026-11-25T22:59:00Z')).upcoming).toHaveLength(1);
    expect(splitEvents([e], new Date('2026-11-25T23:00:00Z')).past).toHaveLength(1);
  });

  it('a timed event is past after its end time', () => {
    const e = event({ start: '2026-11-25', startTime: '09:00', endTime: '12:00' });
    expect(splitEvents([e], new Date('2026-11-25T10:59:00Z')).upcoming).toHaveLength(1);
    expect(splitEvents([e], new Date('2026-11-25T11:00:00Z')).past).toHaveLength(1);
  });
});

describe('the built site', () => {
  beforeAll(ensureBuilt, 300_000);

  it('gives every event the same date on its page, in its .ics, its JSON-LD and its search metadata', () => {
    const outputs = eventOutputs(distDir);
    expect(outputs.length).toBeGreaterThan(0);
    for (const o of outputs) {
      if (o.isExample) {
        expect([o.ics, o.jsonLd, o.search], o.path).toEqual([undefined, undefined, undefined]);
        continue;
      }
      expect(o.page, o.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([o.ics, o.jsonLd?.slice(0, 10), o.search], o.path).toEqual([o.page, o.page, o.page]);
      // A date-time in JSON-LD always carries its offset, never a bare UTC instant.
      expect(o.jsonLd, o.path).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
      if (o.location) expect(['Place', 'VirtualLocation']).toContain(o.location['@type']);
      if (o.location?.['@type'] === 'Place') expect(o.location.name, o.path).toBeTruthy();
    }
  });
});
