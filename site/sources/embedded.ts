/** The embedded source: GROQ evaluated by groq-js over the dataset in `content/`. */
import { evaluate, parse, type ExprNode } from 'groq-js';
import type { EmbeddedDataset, DatasetDocument } from './embedded-dataset.ts';
import type { ContentSource, QueryParams, QueryResult } from './types.ts';
import { createIndexes, planQuery } from './query-planner.ts';

export function createEmbeddedSource(dataset: EmbeddedDataset): ContentSource {
  const byId = new Map<string, DatasetDocument>(dataset.documents.map((doc) => [doc._id, doc]));
  const candidates = createIndexes(dataset.documents);
  const parsed = new Map<string, ExprNode>();
  // Without a dereference function groq-js resolves every `->` by scanning the whole dataset.
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;

  return {
    kind: 'embedded',
    async fetch<const Query extends string>(query: Query, params: QueryParams = {}) {
      let tree = parsed.get(query);
      if (!tree) {
        // Parse without params: parse-time params would be baked into the cached tree.
        tree = parse(query);
        parsed.set(query, tree);
      }
      const documents = candidates(planQuery(tree, params));
      const value = await evaluate(tree, { dataset: documents, params, dereference });
      return (await value.get()) as QueryResult<Query>;
    },
  };
}
