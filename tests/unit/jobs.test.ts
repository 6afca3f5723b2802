import { describe, expect, it } from 'vitest';
import { baJobSearchUrl } from '../../site/jobs.ts';

describe('baJobSearchUrl', () => {
  it('builds the Bundesagentur deep link with kind, term, place and radius', () => {
    const url = new URL(baJobSearchUrl({ kind: 'apprenticeship', term: 'Mechatroniker/in', place: 'Annaberg-Buchholz', radiusKm: 25 }));
    expect(url.origin + url.pathname).toBe('https://www.arbeitsagentur.de/jobsuche/suche');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      angebotsart: '4',
      was: 'Mechatroniker/in',
      wo: 'Annaberg-Buchholz',
      umkreis: '25',
    });
  });
  it('maps jobs to 1 and internships to 34, and leaves out empty fields', () => {
    expect(baJobSearchUrl({ kind: 'job' })).toBe('https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1');
    expect(baJobSearchUrl({ kind: 'internship', term: '  ', place: 'Aue-Bad Schlema' })).toBe(
      'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=34&wo=Aue-Bad+Schlema',
    );
  });
  it('ignores a radius without a place (the BA search needs both)', () => {
    expect(baJobSearchUrl({ kind: 'job', term: 'Pflege', radiusKm: 50 })).not.toContain('umkreis');
  });
});
