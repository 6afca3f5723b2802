/** The client the content commands (import, pull) use for a real project; SANITY_API_HOST points it elsewhere (tests, the local lake). */
import { createClient, type SanityClient } from '@sanity/client';
import { DEFAULT_API_VERSION } from '../site/config.ts';

export function projectClient(projectId: string, dataset: string, token: string): SanityClient {
  const apiHost = process.env.SANITY_API_HOST;
  return createClient({
    projectId,
    dataset,
    token,
    apiVersion: DEFAULT_API_VERSION,
    useCdn: false,
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  });
}
