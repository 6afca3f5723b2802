/**
 * The region: towns, branches and the key figures of the Erzgebirgskreis.
 * Figures come from section 1 of the Handlungskonzept (06.06.2024) and keep its wording
 * ("ca." stays approximate). Town coordinates are the town centres (WGS 84).
 */
import {doc, localized, localizedText, slug, type SanityDoc, type SeedModule} from './helpers.ts'

interface Town {
  slug: string
  name: string
  postcode: string
  lat: number
  lng: number
  grosseKreisstadt: boolean
  fairSite: boolean
}

// Große Kreisstädte of the district: Annaberg-Buchholz, Aue-Bad Schlema, Marienberg,
// Schwarzenberg, Stollberg, Zschopau. Fair sites ("Ausbildungsmessen Erzgebirge an 4 Standorten",
// Handlungskonzept 3.2): Annaberg-Buchholz, Aue-Bad Schlema, Stollberg, Marienberg.
const towns: Town[] = [
  {slug: 'annaberg-buchholz', name: 'Annaberg-Buchholz', postcode: '09456', lat: 50.5797, lng: 13.0025, grosseKreisstadt: true, fairSite: true},
  {slug: 'aue-bad-schlema', name: 'Aue-Bad Schlema', postcode: '08280', lat: 50.5872, lng: 12.7, grosseKreisstadt: true, fairSite: true},
  {slug: 'stollberg', name: 'Stollberg', postcode: '09366', lat: 50.7083, lng: 12.7778, grosseKreisstadt: true, fairSite: true},
  {slug: 'marienberg', name: 'Marienberg', postcode: '09496', lat: 50.6508, lng: 13.1647, grosseKreisstadt: true, fairSite: true},
  {slug: 'schwarzenberg', name: 'Schwarzenberg', postcode: '08340', lat: 50.5453, lng: 12.7792, grosseKreisstadt: true, fairSite: false},
  {slug: 'zschopau', name: 'Zschopau', postcode: '09405', lat: 50.7483, lng: 13.0667, grosseKreisstadt: true, fairSite: false},
  {slug: 'olbernhau', name: 'Olbernhau', postcode: '09526', lat: 50.6592, lng: 13.3406, grosseKreisstadt: false, fairSite: false},
  {slug: 'zwoenitz', name: 'Zwönitz', postcode: '08297', lat: 50.6306, lng: 12.8097, grosseKreisstadt: false, fairSite: false},
  {slug: 'oberwiesenthal', name: 'Oberwiesenthal', postcode: '09484', lat: 50.4197, lng: 12.97, grosseKreisstadt: false, fairSite: false},
  {slug: 'thum', name: 'Thum', postcode: '09419', lat: 50.6714, lng: 12.95, grosseKreisstadt: false, fairSite: false},
  {slug: 'johanngeorgenstadt', name: 'Johanngeorgenstadt', postcode: '08349', lat: 50.4333, lng: 12.7167, grosseKreisstadt: false, fairSite: false},
  {slug: 'loessnitz', name: 'Lößnitz', postcode: '08294', lat: 50.6214, lng: 12.7319, grosseKreisstadt: false, fairSite: false},
  {slug: 'schneeberg', name: 'Schneeberg', postcode: '08289', lat: 50.5944, lng: 12.6417, grosseKreisstadt: false, fairSite: false},
]

export const townId = (s: string) => {
  if (!towns.some((t) => t.slug === s)) throw new Error(`Unknown town: ${s}`)
  return `town-${s}`
}

const branches: Array<[slug: string, de: string, en: string]> = [
  ['verarbeitendes-gewerbe-it', 'Verarbeitendes Gewerbe & IT', 'Manufacturing & IT'],
  ['handwerk', 'Handwerk', 'Skilled trades'],
  ['gesundheit-soziales', 'Gesundheit & Soziales', 'Health & social care'],
  ['bauwesen', 'Bauwesen', 'Construction'],
  ['tourismus', 'Tourismus', 'Tourism'],
  ['logistik-handel', 'Logistik & Handel', 'Logistics & retail'],
  ['landwirtschaft', 'Landwirtschaft', 'Agriculture'],
]

export const branchId = (s: string) => {
  if (!branches.some(([b]) => b === s)) throw new Error(`Unknown branch: ${s}`)
  return `branch-${s}`
}

export const HANDLUNGSKONZEPT_SOURCE =
  'Fachkräfteallianz Erzgebirge: Handlungskonzept zur regionalen Fachkräftesicherung (06.06.2024)'

