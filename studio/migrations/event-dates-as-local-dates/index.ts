/**
 * Events: `start` and `end` were instants (datetime, UTC), so a whole-day event on 8 June 2024 was
 * stored as 2024-06-07T22:00:00Z and some outputs showed the 7th. Now `start`/`end` are calendar
 * dates (first and last day, Europe/Berlin) and `startTime`/`endTime` optional wall-clock times.
 *
 * Per event: the Berlin date of `start` becomes `start`; a time other than 00:00 becomes
 * `startTime`. `end` at local midnight was the exclusive end of a whole-day event, so its previous
 * day becomes the last day; any other `end` gives the last day and `endTime`. A last day equal to
 * the first is not stored. Documents already in the new shape are left alone (safe to run twice).
 *
 * Run: `npx sanity migration run event-dates-as-local-dates` in studio/ (dry run by default).
 */
import { at, defineMigration, type NodePatch, set, unset } from 'sanity/migrate';

const TIME_ZONE = 'Europe/Berlin';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

interface Local {
  date: string;
  time: string;
}

function berlin(instant: string): Local {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! - 1)).toISOString().slice(0, 10);
}

const MIDNIGHT = '00:00';

export default defineMigration({
  title: 'Veranstaltungen: Datum statt Zeitpunkt (Europe/Berlin), Uhrzeiten getrennt',
  documentTypes: ['event'],
  migrate: {
    document(doc) {
      const start = doc.start;
      if (typeof start !== 'string' || DATE_ONLY.test(start)) return undefined;
      const from = berlin(start);
      const patches: NodePatch[] = [at('start', set(from.date))];
      if (from.time !== MIDNIGHT) patches.push(at('startTime', set(from.time)));
      const end = doc.end;
      if (typeof end === 'string' && !DATE_ONLY.test(end)) {
        const to = berlin(end);
        const wholeDays = from.time === MIDNIGHT && to.time === MIDNIGHT;
        const lastDay = wholeDays ? dayBefore(to.date) : to.date;
        if (!wholeDays) patches.push(at('endTime', set(to.time)));
        patches.push(lastDay > from.date ? at('end', set(lastDay)) : at('end', unset()));
      }
      return patches;
    },
  },
});
