/** One interface, two sources: the embedded dataset (groq-js) or a Sanity project (@sanity/client). */
import '../sanity.types.ts';

export type QueryParams = Record<string, unknown>;

/**
 * The result type of a query, from TypeGen's query map (`SanityQueries` in sanity.types.ts, keyed by
 * the query text of every defineQuery() in site/): a query and its result type never drift apart.
 * A query TypeGen has not seen (validation's ad-hoc queries) gives `unknown`.
 */
export type QueryResult<Query extends string> = Query extends keyof SanityQueries ? SanityQueries[Query] : unknown;

export interface ContentSource {
  readonly kind: 'embedded' | 'sanity';
  fetch<const Query extends string>(query: Query, params?: QueryParams): Promise<QueryResult<Query>>;
}
