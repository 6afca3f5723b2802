/**
 * A minimal mendoza encoder: the `effects` the Studio's preview store and history apply with
 * mendoza's `applyPatch` (the mendoza package only decodes). Top-level fields are set or deleted
 * one by one; anything else is replaced whole, which is valid mendoza and small enough locally.
 */
export type MendozaPatch = unknown[];

const VALUE = 0;
const OBJECT_SET_FIELD_VALUE = 17;
const OBJECT_DELETE_FIELD = 19;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The patch that turns `left` into `right` (null = the document does not exist). */
export function encodePatch(left: unknown, right: unknown): MendozaPatch {
  if (right === null || right === undefined) return [VALUE, null];
  if (!isObject(left) || !isObject(right)) return [VALUE, right];
  const ops: unknown[] = [];
  // ObjectDeleteField addresses a key by its index among the input's sorted keys.
  Object.keys(left)
    .sort()
    .forEach((key, index) => {
      if (!(key in right)) ops.push(OBJECT_DELETE_FIELD, index);
    });
  for (const [key, value] of Object.entries(right)) {
    if (!(key in left) || JSON.stringify(left[key]) !== JSON.stringify(value)) ops.push(OBJECT_SET_FIELD_VALUE, value, key);
  }
  return ops;
}

export function encodeEffects(before: unknown, after: unknown): { apply: MendozaPatch; revert: MendozaPatch } {
  return { apply: encodePatch(before, after), revert: encodePatch(after, before) };
}
