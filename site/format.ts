/** Dates and numbers as readers of each language expect them. */
import { locale, type LanguageId } from './i18n/index.ts';

const TIME_ZONE = 'Europe/Berlin';

/**
 * Shared Intl formatters: creating one costs far more than formatting with it, and a build formats
 * dates and numbers on every page.
 */
function shared<Format, Options>(create: (localeTag: string, options: Options) => Format) {
  const formats = new Map<string, Format>();
  return (localeTag: string, options: Options): Format => {
    const key = `${localeTag}|${JSON.stringify(options)}`;
    let format = formats.get(key);
    if (!format) formats.set(key, (format = create(localeTag, options)));
    return format;
  };
}
export const dateTimeFormat = shared((tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));
export const numberFormat = shared((tag, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(tag, options));

export function formatDate(iso: string | null | undefined, language: LanguageId): string {
  if (!iso) return '';
  return dateTimeFormat(locale(language).dateLocale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined, language: LanguageId): string {
  if (!iso) return '';
  return dateTimeFormat(locale(language).dateLocale, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatNumber(value: number | null | undefined, language: LanguageId): string {
  if (value === null || value === undefined) return '';
  return numberFormat(locale(language).dateLocale, {}).format(value);
}

/** Date part (YYYY-MM-DD) for <time datetime>. */
export function isoDate(iso: string | null | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}

/** A download's size as "840 kB" / "1,2 MB" in the reader's number format. */
export function fileSize(bytes: number | null | undefined, language: LanguageId): string {
  if (!bytes) return '';
  const format = (n: number, unit: string) =>
    `${numberFormat(locale(language).dateLocale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  return bytes >= 1024 * 1024 ? format(bytes / (1024 * 1024), 'MB') : format(Math.max(1, Math.round(bytes / 1024)), 'kB');
}
