/** Result charts and tables of a project, from its results field; computed once per build. */
import { defaultLanguage, label, locale, type LanguageId } from './i18n/index.ts';
import { barChart } from './charts.ts';
import { slugify } from '../studio/schemaTypes/lib/slug.ts';
import { perData } from './memo.ts';
import { valueFormat, type ChartBlock } from './chart-blocks.ts';
import type { SiteProject, SiteData } from './data.ts';

/** Fewest years a metric needs before it is drawn as a chart (fewer read better as a table). */
export const MIN_CHART_YEARS = 3;

export interface ProjectResults {
  charts: ChartBlock[];
  /** Every year with its metrics and note, as in the action plan. */
  rows: { year: number; metrics: string[]; note?: string | null }[];
}

/** Whether a text names a number as written (as a whole number: "6" is not found in "16" or "1.600"). */
export function mentions(text: string | null | undefined, number: string): boolean {
  if (!text) return false;
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![.,]?\\d)`).test(text);
}

/** A project's results as charts and rows; it reads only the language and the results. */
export function buildProjectResults(project: Pick<SiteProject, 'language' | 'results'>): ProjectResults {
  const language = (project.language ?? defaultLanguage) as LanguageId;
  const loc = locale(language);
  const format = valueFormat(language);
  const results = [...(project.results ?? [])].sort((a, b) => a.year - b.year);
  const rows = results.map((r) => ({
    year: r.year,
    // The note is the action plan's own wording; numbers it already names are not repeated.
    metrics: (r.metrics ?? [])
      .filter((m) => !mentions(r.note, format(m.value)))
      .map((m) => `${format(m.value, m.approximate, m.unit)} ${m.label}`),
    note: r.note,
  }));
  // A metric becomes a chart when every year with numbers has it, for enough years.
  const years = results.filter((r) => r.metrics?.length);
  const labels =
    years.length >= MIN_CHART_YEARS
      ? (years[0].metrics ?? []).map((m) => m.label).filter((l) => years.every((r) => r.metrics?.some((m) => m.label === l)))
      : [];
  const charts = labels.map((metricLabel): ChartBlock => {
    const points = years.map((r) => ({ year: r.year, metric: r.metrics!.find((m) => m.label === metricLabel)! }));
    const unit = points[0].metric.unit;
    const text = (p: (typeof points)[number]) => format(p.metric.value, p.metric.approximate, unit);
    const first = points[0];
    const last = points.at(-1)!;
    return {
      id: `chart_${slugify(metricLabel)}`,
      chart: barChart({
        title: loc.alliance.trend(metricLabel, text(first), String(first.year), text(last), String(last.year)),
        bars: points.map((p) => ({ label: String(p.year), value: p.metric.value, approximate: p.metric.approximate })),
        unit: unit ? label(language, unit) : null,
        locale: loc.dateLocale,
        approxPrefix: loc.alliance.approx,
      }),
      table: {
        caption: loc.alliance.byYear(metricLabel),
        columns: [loc.ui.year, metricLabel],
        rows: points.map((p) => ({ header: String(p.year), cells: [text(p)] })),
      },
    };
  });
  return { charts, rows };
}

const projectResultsById = perData((data) => new Map(data.projects.map((p) => [p._id, buildProjectResults(p)])));

export function projectResults(data: SiteData, project: SiteProject): ProjectResults {
  return projectResultsById(data).get(project._id) ?? buildProjectResults(project);
}
