import { describe, expect, it } from 'vitest';
import { barChart, CHART_LAYOUT, formatValue, valueSpaceFor } from '../../site/charts.ts';
import { buildProjectResults, mentions } from '../../site/project-results.ts';
import { buildRegionFigures } from '../../site/region-figures.ts';
import { splitEvents } from '../../site/events.ts';
import { tocTree } from '../../site/toc.ts';
import type { SiteRegionFacts } from '../../site/data.ts';
import { siteEvent } from './site-fixtures.ts';

const de = { locale: 'de-DE', approxPrefix: 'ca.' };

describe('formatValue', () => {
  it('keeps "ca." for approximate values and writes numbers as the language does', () => {
    expect(formatValue(725, { ...de, approximate: true })).toBe('ca. 725');
    expect(formatValue(328000, { ...de, approximate: true })).toBe('ca. 328.000');
    expect(formatValue(328000, { locale: 'en-GB', approxPrefix: 'approx.', approximate: true })).toBe('approx. 328,000');
    expect(formatValue(57, { ...de, unit: '%' })).toBe('57 %');
    expect(formatValue(18, de)).toBe('18');
  });
});

describe('barChart', () => {
  const pupils = [
    { label: '2018', value: 300, approximate: true },
    { label: '2019', value: 770, approximate: true },
    { label: '2023', value: 725, approximate: true },
  ];

  it('scales bars from zero; the largest value fills the plot, room is left for the labels', () => {
    const chart = barChart({ title: 'SchülerInnen', bars: pupils, ...de });
    const plot = 100 - chart.valueSpace;
    expect(chart.zeroX).toBe(0);
    expect(chart.bars.map((b) => b.x)).toEqual([0, 0, 0]);
    expect(chart.bars[1].width).toBe(plot);
    expect(chart.bars[0].width).toBeCloseTo((300 / 770) * plot, 1);
    expect(chart.bars[2].width).toBeCloseTo((725 / 770) * plot, 1);
    for (const bar of chart.bars) expect(bar.valueX).toBeCloseTo(bar.x + bar.width, 5);
  });

  it('labels every bar directly, with "ca." for approximate values, and describes all values', () => {
    const chart = barChart({
      title: 'SchülerInnen: von ca. 300 (2018) auf ca. 725 (2023)',
      bars: [...pupils, { label: '2024', value: 18 }],
      ...de,
    });
    expect(chart.bars.map((b) => b.valueText)).toEqual(['ca. 300', 'ca. 770', 'ca. 725', '18']);
    expect(chart.bars.map((b) => b.label)).toEqual(['2018', '2019', '2023', '2024']);
    expect(chart.description).toBe('2018: ca. 300; 2019: ca. 770; 2023: ca. 725; 2024: 18');
    expect(chart.title).toBe('SchülerInnen: von ca. 300 (2018) auf ca. 725 (2023)');
  });

  it('stacks rows vertically: label above bar, height grows with the bars', () => {
    const chart = barChart({ title: 't', bars: pupils, ...de });
    const { labelHeight, barHeight, rowGap, padding } = CHART_LAYOUT;
    expect(chart.bars.map((b) => b.y)).toEqual([0, 1, 2].map((i) => padding + i * (labelHeight + barHeight + rowGap) + labelHeight));
    expect(chart.height).toBe(padding * 2 + 3 * (labelHeight + barHeight + rowGap) - rowGap);
    for (const bar of chart.bars) expect(bar.labelY).toBeLessThan(bar.y);
  });

  it('keeps room for the longest value label on a narrow phone', () => {
    const { charWidth, valueGap, minWidth, valueSpace, maxValueSpace } = CHART_LAYOUT;
    expect(valueSpaceFor(['7', '18'])).toBe(valueSpace);
    const long = 'approx. 52 years';
    expect(valueSpaceFor(['40 years', long])).toBeCloseTo(((long.length * charWidth + valueGap) / minWidth) * 100, 1);
    expect(valueSpaceFor(['x'.repeat(200)])).toBe(maxValueSpace);
    const chart = barChart({
      title: 't',
      bars: [{ label: '2030', value: 52, approximate: true }],
      unit: 'years',
      locale: 'en-GB',
      approxPrefix: 'approx.',
    });
    const bar = chart.bars[0];
    // The label starts where the bar ends and must fit into what is left of the narrowest chart.
    expect(((100 - bar.valueX) / 100) * minWidth).toBeGreaterThanOrEqual(bar.valueText.length * charWidth + valueGap - 0.5);
  });

  it('extends the scale to domainMax (shares out of 100 %)', () => {
    const chart = barChart({
      title: 't',
      bars: [
        { label: '1990', value: 35 },
        { label: '2025', value: 57 },
      ],
      unit: '%',
      domainMax: 100,
      ...de,
    });
    const plot = 100 - chart.valueSpace;
    expect(chart.bars[1].width).toBeCloseTo(0.57 * plot, 5);
    expect(chart.bars[1].valueText).toBe('57 %');
  });

  it('draws negative values to the left of the zero line, labelled at their end', () => {
    const chart = barChart({
      title: 't',
      bars: [
        { label: 'Geburtendefizit', value: -3800, approximate: true },
        { label: 'Wanderungssaldo', value: 600, approximate: true },
      ],
      ...de,
    });
    const [deficit, migration] = chart.bars;
    expect(chart.zeroX).toBeGreaterThan(0);
    expect(deficit.negative).toBe(true);
    expect(deficit.x + deficit.width).toBeCloseTo(chart.zeroX, 5);
    expect(deficit.valueAnchor).toBe('end');
    expect(deficit.valueX).toBeCloseTo(deficit.x, 5);
    expect(deficit.valueText).toBe('ca. \u22123.800');
    expect(migration.x).toBe(chart.zeroX);
    expect(migration.valueAnchor).toBe('start');
    expect(deficit.width / migration.width).toBeCloseTo(3800 / 600, 1);
  });

  it('keeps tiny values visible and zero empty', () => {
    const chart = barChart({
      title: 't',
      bars: [
        { label: 'a', value: 1 },
        { label: 'b', value: 0 },
        { label: 'c', value: 100000 },
      ],
      ...de,
    });
    expect(chart.bars[0].width).toBe(CHART_LAYOUT.minBar);
    expect(chart.bars[1].width).toBe(0);
  });
});