/** The sources the Handlungskonzept lists under "Quellenangabe", word for word. */
export const HANDLUNGSKONZEPT_SOURCES = [
  'Freistaat Sachsen: Fachkräftestrategie Sachsen 2030',
  'Leitbild „Gute Arbeit für Sachsen“ (2015)',
  'Bundesagentur für Arbeit – RD Sachsen: Perspektive 2025 – Fachkräfte für Sachsen (2011), „BA 2020 bringt weiter“, Schwerpunktheft „Fachkräfte für Deutschland“ (2016)',
  'IAB-Sonderauswertungen, Arbeitsmarktmonitor',
  'Fachkräftemonitoring 2022 der Sächsischen IHKs und HWKs',
  'Netzwerk „FfdE“: Vereinbarung zur Zusammenarbeit (2014)',
  'WFE GmbH: Statistik-Steckbrief Erzgebirgskreis (2020)',
  'Demographiebericht – Wegweiser-Kommune.de / Statistische Ämter der Länder, ZEFIR, eigene Berechnungen, Dienst GmbH',
]

interface Figure {
  key: string
  label: [string, string]
  value: number
  unit?: string
  approximate?: boolean
  year?: number
  comparison?: [string, string]
}

const figures: Figure[] = [
  {
    key: 'einwohner',
    label: ['Einwohnerinnen und Einwohner im Erzgebirgskreis', 'Inhabitants of the Erzgebirgskreis district'],
    value: 328000,
    approximate: true,
    comparison: ['noch immer der bevölkerungsreichste Landkreis Sachsens', 'still the most populous district in Saxony'],
  },
  {
    key: 'bevoelkerungsdichte',
    label: ['Bevölkerungsdichte', 'Population density'],
    value: 179,
    unit: 'EW/km²',
    comparison: [
      'zu großen Teilen Verdichtungsraum mit nahtlosem Übergang zu den Oberzentren Chemnitz und Zwickau',
      'largely a densely populated area, merging into the cities of Chemnitz and Zwickau',
    ],
  },
  {
    key: 'betriebe',
    label: ['Betriebe im Erzgebirgskreis', 'Businesses in the district'],
    value: 14300,
    approximate: true,
    comparison: ['fast 85 % davon sind Klein- und Kleinstunternehmen (0–9 Beschäftigte)', 'almost 85 % of them are small businesses with 0–9 employees'],
  },
  {
    key: 'anteil-kleinstbetriebe',
    label: ['Anteil der Betriebe mit 0–9 Beschäftigten', 'Share of businesses with 0–9 employees'],
    value: 85,
    unit: '%',
    approximate: true,
    comparison: ['laut Handlungskonzept „fast 85 %“', '“almost 85 %” according to the strategy paper'],
  },
  {
    key: 'beschaeftigte-verarbeitendes-gewerbe',
    label: [
      'Anteil der sozialversicherungspflichtig Beschäftigten im Verarbeitenden Gewerbe',
      'Share of employees (subject to social insurance) working in manufacturing',
    ],
    value: 31,
    unit: '%',
    comparison: ['Sachsen: 19 %', 'Saxony: 19 %'],
  },
  {
    key: 'industriedichte',
    label: ['Industriedichte im Erzgebirgskreis', 'Industrial density in the district'],
    value: 106,
    comparison: [
      'seit 2000 von 76 auf 106 gestiegen – die höchste Steigerungsrate in Sachsen (Sachsen im gleichen Zeitraum: von 63 auf 78)',
      'up from 76 to 106 since 2000 – the highest increase in Saxony (Saxony in the same period: from 63 to 78)',
    ],
  },
  {
    key: 'handwerksbetriebe',
    label: ['Handwerksbetriebe im Erzgebirgskreis', 'Craft businesses in the district'],
    value: 6000,
    approximate: true,
    comparison: [
      'mit 27 % die meisten aller Handwerksbetriebe des Kammerbezirks Chemnitz',
      '27 % – the largest share of all craft businesses in the Chemnitz chamber district',
    ],
  },
  {
    key: 'arbeitslosenquote',
    label: ['Arbeitslosenquote (Jahresdurchschnitt)', 'Unemployment rate (annual average)'],
    value: 5,
    unit: '%',
    approximate: true,
    comparison: ['innerhalb von zehn Jahren von ca. 20 % auf ca. 5 % gesunken', 'down from about 20 % to about 5 % within ten years'],
  },
  {
    key: 'arbeitslose-sgb2',
    label: ['Anteil der Arbeitslosen im SGB II', 'Share of unemployed people in basic income support (SGB II)'],
    value: 65,
    unit: '%',
    approximate: true,
    comparison: ['„etwa 65 %“ der erfassten Arbeitslosen', '“about 65 %” of the registered unemployed'],
  },
  {
    key: 'geburtendefizit',
    label: ['Geburtendefizit', 'Birth deficit (births minus deaths)'],
    value: -3800,
    approximate: true,
    year: 2021,
    comparison: ['beeinflusst die Bevölkerungsentwicklung stärker als die Wanderung', 'shapes the population trend more than migration does'],
  },
  {
    key: 'wanderungssaldo',
    label: ['Wanderungssaldo', 'Net migration'],
    value: 600,
    approximate: true,
    year: 2021,
    comparison: ['Zu- und Abwanderung gleichen sich nahezu aus', 'people moving in and out almost balance each other'],
  },
  {
    key: 'anteil-ueber-50',
    label: ['Anteil der Bevölkerung über 50 Jahre', 'Share of the population over 50'],
    value: 57,
    unit: '%',
    year: 2025,
    comparison: ['1990: 35 %', '1990: 35 %'],
  },
  {
    key: 'durchschnittsalter',
    label: ['Durchschnittsalter', 'Average age'],
    value: 49,
    unit: 'Jahre',
    year: 2017,
    comparison: ['1990: 40 Jahre; bis 2030 voraussichtlich um weitere 3 Jahre höher', '1990: 40 years; expected to rise by another 3 years by 2030'],
  },
  {
    key: 'bevoelkerungsrueckgang',
    label: ['Weniger Einwohner als 1990', 'Fewer inhabitants than in 1990'],
    value: 25,
    unit: '%',
    approximate: true,
    year: 2016,
    comparison: ['„fast 25 %“; bis 2030 voraussichtlich weitere 10–15 % weniger', '“almost 25 %”; another 10–15 % fewer expected by 2030'],
  },
]

