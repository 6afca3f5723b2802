/**
 * Deep links into the live job searches. The site never fetches job data (the BA's REST interface
 * is not a public API); it builds prefilled search URLs and lets the reader go there.
 */

/** Kinds of offer in the Bundesagentur für Arbeit's Jobsuche (`angebotsart`). */
export const offerKinds = {
  job: 1,
  apprenticeship: 4, // Ausbildung / duales Studium
  internship: 34, // Praktikum / Trainee
} as const;
export type OfferKind = keyof typeof offerKinds;

export const BA_JOBSEARCH_URL = 'https://www.arbeitsagentur.de/jobsuche/suche';

export interface JobSearch {
  kind: OfferKind;
  /** What: a profession or keyword, e.g. "Mechatroniker". */
  term?: string;
  /** Where: a town or postcode. */
  place?: string;
  radiusKm?: number;
}

export const RADIUS_CHOICES_KM = [10, 25, 50, 100] as const;

export function baJobSearchUrl({ kind, term, place, radiusKm }: JobSearch): string {
  const url = new URL(BA_JOBSEARCH_URL);
  url.searchParams.set('angebotsart', String(offerKinds[kind]));
  if (term?.trim()) url.searchParams.set('was', term.trim());
  if (place?.trim()) {
    url.searchParams.set('wo', place.trim());
    if (radiusKm && radiusKm > 0) url.searchParams.set('umkreis', String(Math.round(radiusKm)));
  }
  return url.toString();
}
