/**
 * Shared validation rules. Every message is German and tells the editor what to
 * do. Rules only use `context.getClient({apiVersion}).fetch(query, params)` so
 * they also run offline against a groq-js-backed fake client.
 */
import type { CustomValidatorResult, RuleDef, SlugIsUniqueValidator, UriValidationOptions, ValidationContext } from 'sanity';

import {
  API_VERSION,
  EMAIL_PATTERN,
  PHONE_PATTERN,
  REVIEW_MAX_AGE_MONTHS,
  SEO_DESCRIPTION_MAX_LENGTH,
  SEO_DESCRIPTION_MIN_LENGTH,
  SEO_TITLE_MAX_LENGTH,
  WEB_SCHEMES,
} from './constants';
import { isAllowedHref } from './lib/href';
import { publishedIdOf } from './lib/ids';
import { SLUG_PATTERN } from './lib/slug';
import { findTextProblems, type TextFinding } from './lib/text';

// Any concrete rule type (StringRule, ArrayRule, …) is a RuleDef of itself.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule<R> = RuleDef<R, any>;

export const messages = {
  imageAlt: 'Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen können (Alternativtext).',
  imageMissing: 'Bitte laden Sie ein Bild hoch oder wählen Sie eines aus der Mediathek.',
  slugMissing: 'Bitte erzeugen Sie einen Slug: Klicken Sie auf „Generieren“, um ihn aus dem Titel bzw. Namen zu bilden.',
  slugFormat:
    'Der Slug darf nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche enthalten, z. B. „rueckkehr-nach-annaberg“. Umlaute bitte umschreiben (ä → ae, ß → ss).',
  slugTaken:
    'Diesen Slug hat bereits ein anderes Dokument dieser Art in derselben Sprache. Bitte ergänzen Sie ihn, z. B. um den Ort oder das Jahr („azubi-tag-annaberg-2025“).',
  slugTakenShared:
    'Diesen Slug hat bereits ein anderes Dokument dieser Art. Bitte ergänzen Sie ihn so, dass er eindeutig ist (z. B. „oberwiesenthal-kurort“).',
  previousSlugFormat:
    'Bitte tragen Sie nur den alten Slug ein (Kleinbuchstaben, Ziffern, Bindestriche), nicht die ganze Adresse, z. B. „alter-titel“.',
  previousSlugDuplicate: 'Jeder frühere Slug darf nur einmal vorkommen. Bitte entfernen Sie doppelte Einträge.',
  previousSlugIsCurrent:
    'Der aktuelle Slug steht auch unter „Frühere Slugs“. Bitte entfernen Sie ihn dort – sonst leitet die Seite auf sich selbst um.',
  seoTitleLength: `Der SEO-Titel sollte höchstens ${SEO_TITLE_MAX_LENGTH} Zeichen haben, sonst kürzen Suchmaschinen ihn ab. Bitte formulieren Sie kürzer.`,
  seoDescriptionShort: `Die Beschreibung sollte mindestens ${SEO_DESCRIPTION_MIN_LENGTH} Zeichen haben. Bitte fassen Sie in ein bis zwei Sätzen zusammen, worum es auf der Seite geht.`,
  seoDescriptionLong: `Die Beschreibung sollte höchstens ${SEO_DESCRIPTION_MAX_LENGTH} Zeichen haben, sonst kürzen Suchmaschinen sie ab. Bitte formulieren Sie kürzer.`,
  lastReviewedMissing: 'Bitte tragen Sie ein, wann die Angaben in diesem Leitfaden zuletzt inhaltlich geprüft wurden.',
  lastReviewedStale: `Die letzte Prüfung liegt mehr als ${REVIEW_MAX_AGE_MONTHS} Monate zurück. Bitte prüfen Sie Fristen, Gebühren, Links und Ansprechstellen und aktualisieren Sie dann das Datum.`,
  lastReviewedFuture: 'Das Prüfdatum liegt in der Zukunft. Bitte tragen Sie das Datum der tatsächlich erfolgten Prüfung ein.',
  endBeforeStart: 'Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit.',
  time: 'Bitte tragen Sie die Uhrzeit als Stunden und Minuten ein, z. B. 09:30 oder 16:00.',
  webAddress: 'Bitte geben Sie eine vollständige Webadresse ein, die mit https:// beginnt, z. B. https://www.erzgebirge.de.',
  phone: 'Bitte tragen Sie nur die Telefonnummer mit Vorwahl ein (Ziffern, Leerzeichen, +, /, -), z. B. 03733 12345-0.',
  email: 'Bitte tragen Sie eine gültige E-Mail-Adresse ein, z. B. info@beispiel.de.',
  duplicateKey: 'Dieser Schlüssel kommt mehrfach vor. Bitte vergeben Sie für jeden Eintrag einen eigenen Schlüssel.',
  imageAltShort:
    'Der Alternativtext ist sehr kurz. Bitte beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist, z. B. „Junge Frau an einer CNC-Fräse in einer Werkhalle“.',
  officialSource:
    'Bitte nennen Sie mindestens eine offizielle Quelle mit vollständiger Webadresse (https://…), z. B. die Seite der zuständigen Behörde oder das Gesetz auf gesetze-im-internet.de.',
  markedPlaceholder: (match: string) =>
    `Hier steht noch ein Platzhalter („${match}“). Bitte ersetzen Sie ihn durch die richtige Angabe, bevor die Website live geht.`,
  placeholderWord: (match: string) =>
    `„${match}“ sieht nach Platzhaltertext aus. Bitte ersetzen Sie ihn durch den richtigen Text oder markieren Sie ihn als Platzhalter.`,
  spelling: (match: string) =>
    `„${match}“ bitte mit Umlaut bzw. ß schreiben (ä, ö, ü, ß), z. B. „für“ statt „fuer“. Nur Slugs und Webadressen bleiben ohne Umlaute.`,
} as const;