describe('project results', () => {
  type ProjectResultsInput = Parameters<typeof buildProjectResults>[0];
  const metric = (label: string, value: number, approximate = false) => ({
    _type: 'metric' as const,
    _key: label,
    label,
    value,
    approximate,
  });
  const project: ProjectResultsInput = {
    language: 'de',
    results: [
      {
        _key: 'b',
        _type: 'yearlyResult',
        year: 2019,
        note: 'n2019',
        metrics: [metric('Veranstaltungen', 13), metric('Gymnasien', 10), metric('SchülerInnen', 770, true)],
      },
      {
        _key: 'a',
        _type: 'yearlyResult',
        year: 2018,
        metrics: [metric('Veranstaltungen', 7), metric('Gymnasien', 6), metric('SchülerInnen', 300, true)],
      },
      { _key: 'c', _type: 'yearlyResult', year: 2023, metrics: [metric('Veranstaltungen', 18), metric('SchülerInnen', 725, true)] },
    ],
  };

  it('charts metrics present in every year, with a takeaway title and a table of the same numbers', () => {
    const { charts, rows } = buildProjectResults(project);
    expect(charts.map((c) => c.table.columns[1])).toEqual(['Veranstaltungen', 'SchülerInnen']);
    const pupils = charts[1];
    expect(pupils.chart.title).toBe('SchülerInnen: von ca. 300 (2018) auf ca. 725 (2023)');
    expect(pupils.chart.bars.map((b) => b.label)).toEqual(['2018', '2019', '2023']);
    expect(pupils.table.rows).toEqual([
      { header: '2018', cells: ['ca. 300'] },
      { header: '2019', cells: ['ca. 770'] },
      { header: '2023', cells: ['ca. 725'] },
    ]);
    expect(pupils.table.caption).toBe('SchülerInnen nach Jahren');
    expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2023]);
    expect(rows[2].metrics).toEqual(['18 Veranstaltungen', 'ca. 725 SchülerInnen']);
    expect(rows[1].note).toBe('n2019');
  });

  it("lists only the numbers the year's note does not already name", () => {
    const withNote: ProjectResultsInput = {
      ...project,
      results: [
        {
          _key: 'x',
          _type: 'yearlyResult',
          year: 2021,
          note: '8 Veranstaltungen an 5 Gymnasien, ca. 1.000 TeilnehmerInnen',
          metrics: [
            metric('Veranstaltungen', 8),
            metric('Gymnasien', 5),
            metric('TeilnehmerInnen', 1000, true),
            metric('SchülerInnen', 340, true),
          ],
        },
      ],
    };
    expect(buildProjectResults(withNote).rows[0].metrics).toEqual(['ca. 340 SchülerInnen']);
    expect(mentions('18 Veranstaltungen', '8')).toBe(false);
    expect(mentions('ca. 1.600 Gäste', '1')).toBe(false);
    expect(mentions('ca. 1.600 Gäste', '600')).toBe(false);
    expect(mentions('Über 70 Fallanfragen', '70')).toBe(true);
    expect(mentions(null, '70')).toBe(false);
  });

  it('draws no chart for fewer than three years', () => {
    const short = { ...project, results: project.results!.slice(0, 2) };
    expect(buildProjectResults(short).charts).toEqual([]);
  });
});

