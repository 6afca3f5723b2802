import { describe, expect, it } from 'vitest';
import { readConfig, DEFAULT_API_VERSION } from '../../site/config.ts';

describe('readConfig', () => {
  it('uses the embedded dataset when no Sanity project is configured', () => {
    const config = readConfig({}, '/repo');
    expect(config.sanity).toBeUndefined();
    expect(config.contentDir).toBe('/repo/content');
    expect(config.matomo).toBeUndefined();
  });

  it('reads a Sanity project from the environment, published perspective without token', () => {
    const config = readConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'secret' }, '/repo');
    expect(config.sanity).toEqual({
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: DEFAULT_API_VERSION,
      perspective: 'published',
      token: undefined,
    });
  });

  it('passes the token only for the drafts perspective, and requires it there', () => {
    const drafts = readConfig({
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'staging',
      SANITY_PERSPECTIVE: 'drafts',
      SANITY_API_READ_TOKEN: 't0k',
    });
    expect(drafts.sanity).toMatchObject({ dataset: 'staging', perspective: 'drafts', token: 't0k' });
    expect(() => readConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_PERSPECTIVE: 'drafts' })).toThrow(/SANITY_API_READ_TOKEN/);
  });

  it('reads a stand-in for the API (SANITY_API_HOST) as an origin, and rejects anything else', () => {
    expect(readConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: 'http://localhost:3334/' }).sanity?.apiHost).toBe(
      'http://localhost:3334',
    );
    expect(() => readConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: 'localhost:3334' })).toThrow(/not an http\(s\) origin/);
    expect(() => readConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: 'http://localhost:3334/v1' })).toThrow(
      /not an http\(s\) origin/,
    );
  });

  it('rejects an invalid project id with a clear message', () => {
    expect(() => readConfig({ SANITY_PROJECT_ID: 'Not Valid!' })).toThrow(/not a valid Sanity project id/);
  });

  it('configures Matomo only when both URL and site id are set', () => {
    expect(readConfig({ MATOMO_URL: 'https://stats.example.org' }).matomo).toBeUndefined();
    expect(readConfig({ MATOMO_URL: 'https://stats.example.org', MATOMO_SITE_ID: '3' }).matomo).toEqual({
      url: 'https://stats.example.org/',
      siteId: '3',
    });
  });

  it('normalises the site URL', () => {
    expect(readConfig({ SITE_URL: 'https://example.org///' }).siteUrl).toBe('https://example.org');
  });
});
