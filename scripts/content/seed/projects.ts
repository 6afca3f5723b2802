/**
 * The alliance's projects as described in section 3 of the Handlungskonzept (06.06.2024).
 * `results` carry the figures exactly as the Handlungskonzept states them; "ca.", "über",
 * "etwa" and "knapp" become `approximate: true` and the wording is kept in `note`.
 * Status: all projects were running ("bei fortlaufender Projektzeit") when the Handlungskonzept
 * was adopted; the bodies say so.
 */
import {
  link,
  md,
  ref,
  rich,
  seo,
  slug,
  tdoc,
  type Lang,
  type SanityDoc,
  type SeedContext,
  type SeedModule,
} from './helpers.ts'
import {WFE} from './members.ts'
import {actionFieldId} from './strategy.ts'

interface Metric {
  label: string
  value: number
  approximate?: boolean
  unit?: string
}
interface Result {
  year: number
  note?: string
  metrics?: Metric[]
}

function results(rows: Result[]) {
  return rows.map((r) => ({
    _type: 'yearlyResult',
    _key: `y${r.year}`,
    year: r.year,
    ...(r.note ? {note: r.note} : {}),
    ...(r.metrics
      ? {
          metrics: r.metrics.map((m, i) => ({
            _type: 'metric',
            _key: `m${i + 1}`,
            label: m.label,
            value: m.value,
            approximate: m.approximate ?? false,
            ...(m.unit ? {unit: m.unit} : {}),
          })),
        }
      : {}),
  }))
}

interface ProjectVersion {
  title: string
  slug: string
  goal: string
  targetGroup: string
  seo: string
  /** only where the title is longer than 60 characters */
  seoTitle?: string
  body: string
  results?: Result[]
  links?: Array<[string, string]>
}

interface ProjectDef {
  group: string
  actionField: string
  image: string
  de: ProjectVersion
  en?: ProjectVersion
}

const STAND_DE = '*Stand: Handlungskonzept der Fachkräfteallianz Erzgebirge vom 06.06.2024.*'
const STAND_EN = '*As described in the alliance’s Handlungskonzept of 6 June 2024.*'

const karriereDualResultsDe: Result[] = [
  {
    year: 2018,
    note: '7 Veranstaltungen an 6 Gymnasien, ca. 300 SchülerInnen',
    metrics: [
      {label: 'Veranstaltungen', value: 7},
      {label: 'Gymnasien', value: 6},
      {label: 'SchülerInnen', value: 300, approximate: true},
    ],
  },
  {
    year: 2019,
    note: '13 Veranstaltungen an 10 Gymnasien, ca. 770 SchülerInnen; StudienmesseDual ERZ mit ca. 300 BesucherInnen',
    metrics: [
      {label: 'Veranstaltungen', value: 13},
      {label: 'Gymnasien', value: 10},
      {label: 'SchülerInnen', value: 770, approximate: true},
      {label: 'BesucherInnen StudienmesseDual ERZ', value: 300, approximate: true},
    ],
  },
  {
    year: 2020,
    note: '6 Veranstaltungen an 6 Gymnasien, ca. 330 SchülerInnen; StudienmesseERZ – virtuell (Corona-Jahr) mit ca. 120 TeilnehmerInnen',
    metrics: [
      {label: 'Veranstaltungen', value: 6},
      {label: 'Gymnasien', value: 6},
      {label: 'SchülerInnen', value: 330, approximate: true},
      {label: 'TeilnehmerInnen StudienmesseERZ – virtuell', value: 120, approximate: true},
    ],
  },
  {
    year: 2021,
    note: '8 Veranstaltungen an 5 Gymnasien + digital, ca. 340 SchülerInnen; StudienmesseERZ – virtuell (Corona-Jahr) mit ca. 1.000 TeilnehmerInnen',
    metrics: [
      {label: 'Veranstaltungen', value: 8},
      {label: 'Gymnasien', value: 5},
      {label: 'SchülerInnen', value: 340, approximate: true},
      {label: 'TeilnehmerInnen StudienmesseERZ – virtuell', value: 1000, approximate: true},
    ],
  },
  {
    year: 2022,
    note: '13 Veranstaltungen, ca. 560 SchülerInnen; StudienmesseERZ mit ca. 600 BesucherInnen',
    metrics: [
      {label: 'Veranstaltungen', value: 13},
      {label: 'SchülerInnen', value: 560, approximate: true},
      {label: 'BesucherInnen StudienmesseERZ', value: 600, approximate: true},
    ],
  },
  {
    year: 2023,
    note: '18 Veranstaltungen, ca. 725 SchülerInnen; StudienmesseERZ mit ca. 600 BesucherInnen',
    metrics: [
      {label: 'Veranstaltungen', value: 18},
      {label: 'SchülerInnen', value: 725, approximate: true},
      {label: 'BesucherInnen StudienmesseERZ', value: 600, approximate: true},
    ],
  },
]