export const region: SeedModule = () => {
  const docs: SanityDoc[] = []

  for (const t of towns) {
    docs.push(
      doc('town', t.slug, {
        name: t.name,
        slug: slug(t.slug),
        isGrosseKreisstadt: t.grosseKreisstadt,
        isFairSite: t.fairSite,
        postcode: t.postcode,
        location: {_type: 'geopoint', lat: t.lat, lng: t.lng},
      }),
    )
  }

  branches.forEach(([s, de, en], i) => {
    docs.push(doc('branch', s, {title: localized(de, en), slug: slug(s), order: i + 1}))
  })

  docs.push({
    _id: 'regionFacts',
    _type: 'regionFacts',
    asOf: '2024-06-06',
    sourceNote: localizedText(
      `Alle Zahlen stammen aus Abschnitt 1 des Handlungskonzepts zur regionalen Fachkräftesicherung der Fachkräfteallianz Erzgebirge, beschlossen am 06.06.2024. Das Handlungskonzept nennt als Quellen: ${HANDLUNGSKONZEPT_SOURCES.join('; ')}.`,
      `All figures come from section 1 of the action plan for securing skilled workers in the region (Handlungskonzept zur regionalen Fachkräftesicherung) of the Fachkräfteallianz Erzgebirge, adopted on 6 June 2024. The action plan names these sources (titles in German): ${HANDLUNGSKONZEPT_SOURCES.join('; ')}.`,
    ),
    keyFigures: figures.map((f) => ({
      _type: 'keyFigure',
      _key: f.key,
      key: f.key,
      label: localized(...f.label),
      value: f.value,
      ...(f.unit ? {unit: f.unit} : {}),
      approximate: f.approximate ?? false,
      ...(f.year ? {year: f.year} : {}),
      ...(f.comparison ? {comparison: localized(...f.comparison)} : {}),
      source: HANDLUNGSKONZEPT_SOURCE,
    })),
    series: [
      {
        _type: 'dataSeries',
        _key: 'anteil-ueber-50',
        key: 'anteil-ueber-50',
        title: localized(
          'Der Anteil der Menschen über 50 steigt von 35 % (1990) auf 57 % (2025)',
          'The share of people over 50 rises from 35 % (1990) to 57 % (2025)',
        ),
        unit: '%',
        points: [
          {_type: 'dataPoint', _key: '1990', label: localized('1990'), value: 35, approximate: false},
          {_type: 'dataPoint', _key: '2025', label: localized('2025'), value: 57, approximate: false},
        ],
        source: HANDLUNGSKONZEPT_SOURCE,
      },
      {
        _type: 'dataSeries',
        _key: 'durchschnittsalter',
        key: 'durchschnittsalter',
        title: localized(
          'Das Durchschnittsalter stieg von 40 Jahren (1990) auf 49 Jahre (2017) und steigt bis 2030 um weitere 3 Jahre',
          'The average age rose from 40 (1990) to 49 (2017) and will rise by another 3 years by 2030',
        ),
        unit: 'Jahre',
        points: [
          {_type: 'dataPoint', _key: '1990', label: localized('1990'), value: 40, approximate: false},
          {_type: 'dataPoint', _key: '2017', label: localized('2017'), value: 49, approximate: false},
          // Prognose: "wird bis 2030 um weitere 3 Jahre steigen" (49 + 3)
          {_type: 'dataPoint', _key: '2030', label: localized('2030'), value: 52, approximate: true},
        ],
        source: HANDLUNGSKONZEPT_SOURCE,
        note: localized('Wert 2030: Prognose (+3 Jahre gegenüber 2017)', '2030: forecast (3 years more than in 2017)'),
      },
      {
        _type: 'dataSeries',
        _key: 'industriedichte',
        key: 'industriedichte',
        title: localized(
          'Die Industriedichte im Erzgebirgskreis stieg seit 2000 von 76 auf 106 – die höchste Steigerungsrate in Sachsen',
          'Since 2000, industrial density in the Erzgebirgskreis has risen from 76 to 106 – the highest increase in Saxony',
        ),
        // Handlungskonzept 1.1: "seit 2000 von 76 auf 106 … (im gleichen Zeitraum von 63 auf 78)"; no end year given
        points: [
          {_type: 'dataPoint', _key: 'erzgebirgskreis-2000', label: localized('Erzgebirgskreis 2000', 'Erzgebirgskreis 2000'), value: 76, approximate: false},
          {_type: 'dataPoint', _key: 'erzgebirgskreis-heute', label: localized('Erzgebirgskreis heute', 'Erzgebirgskreis today'), value: 106, approximate: false},
          {_type: 'dataPoint', _key: 'sachsen-2000', label: localized('Sachsen 2000', 'Saxony 2000'), value: 63, approximate: false},
          {_type: 'dataPoint', _key: 'sachsen-heute', label: localized('Sachsen heute', 'Saxony today'), value: 78, approximate: false},
        ],
        source: HANDLUNGSKONZEPT_SOURCE,
      },
      {
        _type: 'dataSeries',
        _key: 'beschaeftigte-verarbeitendes-gewerbe',
        key: 'beschaeftigte-verarbeitendes-gewerbe',
        title: localized(
          'Im Erzgebirgskreis arbeiten 31 % aller sozialversicherungspflichtig Beschäftigten im Verarbeitenden Gewerbe – in Sachsen 19 %',
          'In the Erzgebirgskreis, 31 % of all employees subject to social insurance work in manufacturing – in Saxony 19 %',
        ),
        unit: '%',
        points: [
          {_type: 'dataPoint', _key: 'erzgebirgskreis', label: localized('Erzgebirgskreis', 'Erzgebirgskreis'), value: 31, approximate: false},
          {_type: 'dataPoint', _key: 'sachsen', label: localized('Sachsen', 'Saxony'), value: 19, approximate: false},
        ],
        source: HANDLUNGSKONZEPT_SOURCE,
      },
      {
        _type: 'dataSeries',
        _key: 'arbeitslosenquote',
        key: 'arbeitslosenquote',
        title: localized(
          'Die Arbeitslosenquote sank innerhalb der letzten zehn Jahre von ca. 20 % auf derzeit ca. 5 %',
          'Within the last ten years, the unemployment rate fell from about 20 % to about 5 % today',
        ),
        unit: '%',
        // Handlungskonzept 1.2 gives no exact years: "innerhalb der letzten zehn Jahre von ca. 20 % auf derzeit ca. 5 %"
        points: [
          {_type: 'dataPoint', _key: 'vor-zehn-jahren', label: localized('vor zehn Jahren', 'ten years ago'), value: 20, approximate: true},
          {_type: 'dataPoint', _key: 'derzeit', label: localized('derzeit (2024)', 'today (2024)'), value: 5, approximate: true},
        ],
        source: HANDLUNGSKONZEPT_SOURCE,
      },
    ],
  })

  return docs
}
