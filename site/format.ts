/** Dates and numbers as readers of each language expect them. */
import { locale, type LanguageId } from './i18n/index.ts';

const TIME_ZONE = 'Europe/Berlin';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A shared Intl.DateTimeFormat: creating one costs far more than formatting with it, and a build
 * formats dates on every page.
 */
export function dateTimeFormat(localeTag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${localeTag}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(localeTag, options)));
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(localeTag: string): Intl.NumberFormat {
  let format = numberFormats.get(localeTag);
  if (!format) numberFormats.set(localeTag, (format = new Intl.NumberFormat(localeTag)));
  return format;
}

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
  return numberFormat(locale(language).dateLocale).format(value);
}

/** Date part (YYYY-MM-DD) for <time datetime>. */
export function isoDate(iso: string | null | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}
