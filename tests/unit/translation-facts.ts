/** The mechanically checkable facts of a dataset document (see translation-facts.test.ts). */

/** Fields that are not text: ids, keys (also as marks), references, slugs, asset markers, timestamps. */
const SKIP = new Set([
  '_id',
  '_key',
  '_ref',
  '_type',
  '_createdAt',
  '_updatedAt',
  '_sanityAsset',
  'slug',
  'language',
  'previousSlugs',
  'marks',
]);

function strings(value: unknown, out: string[] = []): string[] {
  // Placeholders are notes to the editors, not facts for readers (see PlaceholderText.astro).
  if (typeof value === 'string') {
    if (!value.startsWith('[Platzhalter')) out.push(value);
  } else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!SKIP.has(key)) strings(item, out);
  }
  return out;
}

export interface Facts {
  numbers: Set<string>;
  sites: Set<string>;
}

export function extractFacts(doc: Record<string, unknown>): Facts {
  const numbers = new Set<string>();
  const sites = new Set<string>();
  for (const text of strings(doc)) {
    const urls = text.match(/https?:\/\/[^\s"')]+/g) ?? [];
    for (const url of urls) sites.add(new URL(url).hostname);
    // Numbers of the prose only (a URL's path and query are compared by site above); thousands
    // separators go, a decimal mark splits (1,5 and 1.5 both give 1 and 5).
    // A numeric date (06.06.2024) counts by day and year: translations may name the month.
    const prose = urls.reduce((rest, url) => rest.replace(url, ' '), text).replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, '$1 $3');
    for (const match of prose.matchAll(/\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*/g)) numbers.add(String(Number(match[0].replace(/\D/g, ''))));
  }
  return { numbers, sites };
}
