/** What a chart with its data table is made of: the chart model, the table and the number format. */
import { label, locale, type LanguageId } from './i18n/index.ts';
import { formatValue, type BarChartModel } from './charts.ts';

export interface TableRow {
  header: string;
  cells: string[];
}
export interface TableModel {
  caption: string;
  columns: string[];
  rows: TableRow[];
}
export interface ChartBlock {
  id: string;
  chart: BarChartModel;
  table: TableModel;
  source?: string | null;
  note?: string;
}

/** Formats a figure for a chart or table: locale, "approx." prefix and unit label. */
export function valueFormat(language: LanguageId) {
  const loc = locale(language);
  return (value: number, approximate?: boolean | null, unit?: string | null) =>
    formatValue(value, {
      locale: loc.dateLocale,
      approxPrefix: loc.alliance.approx,
      unit: unit ? label(language, unit) : null,
      approximate,
    });
}
