/** The helpers around the BA deep link: link texts, the no-JS form's field names, the town order. */
import { describe, expect, it } from 'vitest';
import {
  BA_QUERY_PARAMS,
  baJobSearchUrl,
  describeJobSearch,
  describePlace,
  offerKinds,
  townsForJobLinks,
  type OfferKind,
} from '../../site/jobs.ts';
import { languageIds, locale } from '../../site/i18n/index.ts';

describe('BA_QUERY_PARAMS (names of the no-JS form fields)', () => {
  it('are exactly the parameters baJobSearchUrl writes', () => {
    const url = new URL(baJobSearchUrl({ kind: 'job', term: 'x', place: 'y', radiusKm: 10 }));
    expect([...url.searchParams.keys()].sort()).toEqual(Object.values(BA_QUERY_PARAMS).sort());
  });
});

describe('describeJobSearch', () => {
  const words = locale('de').jobs;
  it('names kind, term, place and radius, and the BA as destination', () => {
    expect(describeJobSearch({ kind: 'internship', term: ' Mechatroniker/in ', place: 'Stollberg', radiusKm: 50 }, words)).toBe(
      'Praktikum & Trainee: „Mechatroniker/in“ rund um Stollberg (50 km) in der Jobsuche der Bundesagentur für Arbeit',
    );
  });
  it('says "in ganz Deutschland" without a place and drops an empty radius', () => {
    expect(describeJobSearch({ kind: 'job' }, words)).toBe('Jobs: in ganz Deutschland in der Jobsuche der Bundesagentur für Arbeit');
    expect(describePlace({ place: 'Thum' }, words)).toBe('rund um Thum');
  });
  it.each(languageIds)('has a label for every kind in %s', (language) => {
    for (const kind of Object.keys(offerKinds) as OfferKind[]) {
      expect(describeJobSearch({ kind, place: 'Zwönitz', radiusKm: 25 }, locale(language).jobs)).toMatch(/Zwönitz \(25 km\)/);
    }
  });
});

describe('townsForJobLinks', () => {
  it('puts the training-fair towns first, each group by name, and skips towns without a name', () => {
    const towns = [
      { name: 'Zwönitz', isFairSite: false },
      { name: 'Stollberg', isFairSite: true },
      { name: null, isFairSite: true },
      { name: 'Annaberg-Buchholz', isFairSite: true },
      { name: 'Aue-Bad Schlema', isFairSite: null },
      { name: 'Ölsnitz', isFairSite: false },
    ];
    expect(townsForJobLinks(towns).map((t) => t.name)).toEqual(['Annaberg-Buchholz', 'Stollberg', 'Aue-Bad Schlema', 'Ölsnitz', 'Zwönitz']);
  });
});