/**
 * Codes of our custom results on object-typed fields (slug, image). Sanity's
 * `validateDocument` (environment 'cli') downgrades *every* rule on an object-
 * typed field to a warning (it appends its unknown-fields check with
 * `.warning()`). Offline tools can escalate markers with these codes back to
 * errors; in the Studio they are errors anyway.
 */
export const blockingValidationCodes = {
  slugTaken: 'custom.herzland.slug-taken',
  slugFormat: 'custom.herzland.slug-format',
  imageMissing: 'custom.herzland.image-missing',
  spelling: 'custom.herzland.spelling',
} as const;

export const blockingValidationCodeSet: ReadonlySet<string> = new Set(Object.values(blockingValidationCodes));

/**
 * Placeholder text is a warning while the alliance still fills in legal details; a release build
 * can refuse markers with this code.
 */
export const placeholderValidationCode = 'custom.herzland.placeholder';

/** `rule.required()` with a German, actionable message. */
export function required<R extends AnyRule<R>>(rule: R, message: string): R {
  return rule.required().error(message);
}

// ---------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------

const HREF_EXAMPLES =
  'Erlaubt sind: eine Webadresse mit https:// (z. B. https://www.erzgebirge.de), eine Seite dieser Website, die mit / beginnt (z. B. /ankommen), eine E-Mail-Adresse als mailto:name@beispiel.de oder eine Telefonnummer als tel:+493733123456.';

