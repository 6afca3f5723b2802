/** An @sanity/client for a running local lake: how scripts and tests talk to it, in one place. */
import { createClient, type ClientPerspective, type SanityClient } from '@sanity/client';
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID } from '../env.ts';

/** The API version the Studio of this sanity release speaks (the lake answers every version alike). */
export const LAKE_API_VERSION = '2025-02-19';

/** A client for the lake at `url` (its own host, no project subdomain); `perspective` as the client's default when left out. */
export function lakeClient(url: string, perspective?: ClientPerspective): SanityClient {
  return createClient({
    projectId: PLACEHOLDER_PROJECT_ID,
    dataset: DEFAULT_DATASET,
    apiHost: url,
    useProjectHostname: false,
    apiVersion: LAKE_API_VERSION,
    useCdn: false,
    ...(perspective ? { perspective } : {}),
  });
}
