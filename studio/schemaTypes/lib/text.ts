/**
 * Editorial text checks over a whole document (framework-free): placeholder text and German words
 * typed without umlauts or ß. Used by the document-level rules in `../rules.ts`, so editors see
 * them in the Studio and the build enforces them through the same validation.
 */
import type { Path } from 'sanity';

/** Filler words that must not reach readers unless marked as a placeholder. */
const PLACEHOLDER_WORDS = /\b(lorem|ipsum dolor|todo|tbd|fixme)\b|x{3,}/i;
/** A placeholder marked in plain text: `[Platzhalter: …]` (rich text uses the `placeholder` decorator). */
const MARKED_PLACEHOLDER = /\[Platzhalter:[^\]]*\]/;
/** Umlauts and ß typed as ae/oe/ue/ss in frequent words: fine in ids and slugs, wrong in German text. */
const TRANSLITERATED =
  /\b(fuer|ueber\w*|schueler\w*|koenn\w*|muess\w*|moeglich\w*|groess\w*|strasse|waehrend|natuerlich\w*|spaeter\w*|haeufig\w*|zurueck\w*|buero\w*|gebuehr\w*|pruefung\w*|behoerde\w*|fuehr\w*|taeglich\w*|aerzt\w*|maedchen)\b/i;

/** Keys whose string values are not reader-facing text (ids, URLs, enum values, asset paths). */
const NON_TEXT_KEYS = new Set([
  '_id',
  '_ref',
  '_key',
  '_type',
  '_rev',
  '_createdAt',
  '_updatedAt',
  '_sanityAsset',
  '_weak',
  'href',
  'current',
  'website',
  'url',
  'email',
  'phone',
  'language',
  'kind',
  'topic',
  'category',
  'status',
  'role',
  'framework',
  'key',
  'route',
  'style',
  'listItem',
  'schemaTypes',
]);
/** The English value of a field-level translation (`localizedString.en`) is not German. */
const NON_GERMAN_KEYS = new Set(['en']);
const PLACEHOLDER_DECORATOR = 'placeholder';

export interface TextFinding {
  path: Path;
  kind: 'placeholder' | 'marked-placeholder' | 'spelling';
  match: string;
}

const isNonTextKey = (key: string) => NON_TEXT_KEYS.has(key) || /Url$/.test(key);

/** Every reader-facing string of a document with its path, and whether it is German. */
function* texts(value: unknown, path: Path, german: boolean): Generator<{ path: Path; text: string; german: boolean; marked: boolean }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const itemKey = (item as { _key?: unknown })?._key;
      // Strings directly in arrays are enum values or slugs (audience, previousSlugs), not prose.
      if (item && typeof item === 'object') yield* texts(item, [...path, typeof itemKey === 'string' ? { _key: itemKey } : index], german);
    }
    return;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object._type === 'span' && typeof object.text === 'string') {
      const marks = Array.isArray(object.marks) ? object.marks : [];
      yield { path: [...path, 'text'], text: object.text, german, marked: marks.includes(PLACEHOLDER_DECORATOR) };
      return;
    }
    for (const [childKey, child] of Object.entries(object)) {
      if (isNonTextKey(childKey)) continue;
      yield* texts(child, [...path, childKey], german && !NON_GERMAN_KEYS.has(childKey));
    }
    return;
  }
  if (typeof value === 'string') yield { path, text: value, german, marked: false };
}

/** Findings in a document; spelling only where the text is German (documents without a language are German). */
export function findTextProblems(document: Record<string, unknown>): TextFinding[] {
  const german = document.language === undefined || document.language === 'de';
  const findings: TextFinding[] = [];
  for (const { path, text, german: isGerman, marked } of texts(document, [], german)) {
    if (marked) {
      findings.push({ path, kind: 'marked-placeholder', match: text });
      continue;
    }
    const markedInText = MARKED_PLACEHOLDER.exec(text);
    if (markedInText) findings.push({ path, kind: 'marked-placeholder', match: markedInText[0] });
    const unmarked = text.replace(new RegExp(MARKED_PLACEHOLDER, 'g'), '');
    const filler = PLACEHOLDER_WORDS.exec(unmarked);
    if (filler) findings.push({ path, kind: 'placeholder', match: filler[0] });
    const spelled = isGerman ? TRANSLITERATED.exec(unmarked) : null;
    if (spelled) findings.push({ path, kind: 'spelling', match: spelled[0] });
  }
  return findings;
}
