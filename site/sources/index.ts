/** Picks the content source for this build: a Sanity project when configured, else `content/`. */
import { siteConfig, type SiteConfig } from '../config.ts';
import { readEmbeddedDataset } from './embedded-dataset.ts';
import { createEmbeddedSource } from './embedded.ts';
import { createSanitySource } from './sanity.ts';
import type { ContentSource } from './types.ts';

export function createSource(config: SiteConfig): ContentSource {
  if (config.sanity) return createSanitySource(config.sanity);
  return createEmbeddedSource(readEmbeddedDataset(config.contentDir, { drafts: config.preview }));
}

let source: ContentSource | undefined;
export function contentSource(): ContentSource {
  return (source ??= createSource(siteConfig()));
}
export type { ContentSource } from './types.ts';
