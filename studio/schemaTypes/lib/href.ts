/**
 * Which link targets editors may enter. Framework-free: the site can reuse
 * `isAllowedHref` before rendering a link.
 *
 * Allowed: `https://…`, `http://…`, `mailto:…`, `tel:…` and internal paths that
 * start with a single `/`. Everything else (`javascript:`, `data:`, protocol-
 * relative `//host`, relative paths, stray whitespace) is rejected.
 */
export const ALLOWED_URL_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** A phone number after `tel:`: digits with an optional leading `+` and common separators. */
const TEL_PATTERN = /^\+?[0-9][0-9 ()/-]*[0-9]$/;
/** A plausible e-mail address after `mailto:` (query string like `?subject=` allowed). */
const MAILTO_PATTERN = /^[^\s@/?]+@[^\s@/?]+\.[^\s@/?]+(\?.*)?$/;
/** Whitespace or control characters anywhere make a link ambiguous. */
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f\\]/;

export function isInternalPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !UNSAFE_CHARACTERS.test(href);
}

export function isAllowedHref(href: unknown): boolean {
  if (typeof href !== 'string' || href.length === 0) return false;
  if (href.startsWith('/')) return isInternalPath(href);

  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const protocol = url.protocol as (typeof ALLOWED_URL_PROTOCOLS)[number];
  if (!ALLOWED_URL_PROTOCOLS.includes(protocol)) return false;

  const rest = href.slice(protocol.length);
  switch (protocol) {
    case 'http:':
    case 'https:':
      return rest.startsWith('//') && url.hostname.length > 0 && !UNSAFE_CHARACTERS.test(href);
    case 'mailto:':
      return MAILTO_PATTERN.test(rest);
    case 'tel:':
      return TEL_PATTERN.test(rest);
  }
}
