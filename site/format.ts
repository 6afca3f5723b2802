/** Dates and numbers as readers of each language expect them. */
import { locale, type LanguageId } from './i18n/index.ts';

const TIME_ZONE = 'Europe/Berlin';

export function formatDate(iso: string | null | undefined, language: LanguageId): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language).dateLocale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined, language: LanguageId): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language).dateLocale, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatNumber(value: number | null | undefined, language: LanguageId): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale(language).dateLocale).format(value);
}

/** Date part (YYYY-MM-DD) for <time datetime>. */
export function isoDate(iso: string | null | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}