describe('region figures', () => {
  const facts: SiteRegionFacts = {
    _updatedAt: '2024-06-06T00:00:00Z',
    asOf: '2024-06-06',
    sourceNote: { _type: 'localizedText', de: 'Aus dem Handlungskonzept' },
    keyFigures: [
      {
        _key: 'e',
        _type: 'keyFigure',
        key: 'einwohner',
        label: { _type: 'localizedString', de: 'Einwohner', en: 'Inhabitants' },
        value: 328000,
        approximate: true,
        source: 'HK',
      },
      {
        _key: 'd',
        _type: 'keyFigure',
        key: 'alter',
        label: { _type: 'localizedString', de: 'Durchschnittsalter' },
        value: 49,
        unit: 'Jahre',
        year: 2017,
        source: 'HK',
      },
    ],
    series: [
      {
        _key: 's',
        _type: 'dataSeries',
        key: 'anteil',
        title: { _type: 'localizedString', de: 'Mehr Ältere', en: 'More older people' },
        unit: '%',
        points: [
          { _key: '1', _type: 'dataPoint', label: { _type: 'localizedString', de: '1990' }, value: 35 },
          { _key: '2', _type: 'dataPoint', label: { _type: 'localizedString', de: '2025' }, value: 57 },
        ],
        source: 'HK',
      },
      {
        _key: 'v',
        _type: 'dataSeries',
        key: 'vergleich',
        title: { _type: 'localizedString', de: 'Mehr Industrie', en: 'More industry' },
        source: 'HK',
        note: { _type: 'localizedString', de: 'Heute: 2024', en: 'Today: 2024' },
        points: [
          { _key: 'a', _type: 'dataPoint', label: { _type: 'localizedString', de: 'Sachsen heute', en: 'Saxony today' }, value: 78 },
          { _key: 'b', _type: 'dataPoint', label: { _type: 'localizedString', de: 'Erzgebirgskreis heute' }, value: 106 },
        ],
      },
    ],
  };

  it('formats key figures per language, with "ca." and translated units', () => {
    const deFigures = buildRegionFigures(facts, 'de');
    expect(deFigures.keyFigures.map((f) => f.value)).toEqual(['ca. 328.000', '49 Jahre']);
    expect(deFigures.sharedSource).toBe('HK');
    const en = buildRegionFigures(facts, 'en');
    expect(en.keyFigures.map((f) => f.value)).toEqual(['approx. 328,000', '49 years']);
    expect(en.keyFigures[1].label).toBe('Durchschnittsalter'); // falls back to German
    expect(en.charts[0].chart.title).toBe('More older people');
    expect(en.charts[0].source).toBe('HK');
    expect(en.charts[0].table.rows.map((r) => r.cells[0])).toEqual(['35 %', '57 %']);
    expect(en.charts[0].table.caption).toBe('More older people'); // no key figure with the same key
  });

  it('labels chart points and notes in the page language, German where no translation exists', () => {
    const en = buildRegionFigures(facts, 'en');
    expect(en.charts[0].table.columns[0]).toBe('Year'); // "1990" and "2025" are years in every language
    expect(en.charts[1].chart.bars.map((b) => b.label)).toEqual(['Saxony today', 'Erzgebirgskreis heute']);
    expect(en.charts[1].table.rows.map((r) => r.header)).toEqual(['Saxony today', 'Erzgebirgskreis heute']);
    expect(en.charts[1].note).toBe('Today: 2024');
    expect(buildRegionFigures(facts, 'de').charts[1].note).toBe('Heute: 2024');
    expect([en.sourceNote, en.sourceNoteLang]).toEqual(['Aus dem Handlungskonzept', 'de']);
    expect(buildRegionFigures(facts, 'de').sourceNoteLang).toBeUndefined();
  });
});

describe('events and documents', () => {
  const ev = (id: string, start: string, end: string | null = null) => siteEvent({ _id: id, start, end });

  it('splits events at build time; whole-day events stay upcoming for their day; past ones newest first', () => {
    const events = [ev('a', '2023-12-28'), ev('b', '2024-06-08'), ev('c', '2026-11-25'), ev('d', '2027-01-22')];
    const { upcoming, past } = splitEvents(events, new Date('2026-11-25T10:00:00Z'));
    expect(upcoming.map((e) => e._id)).toEqual(['c', 'd']);
    expect(past.map((e) => e._id)).toEqual(['b', 'a']);
  });

  it('nests h3 headings under their h2 for the table of contents', () => {
    const tree = tocTree([
      { id: 'vorwort', text: 'Vorwort', level: 2 },
      { id: 'a', text: '1. A', level: 2 },
      { id: 'a1', text: '1.1', level: 3 },
      { id: 'a2', text: '1.2', level: 3 },
      { id: 'b', text: '2. B', level: 2 },
    ]);
    expect(tree.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ['vorwort', []],
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });
});
