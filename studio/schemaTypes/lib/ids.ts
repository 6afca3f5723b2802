/** Document id helpers (framework-free). */

const DRAFTS_PREFIX = 'drafts.';
const VERSIONS_PREFIX = 'versions.';

/** `drafts.x` → `x`, `versions.<release>.x` → `x`, `x` → `x`. */
export function publishedIdOf(id: string): string {
  if (id.startsWith(DRAFTS_PREFIX)) return id.slice(DRAFTS_PREFIX.length);
  if (id.startsWith(VERSIONS_PREFIX)) {
    const withoutPrefix = id.slice(VERSIONS_PREFIX.length);
    const releaseSeparator = withoutPrefix.indexOf('.');
    return releaseSeparator === -1 ? withoutPrefix : withoutPrefix.slice(releaseSeparator + 1);
  }
  return id;
}

export function draftIdOf(id: string): string {
  return `${DRAFTS_PREFIX}${publishedIdOf(id)}`;
}
