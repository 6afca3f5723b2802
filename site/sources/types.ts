/** One interface, two sources: the embedded dataset (groq-js) or a Sanity project (@sanity/client). */
export type QueryParams = Record<string, unknown>;

export interface ContentSource {
  readonly kind: 'embedded' | 'sanity';
  fetch<Result>(query: string, params?: QueryParams): Promise<Result>;
}
