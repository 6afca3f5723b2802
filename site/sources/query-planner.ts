/**
 * A small query planner for groq-js. groq-js evaluates `*` by scanning the whole dataset, which
 * makes per-document queries (such as the Studio's slug-uniqueness rule) quadratic. When a query's
 * only `*` is filtered by a top-level `&&` chain, its equality terms (`_type == $type`,
 * `slug.current == $slug`, …) and membership terms (`_type in $types`, as the Studio's lists send)
 * narrow the candidates through indexes; the filter still runs on the candidates, in dataset
 * order, so the result is the same as a full scan.
 */
import type { ExprNode } from 'groq-js';

type Node = { type: string; [key: string]: unknown };
type Primitive = string | number | boolean;

export interface QueryPlan {
  /** Equality terms usable for lookups: attribute path (e.g. ['slug', 'current']) and value. */
  equalities: { path: string[]; value: Primitive }[];
  /** Membership terms: attribute path and the literal list it must be in (`_type in ["a", "b"]`). */
  memberships: { path: string[]; values: Primitive[] }[];
}

function countEverything(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  const own = (node as Node).type === 'Everything' ? 1 : 0;
  return Object.values(node).reduce<number>((sum, child) => sum + countEverything(child), own);
}

function findFilterOnEverything(node: unknown): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const current = node as Node;
  if (current.type === 'Filter' && (current.base as Node)?.type === 'Everything') return current;
  for (const child of Object.values(current)) {
    const found = findFilterOnEverything(child);
    if (found) return found;
  }
  return undefined;
}

/** `slug.current` → ['slug', 'current']; anything but a plain attribute chain → undefined. */
function attributePath(node: Node): string[] | undefined {
  if (node.type !== 'AccessAttribute') return undefined;
  if (!node.base) return [node.name as string];
  const parent = attributePath(node.base as Node);
  return parent && [...parent, node.name as string];
}

function literal(node: Node, params: Record<string, unknown>): Primitive | undefined {
  const value = node.type === 'Value' ? node.value : node.type === 'Parameter' ? params[node.name as string] : undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** `$types`, `["a", "b"]` or `["a", $b]` as a list of primitives; anything else → undefined. */
function literalList(node: Node, params: Record<string, unknown>): Primitive[] | undefined {
  let values: unknown[] | undefined;
  if (node.type === 'Array') {
    const elements = node.elements as { value: Node; isSplat: boolean }[];
    values = elements.map((element) => (element.isSplat ? undefined : literal(element.value, params)));
  } else {
    const value = node.type === 'Value' ? node.value : node.type === 'Parameter' ? params[node.name as string] : undefined;
    values = Array.isArray(value) ? value : undefined;
  }
  const primitive = (item: unknown) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean';
  return values?.every(primitive) ? (values as Primitive[]) : undefined;
}

function collectTerms(expr: Node, params: Record<string, unknown>, plan: QueryPlan): void {
  if (expr.type === 'And') {
    collectTerms(expr.left as Node, params, plan);
    collectTerms(expr.right as Node, params, plan);
    return;
  }
  if (expr.type !== 'OpCall') return;
  const [left, right] = [expr.left as Node, expr.right as Node];
  if (expr.op === 'in') {
    const path = attributePath(left);
    const values = literalList(right, params);
    if (path && values) plan.memberships.push({ path, values });
    return;
  }
  if (expr.op !== '==') return;
  const path = attributePath(left) ?? attributePath(right);
  const value = attributePath(left) ? literal(right, params) : literal(left, params);
  if (path && value !== undefined) plan.equalities.push({ path, value });
}

export function planQuery(tree: ExprNode, params: Record<string, unknown>): QueryPlan | undefined {
  if (countEverything(tree) !== 1) return undefined;
  const filter = findFilterOnEverything(tree);
  if (!filter) return undefined;
  const plan: QueryPlan = { equalities: [], memberships: [] };
  collectTerms(filter.expr as Node, params, plan);
  return plan.equalities.length || plan.memberships.length ? plan : undefined;
}

/** Lazily built equality indexes over a fixed list of documents. */
export function createIndexes<D extends Record<string, unknown>>(documents: readonly D[]) {
  const indexes = new Map<string, Map<Primitive, D[]>>();
  const valueAt = (doc: D, path: string[]) =>
    path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc);

  function index(path: string[]): Map<Primitive, D[]> {
    const key = path.join('.');
    let byValue = indexes.get(key);
    if (!byValue) {
      byValue = new Map();
      for (const doc of documents) {
        const value = valueAt(doc, path);
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
          const bucket = byValue.get(value);
          if (bucket) bucket.push(doc);
          else byValue.set(value, [doc]);
        }
      }
      indexes.set(key, byValue);
    }
    return byValue;
  }

  /** Documents whose value at `path` is one of `values`, in dataset order. */
  function members(path: string[], values: Primitive[]): readonly D[] {
    const buckets = [...new Set(values)].map((value) => index(path).get(value) ?? []);
    if (buckets.length <= 1) return buckets[0] ?? [];
    const wanted = new Set(buckets.flat());
    return documents.filter((doc) => wanted.has(doc));
  }

  /** The smallest candidate list any term allows (the full filter still runs on it). */
  return function candidates(plan: QueryPlan | undefined): readonly D[] {
    if (!plan) return documents;
    let best: readonly D[] = documents;
    for (const { path, value } of plan.equalities) {
      const found = index(path).get(value) ?? [];
      if (found.length < best.length) best = found;
    }
    for (const { path, values } of plan.memberships) {
      const found = members(path, values);
      if (found.length < best.length) best = found;
    }
    return best;
  };
}
