import {createHash} from 'node:crypto'

/** Short deterministic hash used for Sanity `_key`s (12 hex characters). */
export function shortHash(...parts: Array<string | number>): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12)
}

/** A stable `_key` for an array item: derived from a seed (doc id + path) and an index or name. */
export const key = shortHash
