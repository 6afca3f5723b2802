/** German date formatting for previews (framework-free, no locale data needed). */

/** `2024-03-07` or `2024-03-07T09:30:00Z` → `07.03.2024`. */
export function formatGermanDate(isoDate: unknown): string | undefined {
  if (typeof isoDate !== 'string') return undefined;
  const [year, month, day] = isoDate.slice(0, 'YYYY-MM-DD'.length).split('-');
  return day && month && year ? `${day}.${month}.${year}` : isoDate;
}