/** Explains what is wrong with a link target, or returns `undefined` when it is fine. */
export function describeHrefProblem(href: string): string | undefined {
  if (isAllowedHref(href)) return undefined;
  const trimmed = href.trim();
  if (trimmed !== href) {
    return `Bitte entfernen Sie Leerzeichen am Anfang oder Ende des Links. ${HREF_EXAMPLES}`;
  }
  if (/^(javascript|data|vbscript|file):/i.test(href)) {
    return `Dieser Linktyp ist aus Sicherheitsgründen nicht erlaubt. ${HREF_EXAMPLES}`;
  }
  if (href.startsWith('//')) {
    return `Bitte geben Sie die Adresse vollständig mit https:// am Anfang ein. ${HREF_EXAMPLES}`;
  }
  if (/^www\./i.test(href)) {
    return `Bitte ergänzen Sie „https://“ vor der Adresse, also https://${href}.`;
  }
  if (/^[^\s:/]+@[^\s:/]+$/.test(href)) {
    return `Für E-Mail-Links schreiben Sie bitte „mailto:“ davor, also mailto:${href}.`;
  }
  if (/^\+?[0-9][0-9 ()/-]+$/.test(href)) {
    return `Für Telefon-Links schreiben Sie bitte „tel:“ davor und die Nummer ohne Leerzeichen, z. B. tel:+493733123456.`;
  }
  if (/^mailto:/i.test(href)) {
    return 'Die E-Mail-Adresse nach „mailto:“ ist unvollständig. Bitte prüfen Sie sie, z. B. mailto:name@beispiel.de.';
  }
  if (/^tel:/i.test(href)) {
    return 'Die Telefonnummer nach „tel:“ darf nur Ziffern und ein führendes + enthalten, z. B. tel:+493733123456.';
  }
  if (/^[a-z0-9-]+(\/|$)/i.test(href)) {
    return `Seiten dieser Website beginnen mit einem Schrägstrich, also /${href}. ${HREF_EXAMPLES}`;
  }
  return `Dieser Link kann nicht verwendet werden. ${HREF_EXAMPLES}`;
}

/** Validates an optional link target (`href`); combine with `required` where needed. */
export function validHref<R extends AnyRule<R>>(rule: R): R {
  return rule.custom((value: unknown) => {
    if (value === undefined || value === null || value === '') return true;
    if (typeof value !== 'string') return `Bitte geben Sie den Link als Text ein. ${HREF_EXAMPLES}`;
    return describeHrefProblem(value) ?? true;
  });
}

export const hrefHelpText = HREF_EXAMPLES;

/** External web address (`url` fields): only http(s), absolute. */
export function webAddress<R extends AnyRule<R> & { uri: (options: UriValidationOptions) => R }>(rule: R): R {
  return rule.uri({ scheme: WEB_SCHEMES }).error(messages.webAddress);
}

function patternRule<R extends AnyRule<R>>(rule: R, pattern: RegExp, message: string): R {
  return rule.custom((value: unknown) => (typeof value !== 'string' || value === '' || pattern.test(value.trim()) ? true : message));
}

export function phoneNumber<R extends AnyRule<R>>(rule: R): R {
  return patternRule(rule, PHONE_PATTERN, messages.phone);
}

export function emailAddress<R extends AnyRule<R>>(rule: R): R {
  return patternRule(rule, EMAIL_PATTERN, messages.email);
}

// ---------------------------------------------------------------------------
// Slugs
// ---------------------------------------------------------------------------

/**
 * Whether `slug` is free for this document: unique per document type and,
 * where the type is translatable, per language (`/de/stories/x` and
 * `/en/stories/x` may share a slug). The document's own draft, published and
 * release versions are ignored. Only needs `client.fetch(query, params)`.
 */
export async function isSlugUniquePerTypeAndLanguage(
  slug: string,
  context: Pick<ValidationContext, 'document' | 'getClient'>,
): Promise<boolean> {
  const { document } = context;
  if (!document?._id || !document._type) return true;

  const published = publishedIdOf(document._id);
  const language = typeof document.language === 'string' ? document.language : undefined;
  const languageFilter = language === undefined ? '!defined(language)' : 'language == $language';
  const query = `!defined(*[_type == $type && ${languageFilter} && slug.current == $slug && !(_id in [$published, $draft]) && !sanity::versionOf($published)][0]._id)`;
  const params: Record<string, string> = {
    type: document._type,
    slug,
    published,
    draft: `drafts.${published}`,
    ...(language === undefined ? {} : { language }),
  };
  const client = context.getClient({ apiVersion: API_VERSION });
  // `perspective: 'raw'` so drafts of other documents count too; a minimal
  // offline client that only takes (query, params) simply ignores it.
  const isUnique: unknown = await client.fetch(query, params, {
    perspective: 'raw',
    tag: 'herzland.slug-is-unique',
  });
  return isUnique === true;
}

