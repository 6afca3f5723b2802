import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatUtc, icsPath, type CalendarEvent } from '../../site/ics.ts';
import { calendarEventOf, hasCalendarFile } from '../../site/events.ts';
import type { SiteEvent } from '../../site/data.ts';
import { organiser, siteEvent, town } from './site-fixtures.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

const base: CalendarEvent = {
  uid: 'event-makerzstudi-2024-de@www.herzland-erzgebirge.de',
  updatedAt: '2026-11-20T09:15:30Z',
  schedule: { start: '2024-06-08', startTime: '10:00', endTime: '16:30' },
  title: 'MAKERZSTUDI 2024',
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (backslash first)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('Annaberg-Buchholz, Gründer- und Technologiezentrum')).toBe('Annaberg-Buchholz\\, Gründer- und Technologiezentrum');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:kurz')).toBe('SUMMARY:kurz');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('folds at 75 octets with CRLF + space, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(octets(parts[0])).toBe(75);
    for (const part of parts.slice(1)) {
      expect(part.startsWith(' ')).toBe(true);
      expect(octets(part)).toBeLessThanOrEqual(75);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte UTF-8 character', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`; // 8 + 120 octets
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(parts.join('\r\n'))).toBe(line);
    // The first line stops before the character that would cross 75 octets.
    expect(octets(parts[0])).toBe(74);
  });
});

describe('times', () => {
  it('converts instants to UTC basic format', () => {
    expect(formatUtc('2024-06-08T10:00:00+02:00')).toBe('20240608T080000Z');
    expect(formatUtc('2023-12-28T00:00:00+01:00')).toBe('20231227T230000Z');
    expect(() => formatUtc('kein Datum')).toThrow();
  });
});

describe('buildCalendar', () => {
  it('writes a valid VCALENDAR with CRLF line endings and UTC times', () => {
    const ics = buildCalendar(
      [
        {
          ...base,
          description: 'Zeile 1\nZeile 2',
          location: 'Annaberg-Buchholz',
          url: 'https://www.herzland-erzgebirge.de/veranstaltungen/makerzstudi-2024/',
        },
      ],
      { productId: '-//hERZland//Veranstaltungen//DE', name: 'MAKERZSTUDI 2024' },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//hERZland//Veranstaltungen//DE');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:event-makerzstudi-2024-de@www.herzland-erzgebirge.de');
    expect(lines).toContain('DTSTAMP:20261120T091530Z');
    expect(lines).toContain('DTSTART:20240608T080000Z');
    expect(lines).toContain('DTEND:20240608T143000Z');
    expect(lines).toContain('SUMMARY:MAKERZSTUDI 2024');
    expect(lines).toContain('DESCRIPTION:Zeile 1\\nZeile 2');
    expect(lines).toContain('LOCATION:Annaberg-Buchholz');
    expect(lines).toContain('URL:https://www.herzland-erzgebirge.de/veranstaltungen/makerzstudi-2024/');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes whole-day events as VALUE=DATE with an exclusive end', () => {
    const ics = unfold(buildCalendar([{ ...base, schedule: { start: '2023-12-28' } }], { productId: 'x' }));
    expect(ics).toContain('DTSTART;VALUE=DATE:20231228\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20231229\r\n');
    const overYearEnd = unfold(buildCalendar([{ ...base, schedule: { start: '2026-12-31' } }], { productId: 'x' }));
    expect(overYearEnd).toContain('DTEND;VALUE=DATE:20270101\r\n');
  });

  it('omits DTEND for a timed event without end', () => {
    const ics = buildCalendar([{ ...base, schedule: { start: '2024-06-08', startTime: '10:00' } }], { productId: 'x' });
    expect(ics).not.toContain('DTEND');
  });
});

describe('events of the site', () => {
  const event = siteEvent({
    _id: 'event-karriere-jobmesse-2023-de',
    _updatedAt: '2026-11-01T12:00:00Z',
    title: 'Karriere + Jobmesse Erzgebirge 2023',
    slug: 'karriere-jobmesse-2023',
    summary: '30 regionale Unternehmen; 200 Besucher',
    start: '2023-12-28',
    place: { name: 'Gründer- und Technologiezentrum Annaberg-Buchholz', address: null, town: town('Annaberg-Buchholz') },
    organisers: [organiser('Wirtschaftsförderung Erzgebirge GmbH')],
  });

  it('derives a stable UID from the document id and names place, organiser and URL', () => {
    const url = 'https://www.herzland-erzgebirge.de/veranstaltungen/karriere-jobmesse-2023/';
    const entry = calendarEventOf(event, 'de', url);
    expect(entry.uid).toBe('event-karriere-jobmesse-2023-de@www.herzland-erzgebirge.de');
    expect(calendarEventOf({ ...event, title: 'Neuer Titel' }, 'de', url).uid).toBe(entry.uid);
    expect(entry.location).toBe('Gründer- und Technologiezentrum Annaberg-Buchholz');
    expect(entry.description).toContain('Veranstalter: Wirtschaftsförderung Erzgebirge GmbH');
    const ics = unfold(buildCalendar([entry], { productId: 'x' }));
    expect(ics).toContain('SUMMARY:Karriere + Jobmesse Erzgebirge 2023');
    expect(ics).toContain('DESCRIPTION:30 regionale Unternehmen\\; 200 Besucher');
    expect(ics).toContain('DTSTAMP:20261101T120000Z');
  });

  it('offers calendar files only for events with a fixed date', () => {
    expect(hasCalendarFile(event)).toBe(true);
    expect(hasCalendarFile({ ...event, isExample: true })).toBe(false);
  });

  it('puts the .ics file next to the page', () => {
    expect(icsPath('/veranstaltungen/makerzstudi-2024/')).toBe('/veranstaltungen/makerzstudi-2024.ics');
    expect(icsPath('/en/events/welcome-hutzn/')).toBe('/en/events/welcome-hutzn.ics');
  });
});

describe('DTSTAMP fallback', () => {
  it('uses the build time when the document has no _updatedAt (embedded dataset)', async () => {
    const { BUILD_TIME } = await import('../../site/events.ts');
    const entry = calendarEventOf(
      { _id: 'e', _updatedAt: null, title: 't', start: '2024-06-08' } as unknown as SiteEvent,
      'de',
      'https://example.org/e/',
    );
    expect(entry.updatedAt).toBe(BUILD_TIME.toISOString());
  });
});

describe('event place', () => {
  it('names place, address and town once, or "Online"', async () => {
    const { eventPlace } = await import('../../site/events.ts');
    const stollberg = town('Stollberg');
    expect(eventPlace({ isOnline: false, place: { name: null, address: null, town: stollberg } }, 'de')).toBe('Stollberg');
    expect(eventPlace({ isOnline: false, place: { name: 'Bürgerhaus', address: 'Markt 1\n09366 Stollberg', town: stollberg } }, 'de')).toBe(
      'Bürgerhaus, Markt 1, 09366 Stollberg',
    );
    expect(eventPlace({ isOnline: false, place: { name: 'Bürgerhaus', address: null, town: stollberg } }, 'de')).toBe(
      'Bürgerhaus, Stollberg',
    );
    expect(eventPlace({ isOnline: true, place: null }, 'en')).toBe('Online');
    expect(eventPlace({ isOnline: false, place: null }, 'de')).toBe('');
  });
});
