/**
 * Complete site documents for tests of code, typed as the queries return them: neutral values
 * (null where the query gives null), and each test sets the fields it checks.
 */
import type { SiteEvent } from '../../site/data.ts';

type Town = NonNullable<NonNullable<SiteEvent['place']>['town']>;
type Organiser = NonNullable<SiteEvent['organisers']>[number];

export const siteEvent = (fields: Partial<SiteEvent> = {}): SiteEvent => ({
  _id: 'event-test-de',
  _type: 'event',
  _updatedAt: '2026-01-01T00:00:00Z',
  title: 'Test',
  slug: 'test',
  language: 'de',
  previousSlugs: null,
  seo: null,
  summary: null,
  start: null,
  end: null,
  startTime: null,
  endTime: null,
  isOnline: false,
  onlineUrl: null,
  registrationUrl: null,
  isExample: false,
  place: null,
  image: null,
  organisers: null,
  body: null,
  ...fields,
});

export const town = (name: string): Town => ({
  _id: `town-${name.toLowerCase()}`,
  name,
  slug: name.toLowerCase(),
  postcode: null,
  isGrosseKreisstadt: null,
  isFairSite: null,
  location: null,
});

export const organiser = (name: string): Organiser => ({
  _id: `member-${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  shortName: null,
  kind: null,
  website: null,
  role: null,
  order: null,
  logo: null,
});
