/**
 * Deep links into the live job searches. The site never fetches job data (the BA's REST interface
 * is not a public API); it builds prefilled search URLs and lets the reader go there.
 */
import { fillTemplate } from './template.ts';

/** Kinds of offer in the Bundesagentur für Arbeit's Jobsuche, in the order forms and link lists show them. */
export const OFFER_KINDS = ['job', 'apprenticeship', 'internship'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
/** Each kind's code in the Jobsuche's URL (`angebotsart`). */
export const offerKinds: Readonly<Record<OfferKind, number>> = {
  job: 1,
  apprenticeship: 4, // Ausbildung / duales Studium
  internship: 34, // Praktikum / Trainee
};

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

/** The query parameters of the BA search, for a plain HTML form that submits to it without JavaScript. */
export const BA_QUERY_PARAMS = { kind: 'angebotsart', term: 'was', place: 'wo', radiusKm: 'umkreis' } as const;

/** Pieces of a link text, from the locale (site/i18n: jobs.kinds, termPart, placePart, nowhere, atBa). */
export interface JobSearchWords {
  kinds: Record<OfferKind, string>;
  termPart: string;
  placePart: string;
  nowhere: string;
  atBa: string;
}

/** Where a search looks, e.g. "rund um Stollberg (25 km)", or "in ganz Deutschland" without a place. */
export function describePlace(
  { place, radiusKm }: Pick<JobSearch, 'place' | 'radiusKm'>,
  words: Pick<JobSearchWords, 'placePart' | 'nowhere'>,
): string {
  if (!place?.trim()) return words.nowhere;
  return fillTemplate(words.placePart, { place: place.trim(), km: radiusKm ?? '' }).replace(/ \(\s*km\)/, '');
}

/** A link text that says where the link goes, e.g. "Jobs: „Pflege“ rund um Stollberg (25 km) in der Jobsuche der …". */
export function describeJobSearch(search: JobSearch, words: JobSearchWords): string {
  const what = search.term?.trim() ? `${fillTemplate(words.termPart, { term: search.term.trim() })} ` : '';
  return `${words.kinds[search.kind]}: ${what}${describePlace(search, words)} ${words.atBa}`;
}

/** Towns for ready-made search links: the training-fair towns first, then the rest, each group by name. */
export function townsForJobLinks<T extends { name?: string | null; isFairSite?: boolean | null }>(
  towns: readonly T[],
): (T & { name: string })[] {
  return towns
    .filter((town): town is T & { name: string } => Boolean(town.name))
    .toSorted((a, b) => Number(Boolean(b.isFairSite)) - Number(Boolean(a.isFairSite)) || a.name.localeCompare(b.name, 'de'));
}
