/**
 * "Today" for the whole build, from one place. Everything dated (upcoming vs. past events, the home
 * page's next dates, fallbacks for missing timestamps) asks this module, never `new Date()`.
 * HERZLAND_TODAY (an ISO date `2027-12-24` or instant `2027-12-24T10:00:00Z`) pins it for tests and
 * previews; unset, it is the moment the build starts.
 */
function readNow(): Date {
  const pinned = process.env.HERZLAND_TODAY?.trim();
  if (!pinned) return new Date();
  const parsed = new Date(pinned);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`HERZLAND_TODAY="${pinned}" is not a date; use e.g. 2027-12-24 or 2027-12-24T10:00:00Z`);
  }
  return parsed;
}

/** The build's "now", fixed once per process so every page agrees. */
export const BUILD_TIME: Date = readNow();