/**
 * For `options.isUnique` of slug fields: turns off Sanity's built-in check
 * (unique per type only, generic message). `slugRules` checks uniqueness per
 * type and language instead, with an actionable German message.
 */
export const uniquenessCheckedBySlugRules: SlugIsUniqueValidator = () => true;

type SlugLike = { current?: unknown } | undefined;

export function slugRules<R extends AnyRule<R>>(rule: R): R[] {
  return [
    required(rule, messages.slugMissing),
    rule.custom(async (value: SlugLike, context: ValidationContext) => {
      const current = value?.current;
      if (typeof current !== 'string' || current === '') return true;
      if (!SLUG_PATTERN.test(current)) {
        return { message: messages.slugFormat, code: blockingValidationCodes.slugFormat };
      }
      if (await isSlugUniquePerTypeAndLanguage(current, context)) return true;
      const message = typeof context.document?.language === 'string' ? messages.slugTaken : messages.slugTakenShared;
      return { message, code: blockingValidationCodes.slugTaken };
    }),
  ];
}

export function previousSlugItemRule<R extends AnyRule<R>>(rule: R): R {
  return rule.custom((value: unknown) => (typeof value !== 'string' || SLUG_PATTERN.test(value) ? true : messages.previousSlugFormat));
}

export function previousSlugsRules<R extends AnyRule<R>>(rule: R): R {
  return rule.custom((value: unknown, context: ValidationContext): CustomValidatorResult => {
    if (!Array.isArray(value)) return true;
    if (new Set(value).size !== value.length) return messages.previousSlugDuplicate;
    const current = (context.document?.slug as SlugLike)?.current;
    return typeof current === 'string' && value.includes(current) ? messages.previousSlugIsCurrent : true;
  });
}

// ---------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------

/** An image counts as present when it has an uploaded asset or (offline dataset) a `_sanityAsset`. */
export function hasImageAsset(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const image = value as { asset?: { _ref?: unknown }; _sanityAsset?: unknown };
  return Boolean(image.asset?._ref) || typeof image._sanityAsset === 'string';
}

/** A required image: the field must exist and actually contain an image, not just a caption. */
export function requiredImage<R extends AnyRule<R>>(rule: R, message: string = messages.imageMissing): R[] {
  return [
    required(rule, message),
    rule.custom((value: unknown) =>
      value === undefined || hasImageAsset(value) ? true : { message, code: blockingValidationCodes.imageMissing },
    ),
  ];
}

// ---------------------------------------------------------------------------
// SEO
// ---------------------------------------------------------------------------

export function seoTitleRule<R extends AnyRule<R> & { max: (length: number) => R }>(rule: R): R {
  return rule.max(SEO_TITLE_MAX_LENGTH).warning(messages.seoTitleLength);
}