const karriereDualResultsEn: Result[] = [
  {year: 2018, note: '7 events at 6 grammar schools, about 300 students', metrics: [
    {label: 'Events', value: 7}, {label: 'Grammar schools', value: 6}, {label: 'Students', value: 300, approximate: true}]},
  {year: 2019, note: '13 events at 10 grammar schools, about 770 students; StudienmesseDual ERZ study fair with about 300 visitors', metrics: [
    {label: 'Events', value: 13}, {label: 'Grammar schools', value: 10}, {label: 'Students', value: 770, approximate: true},
    {label: 'Visitors StudienmesseDual ERZ', value: 300, approximate: true}]},
  {year: 2020, note: '6 events at 6 grammar schools, about 330 students; StudienmesseERZ online (COVID year) with about 120 participants', metrics: [
    {label: 'Events', value: 6}, {label: 'Grammar schools', value: 6}, {label: 'Students', value: 330, approximate: true},
    {label: 'Participants StudienmesseERZ online', value: 120, approximate: true}]},
  {year: 2021, note: '8 events at 5 grammar schools + online, about 340 students; StudienmesseERZ online (COVID year) with about 1,000 participants', metrics: [
    {label: 'Events', value: 8}, {label: 'Grammar schools', value: 5}, {label: 'Students', value: 340, approximate: true},
    {label: 'Participants StudienmesseERZ online', value: 1000, approximate: true}]},
  {year: 2022, note: '13 events, about 560 students; StudienmesseERZ with about 600 visitors', metrics: [
    {label: 'Events', value: 13}, {label: 'Students', value: 560, approximate: true},
    {label: 'Visitors StudienmesseERZ', value: 600, approximate: true}]},
  {year: 2023, note: '18 events, about 725 students; StudienmesseERZ with about 600 visitors', metrics: [
    {label: 'Events', value: 18}, {label: 'Students', value: 725, approximate: true},
    {label: 'Visitors StudienmesseERZ', value: 600, approximate: true}]},
]

