/**
 * Horizontal bar charts as plain data, framework-free: the Astro component BarChart.astro only
 * draws what this module computes. Geometry is in percent of the chart width (x) and pixels (y),
 * so the SVG fills any column and its text keeps its real size on a phone. Bars start at zero;
 * values are labelled directly at the bar ("ca." kept for approximate values), no legend.
 */
import { numberFormat } from './format.ts';

export interface BarDatum {
  label: string;
  value: number;
  approximate?: boolean | null;
}

export interface BarChartInput {
  /** The chart's one-sentence takeaway (its accessible name and visible title). */
  title: string;
  bars: readonly BarDatum[];
  /** Unit appended to every value label, e.g. "%" or "Jahre". */
  unit?: string | null;
  /** BCP 47 locale for the numbers, e.g. "de-DE". */
  locale: string;
  /** Prefix for approximate values, e.g. "ca.". */
  approxPrefix: string;
  /** Extend the scale to at least this value (e.g. 100 for shares in percent). */
  domainMax?: number;
}

export interface BarModel {
  label: string;
  value: number;
  approximate: boolean;
  /** "ca. 725" or "57 %": what the reader sees at the bar. */
  valueText: string;
  /** Left edge and width of the bar in percent of the chart width. */
  x: number;
  width: number;
  /** Top of the bar in px. */
  y: number;
  /** Baseline of the category label above the bar, px. */
  labelY: number;
  /** Where the value label starts (positive) or ends (negative), percent of width. */
  valueX: number;
  valueAnchor: 'start' | 'end';
  negative: boolean;
}

export interface BarChartModel {
  title: string;
  /** Text alternative: every label with its value, for aria-describedby. */
  description: string;
  height: number;
  barHeight: number;
  /** Position of the zero line in percent of the width. */
  zeroX: number;
  /** Width kept free for value labels on each side that has bars, percent. */
  valueSpace: number;
  bars: BarModel[];
}

/** Layout in px (vertical) and percent of the width (horizontal). */
export const CHART_LAYOUT = {
  labelHeight: 20,
  labelBaseline: 15,
  barHeight: 22,
  rowGap: 14,
  padding: 4,
  /** Room kept free beside the bars for their value labels, in percent of the width: at least … */
  valueSpace: 22,
  /** … and at most (the rest is for the bars). */
  maxValueSpace: 60,
  /** The narrowest chart the layout must fit (a 320 px phone minus page and card padding), px. */
  minWidth: 260,
  /** Estimated width of one character of a value label (14 px Inter, bold) and the gap before it, px. */
  charWidth: 8.5,
  valueGap: 6,
  /** The smallest visible bar for a value other than zero, percent. */
  minBar: 0.5,
} as const;

/** A number as the reader's language writes it, with "ca." and the unit: "ca. 1.000", "57 %". */
export function formatValue(
  value: number,
  options: { locale: string; approxPrefix: string; unit?: string | null; approximate?: boolean | null },
): string {
  // A real minus sign (U+2212) for negative values, as typeset text has it.
  const number = numberFormat(options.locale, { maximumFractionDigits: 1 }).format(value).replace(/^-/, '\u2212');
  return [options.approximate ? options.approxPrefix : '', number, options.unit ?? ''].filter(Boolean).join(' ').replace(/\s+/g, ' ');
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Room for the value labels, so that the longest one still fits beside the longest bar on the
 * narrowest chart ("ca. 770" needs less than "approx. 52 years").
 */
export function valueSpaceFor(texts: readonly string[]): number {
  const { charWidth, valueGap, minWidth, valueSpace, maxValueSpace } = CHART_LAYOUT;
  const longest = Math.max(0, ...texts.map((t) => t.length));
  const needed = ((longest * charWidth + valueGap) / minWidth) * 100;
  return round(Math.min(maxValueSpace, Math.max(valueSpace, needed)));
}

export function barChart(input: BarChartInput): BarChartModel {
  const { labelHeight, labelBaseline, barHeight, rowGap, padding, minBar } = CHART_LAYOUT;
  const values = input.bars.map((b) => b.value).filter(Number.isFinite);
  const texts = input.bars.map((bar) =>
    formatValue(bar.value, { locale: input.locale, approxPrefix: input.approxPrefix, unit: input.unit, approximate: bar.approximate }),
  );
  const valueSpace = valueSpaceFor(texts);
  const max = Math.max(0, input.domainMax ?? 0, ...values);
  const min = Math.min(0, ...values);
  const hasNegative = min < 0;
  const hasPositive = max > 0;
  const plotStart = hasNegative ? valueSpace : 0;
  const plotEnd = 100 - (hasPositive ? valueSpace : 0);
  const span = max - min || 1;
  const scale = (v: number) => plotStart + ((v - min) / span) * (plotEnd - plotStart);
  const zeroX = scale(0);
  const rowHeight = labelHeight + barHeight + rowGap;

  const bars = input.bars.map((bar, index): BarModel => {
    const approximate = Boolean(bar.approximate);
    const negative = bar.value < 0;
    const end = scale(bar.value);
    const width = bar.value === 0 ? 0 : Math.max(minBar, Math.abs(end - zeroX));
    const x = negative ? zeroX - width : zeroX;
    const top = padding + index * rowHeight;
    return {
      label: bar.label,
      value: bar.value,
      approximate,
      valueText: texts[index],
      x: round(x),
      width: round(width),
      y: top + labelHeight,
      labelY: top + labelBaseline,
      valueX: round(negative ? x : x + width),
      valueAnchor: negative ? 'end' : 'start',
      negative,
    };
  });

  return {
    title: input.title,
    description: bars.map((b) => `${b.label}: ${b.valueText}`).join('; '),
    height: padding * 2 + bars.length * rowHeight - rowGap,
    barHeight,
    zeroX: round(zeroX),
    valueSpace,
    bars,
  };
}
