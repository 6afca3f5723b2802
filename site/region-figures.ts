/** The region in figures: key figures and series charts of the regionFacts document, per language. */
import { defaultLanguage, label, locale, localized, type LanguageId } from './i18n/index.ts';
import { barChart } from './charts.ts';
import { perData } from './memo.ts';
import { valueFormat, type ChartBlock } from './chart-blocks.ts';
import type { SiteData } from './data.ts';

export interface KeyFigureView {
  key: string;
  label: string;
  value: string;
  year?: number | null;
  comparison?: string | null;
  source?: string | null;
  sourceUrl?: string | null;
}
export interface RegionFigures {
  keyFigures: KeyFigureView[];
  charts: ChartBlock[];
  asOf?: string | null;
  sharedSource?: string;
  /** The note in the page's language, or in the default language (then `sourceNoteLang`) when untranslated. */
  sourceNote?: string;
  sourceNoteLang?: LanguageId;
}

export function buildRegionFigures(facts: SiteData['regionFacts'], language: LanguageId): RegionFigures {
  const loc = locale(language);
  const format = valueFormat(language);
  const keyFigures = (facts?.keyFigures ?? []).map((f) => ({
    key: f.key,
    label: localized(f.label, language) ?? f.key,
    value: format(f.value, f.approximate, f.unit),
    year: f.year,
    comparison: localized(f.comparison, language),
    source: f.source,
    sourceUrl: f.sourceUrl,
  }));
  const charts = (facts?.series ?? []).map((s): ChartBlock => {
    const title = localized(s.title, language) ?? s.key;
    const points = s.points.map((p) => ({ ...p, label: localized(p.label, language) ?? '' }));
    // A yearly series about a key figure (same key) is named like it in its table; a comparison
    // (labels such as "Sachsen heute") keeps its own title and neutral column headings.
    const yearly = points.every((p) => /^\d{4}$/.test(p.label));
    const name = yearly ? keyFigures.find((f) => f.key === s.key)?.label : undefined;
    const text = (p: (typeof points)[number]) => format(p.value, p.approximate, s.unit);
    return {
      id: `series_${s.key}`,
      chart: barChart({
        title,
        bars: points.map((p) => ({ label: p.label, value: p.value, approximate: p.approximate })),
        unit: s.unit ? label(language, s.unit) : null,
        locale: loc.dateLocale,
        approxPrefix: loc.alliance.approx,
        domainMax: s.unit === '%' ? 100 : undefined,
      }),
      table: {
        caption: name ? loc.alliance.byYear(name) : title,
        columns: [yearly ? loc.ui.year : loc.alliance.figure, name ?? loc.alliance.value],
        rows: points.map((p) => ({ header: p.label, cells: [text(p)] })),
      },
      source: s.source,
      note: localized(s.note, language),
    };
  });
  const sources = new Set(keyFigures.map((f) => f.source ?? ''));
  return {
    keyFigures,
    charts,
    asOf: facts?.asOf,
    sourceNote: localized(facts?.sourceNote, language),
    sourceNoteLang: facts?.sourceNote?.[language] ? undefined : defaultLanguage,
    sharedSource: sources.size === 1 ? [...sources][0] || undefined : undefined,
  };
}

const regionFiguresByLanguage = perData(() => new Map<LanguageId, RegionFigures>());

export function regionFigures(data: SiteData, language: LanguageId): RegionFigures {
  const cache = regionFiguresByLanguage(data);
  if (!cache.has(language)) cache.set(language, buildRegionFigures(data.regionFacts, language));
  return cache.get(language)!;
}