export function seoDescriptionRules<R extends AnyRule<R> & { min: (length: number) => R; max: (length: number) => R }>(rule: R): R[] {
  return [
    rule.min(SEO_DESCRIPTION_MIN_LENGTH).warning(messages.seoDescriptionShort),
    rule.max(SEO_DESCRIPTION_MAX_LENGTH).warning(messages.seoDescriptionLong),
  ];
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** Whether an ISO date (`YYYY-MM-DD` or full datetime) lies more than `months` before `now`. */
export function isOlderThanMonths(isoDate: string, months: number, now: Date = new Date()): boolean {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return false;
  const threshold = new Date(now);
  threshold.setMonth(threshold.getMonth() - months);
  return date.getTime() < threshold.getTime();
}

function isInFuture(isoDate: string, now: Date = new Date()): boolean {
  const date = new Date(isoDate);
  return !Number.isNaN(date.getTime()) && date.getTime() > now.getTime();
}

/** welcomeGuide.lastReviewed: required; warning when older than REVIEW_MAX_AGE_MONTHS. */
export function lastReviewedRules<R extends AnyRule<R>>(rule: R): R[] {
  return [
    required(rule, messages.lastReviewedMissing),
    rule
      .custom((value: unknown) => {
        if (typeof value !== 'string') return true;
        if (isInFuture(value)) return messages.lastReviewedFuture;
        return isOlderThanMonths(value, REVIEW_MAX_AGE_MONTHS) ? messages.lastReviewedStale : true;
      })
      .warning(),
  ];
}

/** An end date/time must not lie before the sibling field `startField`. */
export function notBeforeSibling<R extends AnyRule<R>>(rule: R, startField: string): R {
  return rule.custom((value: unknown, context: ValidationContext) => {
    const start = (context.parent as Record<string, unknown> | undefined)?.[startField];
    if (typeof value !== 'string' || typeof start !== 'string') return true;
    return new Date(value).getTime() < new Date(start).getTime() ? messages.endBeforeStart : true;
  });
}

// ---------------------------------------------------------------------------
// Arrays
// ---------------------------------------------------------------------------

/** Items of an array must have distinct values in `field` (e.g. `key` of key figures). */
export function uniqueItemField<R extends AnyRule<R>>(rule: R, field: string): R {
  return rule.custom((value: unknown): CustomValidatorResult => {
    if (!Array.isArray(value)) return true;
    const seen = new Set<unknown>();
    for (const item of value as Array<Record<string, unknown> & { _key?: string }>) {
      const key = item?.[field];
      if (key === undefined || key === null || key === '') continue;
      if (seen.has(key)) {
        return { message: messages.duplicateKey, path: item._key ? [{ _key: item._key }, field] : [] };
      }
      seen.add(key);
    }
    return true;
  });
}

// ---------------------------------------------------------------------------
// Images: alt text
// ---------------------------------------------------------------------------

/** Shorter alt texts rarely describe an image ("Foto", "Bild 1"); a warning, logos may be short. */
const ALT_TEXT_MIN_LENGTH = 20;

export function descriptiveAltRule<R extends AnyRule<R>>(rule: R): R {
  return rule
    .custom((value: unknown) =>
      typeof value !== 'string' || value.replace(/^Illustration:\s*/, '').trim().length >= ALT_TEXT_MIN_LENGTH
        ? true
        : messages.imageAltShort,
    )
    .warning();
}

// ---------------------------------------------------------------------------
// Guides: official sources
// ---------------------------------------------------------------------------

/** Guide sources must include at least one external web page (internal links may come on top). */
export function officialSourceRule<R extends AnyRule<R>>(rule: R): R {
  return rule.custom((value: unknown) => {
    if (!Array.isArray(value) || value.length === 0) return true; // the required rule speaks then
    const external = value.some((item) => /^https:\/\/[^/\s]+\.[^/\s]+/.test(String((item as { href?: unknown })?.href ?? '')));
    return external ? true : messages.officialSource;
  });
}

// ---------------------------------------------------------------------------
// Text of a whole document: placeholders, umlauts
// ---------------------------------------------------------------------------

/** Both document rules read the same findings: walk each document version once. */
const findingsByDocument = new WeakMap<object, TextFinding[]>();

function textResults(document: unknown, kinds: TextFinding['kind'][]): CustomValidatorResult {
  if (!document || typeof document !== 'object') return true;
  let findings = findingsByDocument.get(document);
  if (!findings) {
    findings = findTextProblems(document as Record<string, unknown>);
    findingsByDocument.set(document, findings);
  }
  const results = findings
    .filter((finding) => kinds.includes(finding.kind))
    .map(({ path, kind, match }) => ({
      path,
      message:
        kind === 'spelling'
          ? messages.spelling(match)
          : kind === 'marked-placeholder'
            ? messages.markedPlaceholder(match)
            : messages.placeholderWord(match),
      code: kind === 'spelling' ? blockingValidationCodes.spelling : placeholderValidationCode,
    }));
  return results.length ? results : true;
}

/** Document-level rules every document type gets (see `withDocumentTextRules` in index.ts). */
export function documentTextRules<R extends AnyRule<R>>(rule: R): R[] {
  return [
    rule.custom((document: unknown) => textResults(document, ['spelling'])).error(),
    rule.custom((document: unknown) => textResults(document, ['placeholder', 'marked-placeholder'])).warning(),
  ];
}