const projects: ProjectDef[] = [
  {
    group: 'karriere-dual',
    actionField: 'fachkraeftenachwuchs',
    image: 'event-messe',
    de: {
      title: 'Karriere Dual – für Gymnasiasten im Erzgebirge',
      slug: 'karriere-dual',
      goal: 'Steigerung der Bekanntheit und Attraktivität des Wirtschaftsstandortes Erzgebirge und Aufzeigen von Karrierechancen in den mittelständischen Unternehmen auf Basis eines dualen Studiums oder einer dualen Berufsausbildung.',
      targetGroup: 'Gymnasiasten an Gymnasien und Beruflichen Schulzentren (BSZ) und ausbildende Unternehmen im Erzgebirgskreis',
      seo: 'Karriere Dual bringt Gymnasien und Unternehmen im Erzgebirge zusammen – mit Vorträgen, Speeddatings und der MAKERZSTUDI.',
      results: karriereDualResultsDe,
      links: [['MAKERZ – Ausbildung, Studium und Praktika im Erzgebirgskreis', 'https://www.makerz.me']],
      body: md`
        ## Aktueller Stand

        Karriere Dual schafft Begegnungen zwischen ausbildenden Unternehmen und Schülerinnen und Schülern der Gymnasien. Die Wirtschaftsförderung Erzgebirge GmbH arbeitet dabei eng mit der IHK Chemnitz, Regionalkammer Erzgebirge, der Handwerkskammer Chemnitz, der Agentur für Arbeit Annaberg-Buchholz, der Berufsakademie Sachsen sowie den sächsischen Hochschulen und Universitäten zusammen.

        Bewährt haben sich:

        - Vorträge „Wirtschaftsregion Erzgebirge“
        - Vorstellung von dualem Studium und dualer Ausbildung mit externen Dozenten
        - Schüler-Unternehmer-Speeddatings an Schulen
        - Exkursionen in Unternehmen
        - Hilfe bei der Praktikumssuche und Übernahme der Versicherungskosten
        - Mitgestaltung von Berufsorientierungs-Wochen und -Tagen an den Gymnasien
        - die jährliche Studienmesse MAKERZSTUDI, zuletzt am 8. Juni 2024 in Annaberg-Buchholz

        ## Ergebnisse

        Seit dem Projektstart am 01.03.2018 wuchs die Zahl der Veranstaltungen von 7 (2018) auf 18 (2023). 2023 erreichte das Projekt ca. 725 SchülerInnen, die StudienmesseERZ hatte ca. 600 BesucherInnen. Schülerbefragungen zeigen: Das duale Studium ist bei Jugendlichen heute bekannter als noch vor einigen Jahren.

        ## Ausblick

        Die Unternehmen der Region wollen weiter eng mit den Gymnasien zusammenarbeiten. Zu einem Großteil der Gymnasien im Erzgebirge gibt es inzwischen einen guten Kontakt, der verstetigt und ausgebaut werden soll.

        ${STAND_DE}
      `,
    },
    en: {
      title: 'Karriere Dual – careers for grammar school students in the Erzgebirge',
      seoTitle: 'Karriere Dual – careers for grammar school students',
      slug: 'karriere-dual',
      goal: 'Making the Erzgebirge better known and more attractive as a place to work, and showing career opportunities in its medium-sized companies through dual study or dual vocational training.',
      targetGroup: 'Students at grammar schools and vocational school centres, and training companies in the Erzgebirgskreis district',
      seo: 'Karriere Dual connects grammar schools and companies in the Erzgebirge – with talks, speed dating and the MAKERZSTUDI fair.',
      results: karriereDualResultsEn,
      links: [['MAKERZ – apprenticeships, study and internships in the district (German)', 'https://www.makerz.me']],
      body: md`
        ## Current status

        Karriere Dual brings training companies and grammar school students together: talks about the region’s economy, introductions to dual study and dual training, speed dating between students and employers, company visits, help with finding internships (including insurance costs), career orientation days at schools and the annual MAKERZSTUDI study fair – most recently on 8 June 2024 in Annaberg-Buchholz.

        ## Results

        Since the start on 1 March 2018 the number of events grew from 7 (2018) to 18 (2023). In 2023 the project reached about 725 students, and the StudienmesseERZ study fair had about 600 visitors. Student surveys show that dual study is better known among young people today than a few years ago.

        ## Outlook

        Regional companies want to keep working closely with the grammar schools. The good contacts with most grammar schools in the Erzgebirge are to be kept up and extended.

        ${STAND_EN}
      `,
    },
  },
  {
    group: 'makerz',
    actionField: 'fachkraeftenachwuchs',
    image: 'post-ausbildung',
    de: {
      title: 'Jugendplattform MAKERZ',
      slug: 'makerz',
      goal: 'Eine zentrale Plattform für Ausbildungs- und Studienangebote, Ferienjobs und Praktika im Erzgebirgskreis: Die Ausschreibungen und Stellenbörsen der beteiligten Organisationen werden auf makerz.me zusammengeführt und über eine Metasuche filterbar.',
      targetGroup: 'Jugendliche im Erzgebirgskreis auf der Suche nach Ausbildung, Studium, Praktikum oder Ferienjob – und Unternehmen, die Nachwuchs gewinnen wollen',
      seo: 'MAKERZ bündelt Ausbildungsplätze, duale Studienangebote, Praktika und Ferienjobs im Erzgebirgskreis auf makerz.me.',
      results: [
        {year: 2022, note: 'Website-Launch von makerz.me im Sommer 2022'},
        {year: 2023, note: 'Schnittstelle zur Ausbildungsbörse der Agentur für Arbeit im Sommer 2023 eingebunden'},
      ],
      links: [['MAKERZ – Ausbildung, Studium, Praktika und Ferienjobs im Erzgebirgskreis', 'https://www.makerz.me']],
      body: md`
        ## Aktueller Stand

        Die Startseite wird verbessert, neue Filter nach Umkreis, Ausbildungsart und Abschluss kommen hinzu. Eine Befragung der Zielgruppe und Verbesserungen am Logo MAKERZ gehören ebenfalls zum Projekt.

        ## Ergebnisse

        - Start der Website [makerz.me](https://www.makerz.me) im Sommer 2022
        - Schnittstelle zur Ausbildungsbörse der Agentur für Arbeit seit Sommer 2023
        - Die Marke MAKERZ ist bekannter geworden – durch Social Media und Schulprojekte im MAKERZ-Design.

        ## Ausblick

        Schnittstellen zur Handwerkskammer und zur Industrie- und Handelskammer brauchen noch Abstimmung. Eine SEO-Analyse empfiehlt Blogbeiträge rund um Ausbildung, Studium und Praktika und mehr Aktionen zur Beruflichen Orientierung an Schulen.

        ${STAND_DE}
      `,
    },
  },
  {
    group: 'fachkraefteportal-erzgebirge',
    actionField: 'pendler-stellenwechsler-arbeitssuchende',
    image: 'guide-rueckkehr',
    de: {
      title: 'Fachkräfteportal Erzgebirge',
      slug: 'fachkraefteportal-erzgebirge',
      goal: 'Das Portal soll die Abwanderung qualifizierter Arbeitskräfte verringern, die Zuwanderung von Fachkräften fördern und Unternehmen den Zugang zu Fachkräften erleichtern – mit besserer Nutzerführung, mehr Bekanntheit und einer datenschutzfreundlichen Erfolgsmessung.',
      targetGroup: 'Fachkräfte, die im Erzgebirge bleiben, zurückkehren oder zuziehen möchten, und Unternehmen, die Fachkräfte suchen',
      seo: 'Das Fachkräfteportal Erzgebirge: Jobs und Informationen für Fachkräfte, die bleiben, zurückkommen oder neu ins Erzgebirge ziehen.',
      results: [
        {
          year: 2023,
          note: 'Zwischen 01.07.2023 und 31.01.2024 etwa 425.000 Besuche auf dem Portal; im September 2023 Umstellung der Reichweitenmessung auf Matomo',
          metrics: [{label: 'Besuche auf dem Portal (01.07.2023–31.01.2024)', value: 425000, approximate: true}],
        },
        {year: 2024, note: 'Januar 2024: Design- und Funktionskonzept (UX/UI) abgeschlossen; Relaunch für Juni 2024 geplant'},
      ],
      links: [['Fachkräfteportal Erzgebirge', 'https://www.fachkraefte-erzgebirge.de']],
      body: md`
        ## Aktueller Stand

        Die Reichweiten- und Erfolgsmessung wurde auf eine datenschutzfreundliche, technisch robuste Lösung umgestellt, unter anderem mit Matomo. Das Design- und Funktionskonzept ist fertig; die inhaltliche, technische und funktionale Überarbeitung lief, der Relaunch war für Juni 2024 geplant. Die Vermarktung läuft vor allem digital.

        ## Ergebnisse

        - ab Juni 2023: laufende Marketing-Maßnahmen, vor allem in digitalen Werbenetzwerken – zwischen 01.07.2023 und 31.01.2024 etwa 425.000 Besuche auf dem Portal
        - September 2023: neue Reichweitenmessung mit besserem Einwilligungsmanagement und Matomo
        - Januar 2024: Design- und Funktionskonzept (UX/UI) abgeschlossen

        ## Ausblick

        Nach dem Relaunch sollte eine Marketing-Kampagne (geplant Ende Juli / Anfang August 2024) die Neuerungen bekannt machen. Langfristig soll das Portal über die Projektzeit hinaus gepflegt und an die Bedürfnisse der Nutzer angepasst werden.

        ${STAND_DE}
      `,
    },
  },
  {
    group: 'karriere-jobmesse-erzgebirge',
    actionField: 'pendler-stellenwechsler-arbeitssuchende',
    image: 'event-jobmesse-winter',
    de: {
      title: 'Karriere + Jobmesse Erzgebirge',
      slug: 'karriere-jobmesse-erzgebirge',
      goal: 'Die regionale Jobmesse für Erzgebirger mit Rückkehrwunsch und Menschen mit Interesse für die Region – jährlich zwischen Weihnachten und Neujahr, wenn viele in Ruhe einen beruflichen Neuanfang planen. Früher hieß das Format „Pendleraktionstag“.',
      targetGroup: 'Rückkehrer, Pendler, daheimgebliebene Fachkräfte, Studierende und alle Interessierten der Region Erzgebirge',
      seo: 'Die Karriere + Jobmesse Erzgebirge zwischen Weihnachten und Neujahr: regionale Arbeitgeber treffen Rückkehrer und Interessierte.',
      results: [
        {
          year: 2023,
          note: 'Messe am 28.12.2023 im Gründer- und Technologiezentrum Annaberg-Buchholz; dazu ein digitaler Marktplatz auf fachkraefte-erzgebirge.de/messe',
          metrics: [
            {label: 'Besucher vor Ort', value: 200},
            {label: 'Ausstellende regionale Unternehmen', value: 30},
          ],
        },
      ],
      links: [['Karriere + Jobmesse auf dem Fachkräfteportal Erzgebirge', 'https://www.fachkraefte-erzgebirge.de/messe']],
      body: md`
        ## Aktueller Stand

        Die Messe richtet sich längst nicht mehr nur an Pendler, sondern an alle Rückkehrer, daheimgebliebenen Fachkräfte, Studierenden und Interessierten. Deshalb heißt der frühere Pendleraktionstag heute „Karriere + Jobmesse Erzgebirge“.

        ## Ergebnisse

        - 30 regionale Unternehmen aus Gesundheit & Soziales, verarbeitendem Gewerbe & IT, Handwerk, Bauwesen sowie Tourismus, Logistik und Handel stellten sich vor.
        - Dazu kamen die Agentur für Arbeit Annaberg-Buchholz, die IHK Chemnitz, Regionalkammer Erzgebirge, die Handwerkskammer Chemnitz und die Wirtschaftsförderung Erzgebirge mit dem Regionalmanagement Erzgebirge und dem Welcome Center Erzgebirge.
        - Zur Messe am 28.12.2023 im Gründer- und Technologiezentrum Annaberg-Buchholz kamen 200 Besucher.
        - Anfang des neuen Jahres ging es digital weiter: Welcome Center und Regionalmanagement berieten rund um das Ankommen im Erzgebirgskreis.

        ## Ausblick

        Die Seite [fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe) mit Unternehmenspräsentationen, hERZland-Geschichten und Tipps des Welcome Center Erzgebirge wird das ganze Jahr gepflegt. Vor-Ort-Messe und digitales Angebot zusammen erreichen ein breites Publikum – das zeigen auch die höheren Zugriffszahlen auf das Fachkräfteportal in dieser Zeit.

        ${STAND_DE}
      `,
    },
    en: {
      title: 'Karriere + Jobmesse Erzgebirge – the career and job fair',
      slug: 'career-and-job-fair',
      goal: 'The regional job fair for people from the Erzgebirge who would like to come back and for anyone interested in the region – held every year between Christmas and New Year, when many people have time to plan a new start. It used to be called “Pendleraktionstag” (commuters’ day).',
      targetGroup: 'People who would like to come back, commuters, skilled workers in the region, students and anyone interested in the Erzgebirge',
      seo: 'The Karriere + Jobmesse Erzgebirge between Christmas and New Year: regional employers meet people who want to come back.',
      results: [
        {
          year: 2023,
          note: 'Fair on 28 December 2023 at the Gründer- und Technologiezentrum in Annaberg-Buchholz, plus an online marketplace at fachkraefte-erzgebirge.de/messe',
          metrics: [
            {label: 'Visitors on site', value: 200},
            {label: 'Regional companies exhibiting', value: 30},
          ],
        },
      ],
      links: [['Karriere + Jobmesse on the Fachkräfteportal Erzgebirge (German)', 'https://www.fachkraefte-erzgebirge.de/messe']],
      body: md`
        ## Current status

        The fair is no longer only for commuters: it welcomes everyone who wants to come back, skilled workers who stayed, students and anyone interested in the region. That is why the former commuters’ day is now called “Karriere + Jobmesse Erzgebirge”.

        ## Results

        - 30 regional companies from health and social care, manufacturing and IT, skilled trades, construction, tourism, logistics and retail presented themselves.
        - The Federal Employment Agency in Annaberg-Buchholz, the Chamber of Industry and Commerce, the Chamber of Skilled Crafts and the district’s business development agency with its Welcome Center Erzgebirge were there too.
        - 200 visitors came to the fair on 28 December 2023 at the Gründer- und Technologiezentrum in Annaberg-Buchholz.
        - In the new year the fair continued online with advice on settling in the district.

        ## Outlook

        The fair’s web page [fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe) (German) with company profiles, hERZland stories and tips from the Welcome Center is kept up to date all year.

        ${STAND_EN}
      `,
    },
  },
  {
    group: 'welcomerz',
    actionField: 'heimkehrer-zuwanderung-willkommenskultur',
    image: 'event-hutzn',
    de: {
      title: 'WelcomERZ – gelebte Willkommenskultur im Erzgebirge',
      slug: 'welcomerz',
      goal: 'Unternehmen, Kommunalvertreter und Bevölkerung für die Wichtigkeit von Zuwanderung und einer gelebten Willkommenskultur sensibilisieren – mit dem Ziel langfristiger Integration. Dazu gehört die Beratung von Unternehmen zum Aufenthaltsrecht. Neu-Erzgebirger sollen gut im Beruf und im Alltag ankommen.',
      targetGroup: 'Unternehmen, Kommunen und Bevölkerung im Erzgebirgskreis; Rückkehrer und Zugewanderte aus dem In- und Ausland',
      seo: 'WelcomERZ stärkt die Willkommenskultur im Erzgebirge: Beratung für Unternehmen und Zugewanderte, Welcome-Hutzn und Fachkräftetagungen.',
      results: [
        {
          year: 2023,
          note: 'Über 70 Fallanfragen von Unternehmen und knapp 200 Anfragen von Rückkehrern sowie Zuwanderern aus dem In- und Ausland; über 100 Teilnehmende bei der 5. Fachkräftetagung „Willkommen im Erzgebirge“ am 22.06.2023',
          metrics: [
            {label: 'Fallanfragen von Unternehmen', value: 70, approximate: true},
            {label: 'Anfragen von Rückkehrern und Zuwanderern', value: 200, approximate: true},
            {label: 'Teilnehmende 5. Fachkräftetagung', value: 100, approximate: true},
          ],
        },
      ],
      links: [['Ankommen im Erzgebirge: Leitfäden für Rückkehrer und internationale Fachkräfte', '/willkommen/']],
      body: md`
        ## Aktueller Stand

        Das Welcome Center Erzgebirge (WCE) berät regionale Unternehmen bei Veranstaltungen und auf Anfrage zu allen Fragen rund um Zuwanderung und Integration. Auch Menschen aus dem In- und Ausland, die ins Erzgebirge ziehen möchten, werden persönlich beraten und begleitet.

        Unter dem Motto „(Inter)Nationalität meets Erzgebirge“ finden Welcome-Hutzn für Rückkehrer und Neu-Erzgebirger statt. Grundlage der Arbeit ist die enge Zusammenarbeit mit Behörden und Partnern, auch zu Fachthemen wie dem Fachkräfteeinwanderungsgesetz.

        ## Ergebnisse

        - Über 100 Gäste aus Wirtschaft, Behörden und Partnerorganisationen kamen am 22.06.2023 zur 5. Fachkräftetagung „Willkommen im Erzgebirge“ mit der Frage „Kann Zuwanderung im Erzgebirge gelingen?“.
        - Welcome-Checks mit Handlungsempfehlungen wurden in mehreren Kommunen durchgeführt.
        - Welcome-Hutzn fanden an mehreren Orten statt.
        - 2023 wurden über 70 Anfragen von Unternehmen und knapp 200 Anfragen von Rückkehrern und Zugewanderten persönlich beantwortet.

        ## Ausblick

        Welcome-Hutzn, Fachkräftetagungen und Welcome-Checks gehen weiter – Zuwanderung und Integration brauchen kontinuierliche Arbeit. Dazu gehören die Zusammenarbeit mit den Partnern und aktuelles Wissen zum Aufenthaltsrecht.

        ${STAND_DE}
      `,
    },
    en: {
      title: 'WelcomERZ – a culture of welcome in the Erzgebirge',
      slug: 'welcomerz',
      goal: 'Making companies, local authorities and residents aware of how important immigration and a lived culture of welcome are for long-term integration – including advice for companies on residence law. Newcomers should settle in well at work and in everyday life.',
      targetGroup: 'Companies, municipalities and residents of the district; people coming back and newcomers from Germany and abroad',
      seo: 'WelcomERZ builds a culture of welcome in the Erzgebirge: advice for employers and newcomers, Welcome-Hutzn evenings and conferences.',
      results: [
        {
          year: 2023,
          note: 'Over 70 enquiries from companies and nearly 200 enquiries from returnees and newcomers from Germany and abroad; over 100 participants at the 5th skilled workers’ conference on 22 June 2023',
          metrics: [
            {label: 'Enquiries from companies', value: 70, approximate: true},
            {label: 'Enquiries from returnees and newcomers', value: 200, approximate: true},
            {label: 'Participants, 5th skilled workers’ conference', value: 100, approximate: true},
          ],
        },
      ],
      links: [['Settling in the Erzgebirge: guides for returnees and international skilled workers', '/en/welcome/']],
      body: md`
        ## Current status

        The Welcome Center Erzgebirge (WCE) advises regional companies on all questions about immigration and integration, at events and on request. People from Germany and abroad who want to move to the Erzgebirge get personal advice too.

        Under the motto “(Inter)Nationalität meets Erzgebirge” the WCE holds Welcome-Hutzn – informal evenings for people coming back and newcomers. (A “Hutzn” is the Erzgebirge’s traditional get-together.)

        ## Results

        - Over 100 guests from business, public authorities and partner organisations came to the 5th skilled workers’ conference “Willkommen im Erzgebirge” on 22 June 2023, asking “Can immigration succeed in the Erzgebirge?”.
        - Welcome-Checks with recommendations took place in several municipalities.
        - In 2023 the team answered over 70 enquiries from companies and nearly 200 from returnees and newcomers.

        ## Outlook

        Welcome-Hutzn, conferences and Welcome-Checks will continue, together with close cooperation with the authorities and up-to-date knowledge of residence law.

        ${STAND_EN}
      `,
    },
  },
  {
    group: 'nafka',
    actionField: 'heimkehrer-zuwanderung-willkommenskultur',
    image: 'guide-visum',
    de: {
      title: 'NAFKA – Netzwerk zur Anwerbung und Integration von Arbeits- und Fachkräften aus dem Ausland',
      seoTitle: 'NAFKA – Fachkräfte aus dem Ausland anwerben und integrieren',
      slug: 'nafka',
      goal: 'Die Fachkräftesituation im Erzgebirgskreis durch erfolgreiche Rekrutierung und Integration ausländischer Arbeits- und Fachkräfte verbessern – mit einem Netzwerk zur Anwerbung ausländischer Fachkräfte und Auszubildender, einer Datenbank seriöser Anwerbeakteure und mehr Willkommenskultur in den Unternehmen.',
      targetGroup: 'Unternehmen im Erzgebirgskreis, die Arbeits- und Fachkräfte oder Auszubildende aus dem Ausland gewinnen wollen',
      seo: 'NAFKA hilft Unternehmen im Erzgebirge, Fachkräfte aus dem Ausland fair anzuwerben und gut zu integrieren – mit 28 Kriterien.',
      results: [
        {
          year: 2024,
          note: 'Stand Handlungskonzept (06.06.2024): Kriterienkatalog „Faire Anwerbung“ mit 28 Einzelkriterien entwickelt; zwei neue Veranstaltungsformate (Welcome-Dialog, Welcome-Fachwissen) durchgeführt',
          metrics: [
            {label: 'Einzelkriterien im Katalog „Faire Anwerbung“', value: 28},
            {label: 'Neue Veranstaltungsformate', value: 2},
          ],
        },
      ],
      links: [['Leitfaden: Aufenthalt und Visum für Fachkräfte', '/willkommen/aufenthalt-und-visum-fuer-fachkraefte/']],
      body: md`
        ## Aktueller Stand

        Der Kriterienkatalog „Faire Anwerbung“ mit 28 Einzelkriterien ist fertig. Damit entstand ein Online-Registrierungsformular für privatwirtschaftliche Anwerbeakteure. Ein Formular, mit dem Unternehmen ihren Bedarf melden, und das Matching zwischen Recruitern und Unternehmen werden erprobt.

        Zwei neue Veranstaltungsformate stärken Onboarding und Willkommenskultur in den Betrieben: der „Welcome-Dialog: EINBLICK. ÜBERBLICK. WEITBLICK“ und das „Welcome-Fachwissen: INFORMIEREN. LERNEN. ANWENDEN“.

        ## Ergebnisse

        - Eine Kontaktdatenbank bündelt staatliche Anwerbeprogramme und privatwirtschaftliche Anwerbeakteure nach einer einheitlichen Matrix (z. B. Siegel, Referenten, Rekrutierungsländer, Branchen).
        - Eine interne Wissensdatenbank bündelt Expertenwissen zu Zuwanderung und Integration für das Welcome Center Erzgebirge.
        - Die zwei neuen Veranstaltungsformate fanden mit großer Beteiligung statt.

        ## Ausblick

        Die Kontaktplattform soll Anwerbung für Unternehmen übersichtlicher, transparenter und schneller machen. Gerade kleinere Unternehmen brauchen Wissen und Austausch. Ein Servicebereich für Unternehmen mit mittelstandsgerecht aufbereitetem Wissen ist in Arbeit. Das Projekt soll unter dem Dach des Welcome Center Erzgebirge weitergeführt werden.

        ${STAND_DE}
      `,
    },
  },
  {
    group: 'csrneterz',
    actionField: 'qualitaet-der-arbeitsplaetze',
    image: 'event-netzwerk',
    de: {
      title: 'CSRnetERZ 2.0 – das CSR-Netzwerk Erzgebirge',
      slug: 'csrneterz',
      goal: 'Fachkräftesicherung durch mehr Arbeitgeberattraktivität: Unternehmen im Erzgebirge lernen voneinander, wie moderne, mitarbeiterorientierte Personalarbeit gelingt – wissenschaftlich begleitet von der ATB gGmbH Chemnitz.',
      targetGroup: 'Unternehmen im Erzgebirge (Geschäftsführer, Inhaber, Personalverantwortliche)',
      seo: 'CSRnetERZ 2.0: Unternehmen im Erzgebirge lernen voneinander, wie sie als Arbeitgeber attraktiver werden und Fachkräfte halten.',
      results: [
        {
          year: 2024,
          note: 'Seit Projektbeginn 2012 über 120 Unternehmen im CSR-Netzwerk Erzgebirge; Zyklus 2024 mit elf Unternehmen und sechs CSR-Veranstaltungen bis Jahresende (Auftakt am 15.05.2024)',
          metrics: [
            {label: 'Unternehmen im Netzwerk seit 2012', value: 120, approximate: true},
            {label: 'Unternehmen im Zyklus 2024', value: 11},
            {label: 'CSR-Veranstaltungen im Zyklus 2024', value: 6},
          ],
        },
      ],
      body: md`
        ## Worum es geht

        CSR steht für „Corporate Social Responsibility“, die gesellschaftliche Verantwortung von Unternehmen: ihr freiwilliger Beitrag zu sozialer, ökonomischer und ökologischer Nachhaltigkeit. Schwerpunkte im Projekt sind:

        1. Entscheider für eine moderne, mitarbeiterorientierte Arbeitswelt sensibilisieren
        2. Personalarbeit professionalisieren – für ein gesundes, motivierendes und innovationsfreundliches Arbeitsumfeld
        3. Beschäftigte an der Umsetzung beteiligen

        Das Prinzip: „Akteure lernen von Akteuren“ – branchenübergreifend und als Hilfe zur Selbsthilfe.

        ## Aktueller Stand

        Am 15.05.2024 begann der Zyklus 2024. Elf Unternehmen – vom Bäckerhandwerk über den Tourismusbetrieb bis zum Metallbau – tauschen sich aus, wie sie als Arbeitgeber attraktiver werden. Bis Jahresende sind sechs CSR-Veranstaltungen mit Unternehmensführungen, wissenschaftlichen Impulsen und Workshops geplant.

        ## Ergebnisse

        Seit 2012 haben sich über 120 Unternehmen aus dem Erzgebirge in das CSR-Netzwerk eingebracht. Das Netzwerk trifft sich ein- bis dreimal im Jahr zu aktuellen Themen.

        ## Ausblick

        Wer im geschützten Rahmen offen über Personalarbeit spricht, verbessert die Arbeitsplätze im eigenen Betrieb – und macht die ganze Region als Arbeitgeber attraktiver. Die beteiligten Unternehmen setzen einen neuen Standard und motivieren weitere Firmen.

        ${STAND_DE}
      `,
    },
  },
]

function buildProject(ctx: SeedContext, p: ProjectDef, lang: Lang, v: ProjectVersion): SanityDoc {
  const d = tdoc('project', p.group, lang, {
    title: v.title,
    slug: slug(v.slug),
    goal: v.goal,
    targetGroup: v.targetGroup,
    status: 'laufend',
    actionField: ref(actionFieldId(p.actionField, lang)),
    responsible: ref(WFE),
    ...(v.links ? {links: v.links.map(([label, href]) => link(label, href))} : {}),
    image: ctx.image(p.image, lang),
    seo: seo(v.seo, {title: v.seoTitle}),
  })
  if (v.results) d.results = results(v.results)
  d.body = rich(d._id, 'body', v.body)
  return d
}

export const projectDocs: SeedModule = (ctx) =>
  projects.flatMap((p) => [
    buildProject(ctx, p, 'de', p.de),
    ...(p.en ? [buildProject(ctx, p, 'en', p.en)] : []),
  ])
