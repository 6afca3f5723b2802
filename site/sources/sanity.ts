/** The Sanity source: the same queries against a real project through @sanity/client. */
import { createClient, type ClientConfig } from '@sanity/client';
import type { SanityProjectConfig } from '../config.ts';
import type { ContentSource, QueryParams, QueryResult } from './types.ts';

export function sanityClientConfig(project: SanityProjectConfig): ClientConfig {
  const published = project.perspective === 'published';
  return {
    projectId: project.projectId,
    dataset: project.dataset,
    apiVersion: project.apiVersion,
    perspective: project.perspective,
    // Published content comes from the CDN; drafts must bypass it and need the token.
    useCdn: published,
    token: published ? undefined : project.token,
    // A stand-in (the local Content Lake, a test's) takes the place of <projectId>.api.sanity.io.
    ...(project.apiHost ? { apiHost: project.apiHost, useProjectHostname: false } : {}),
  };
}

export function createSanitySource(project: SanityProjectConfig): ContentSource {
  const client = createClient(sanityClientConfig(project));
  return {
    kind: 'sanity',
    fetch<const Query extends string>(query: Query, params: QueryParams = {}) {
      return client.fetch<QueryResult<Query>>(query, params);
    },
  };
}
