/**
 * Strategy: the action fields (Fachkräftestrategie Sachsen 2030 and the alliance's regional fields,
 * numbered as in the Handlungskonzept) and the alliance documents: the Handlungskonzept of
 * 06.06.2024 in full (German) with a summarised English translation, and the cooperation agreement
 * of 16.01.2014 as far as the Handlungskonzept describes it.
 *
 * Editorial changes to the Handlungskonzept text are limited to obvious typing errors (see
 * HANDLUNGSKONZEPT_CORRECTIONS); wording and figures are unchanged.
 */
import {md, rich, seo, slug, tdoc, type SanityDoc, type SeedModule} from './helpers.ts'
import {MEMBER_LIST_EN} from './members.ts'

interface ActionFieldDef {
  group: string
  number: number
  framework: 'regional' | 'sachsen2030'
  de: {title: string; slug: string; description: string; seo: string; seoTitle?: string}
  en: {title: string; slug: string; description: string; seo: string; seoTitle?: string}
}

const actionFields: ActionFieldDef[] = [
  {
    group: 'faehigkeiten-und-neigungen-entwickeln',
    number: 0,
    framework: 'sachsen2030',
    de: {
      title: 'Fähigkeiten und Neigungen entwickeln – Fachkräfte individuell (aus)bilden',
      seoTitle: 'Fähigkeiten entwickeln – Fachkräfte individuell (aus)bilden',
      slug: 'faehigkeiten-und-neigungen-entwickeln',
      description:
        'Dieses Handlungsfeld fokussiert sich darauf, die individuellen Stärken und Interessen der Fachkräfte zu fördern und durch maßgeschneiderte Bildungsangebote weiterzuentwickeln.',
      seo: 'Handlungsfeld der Fachkräftestrategie Sachsen 2030: Stärken und Interessen fördern, Fachkräfte individuell ausbilden.',
    },
    en: {
      title: 'Developing abilities and interests – training skilled workers individually',
      seoTitle: 'Developing abilities and interests – individual training',
      slug: 'developing-abilities-and-interests',
      description:
        'This field of action focuses on fostering the individual strengths and interests of skilled workers and developing them further through tailored education and training.',
      seo: 'Field of action of the Saxony 2030 skilled labour strategy: fostering strengths and training people individually.',
    },
  },
  {
    group: 'talente-gewinnen',
    number: 0,
    framework: 'sachsen2030',
    de: {
      title: 'Talente gewinnen – Fachkräfte gezielt rekrutieren',
      slug: 'talente-gewinnen',
      description:
        'Hier steht die gezielte Rekrutierung von Fachkräften im Vordergrund, um talentierte Personen für den sächsischen Arbeitsmarkt zu gewinnen.',
      seo: 'Handlungsfeld der Fachkräftestrategie Sachsen 2030: Fachkräfte gezielt rekrutieren und Talente für Sachsen gewinnen.',
    },
    en: {
      title: 'Attracting talent – recruiting skilled workers in a targeted way',
      seoTitle: 'Attracting talent – targeted recruitment of skilled workers',
      slug: 'attracting-talent',
      description: 'The focus here is on the targeted recruitment of skilled workers, to win talented people for the labour market in Saxony.',
      seo: 'Field of action of the Saxony 2030 skilled labour strategy: targeted recruitment of talented people for Saxony.',
    },
  },
  {
    group: 'vorhandene-potentiale-nutzen',
    number: 0,
    framework: 'sachsen2030',
    de: {
      title: 'Vorhandene Potentiale nutzen – allen Erwerbspersonen Zugang zum Arbeitsmarkt ermöglichen',
      seoTitle: 'Vorhandene Potentiale nutzen – Zugang zum Arbeitsmarkt',
      slug: 'vorhandene-potentiale-nutzen',
      description:
        'In diesem Bereich wird darauf abgezielt, die vorhandenen Arbeitskräftepotenziale voll auszuschöpfen und allen Erwerbspersonen den Zugang zum Arbeitsmarkt zu erleichtern.',
      seo: 'Handlungsfeld der Fachkräftestrategie Sachsen 2030: vorhandene Potenziale nutzen und allen den Zugang zu Arbeit erleichtern.',
    },
    en: {
      title: 'Using existing potential – giving everyone of working age access to the labour market',
      seoTitle: 'Using existing potential – labour market access for all',
      slug: 'using-existing-potential',
      description:
        'This area aims to make full use of the existing workforce potential and to make access to the labour market easier for everyone of working age.',
      seo: 'Field of action of the Saxony 2030 skilled labour strategy: using existing potential and easing access to work.',
    },
  },
  {
    group: 'fachkraefte-binden-attraktive-arbeitsplaetze',
    number: 0,
    framework: 'sachsen2030',
    de: {
      title: 'Fachkräfte binden – Attraktive Arbeitsplätze schaffen',
      slug: 'fachkraefte-binden-attraktive-arbeitsplaetze',
      description:
        'Dieses Handlungsfeld zielt darauf ab, durch die Schaffung attraktiver Arbeitsbedingungen die Fachkräfte langfristig an den sächsischen Arbeitsmarkt zu binden.',
      seo: 'Handlungsfeld der Fachkräftestrategie Sachsen 2030: mit attraktiven Arbeitsbedingungen Fachkräfte langfristig binden.',
    },
    en: {
      title: 'Retaining skilled workers – creating attractive jobs',
      slug: 'retaining-skilled-workers',
      description: 'This field of action aims to keep skilled workers in Saxony’s labour market for the long term by creating attractive working conditions.',
      seo: 'Field of action of the Saxony 2030 skilled labour strategy: keeping skilled workers through attractive working conditions.',
    },
  },
  {
    group: 'fachkraeftenachwuchs',
    number: 1,
    framework: 'regional',
    de: {
      title: 'Fachkräftenachwuchs',
      slug: 'fachkraeftenachwuchs',
      description:
        'Junge Menschen für Ausbildung und Studium in der Region gewinnen: Schulen und Unternehmen vernetzen, Angebote bündeln und die Ansprache von Jugendlichen verbessern – mit Karriere Dual, der Jugendplattform MAKERZ und den Ausbildungsmessen Erzgebirge.',
      seo: 'Handlungsfeld 1 der Fachkräfteallianz Erzgebirge: junge Menschen für Ausbildung und Studium in der Region gewinnen.',
    },
    en: {
      title: 'The next generation of skilled workers',
      slug: 'next-generation',
      description:
        'Winning young people for apprenticeships and study in the region: connecting schools and companies, bundling offers and reaching teenagers better – with Karriere Dual, the youth platform MAKERZ and the Erzgebirge apprenticeship fairs.',
      seo: 'Field of action 1 of the Fachkräfteallianz Erzgebirge: winning young people for apprenticeships and study in the region.',
    },
  },
  {
    group: 'pendler-stellenwechsler-arbeitssuchende',
    number: 2,
    framework: 'regional',
    de: {
      title: 'Pendler / Stellenwechsler / Arbeitssuchende / Langzeitarbeitslose',
      seoTitle: 'Pendler, Jobwechsler, Arbeitssuchende, Langzeitarbeitslose',
      slug: 'pendler-stellenwechsler-arbeitssuchende',
      description:
        'Abwanderung verringern, Zuwanderung von Fachkräften fördern und Unternehmen den Zugang zu Fachkräften erleichtern – mit dem Fachkräfteportal Erzgebirge, der Karriere + Jobmesse Erzgebirge und der Vermittlung von Langzeitarbeitslosen.',
      seo: 'Handlungsfeld 2 der Fachkräfteallianz Erzgebirge: Pendler, Stellenwechsler und Arbeitsuchende für Jobs in der Region gewinnen.',
    },
    en: {
      title: 'Commuters, job changers, jobseekers and the long-term unemployed',
      seoTitle: 'Commuters, job changers, jobseekers, long-term unemployed',
      slug: 'commuters-and-jobseekers',
      description:
        'Reducing the number of people who leave, attracting skilled workers and making it easier for companies to find them – with the Fachkräfteportal Erzgebirge job portal, the Karriere + Jobmesse Erzgebirge fair and job placement for the long-term unemployed.',
      seo: 'Field of action 2 of the Fachkräfteallianz Erzgebirge: jobs in the region for commuters, job changers and jobseekers.',
    },
  },
  {
    group: 'heimkehrer-zuwanderung-willkommenskultur',
    number: 4,
    framework: 'regional',
    de: {
      title: 'Heimkehrer / Zuwanderung / Willkommenskultur',
      slug: 'heimkehrer-zuwanderung-willkommenskultur',
      description:
        'Rückkehrer und Zugewanderte aus dem In- und Ausland sollen gut ankommen: mit dem Welcome Center Erzgebirge, WelcomERZ, den Welcome-Hutzn und dem Netzwerk NAFKA für faire Anwerbung und Integration internationaler Fachkräfte.',
      seo: 'Handlungsfeld 4 der Fachkräfteallianz Erzgebirge: Rückkehrer und Zugewanderte willkommen heißen und gut begleiten.',
    },
    en: {
      title: 'Returnees, immigration and a culture of welcome',
      slug: 'returnees-and-immigration',
      description:
        'People coming back and newcomers from Germany and abroad should settle in well: with the Welcome Center Erzgebirge, WelcomERZ, the Welcome-Hutzn evenings and the NAFKA network for fair recruitment and integration of international skilled workers.',
      seo: 'Field of action 4 of the Fachkräfteallianz Erzgebirge: welcoming and supporting returnees and newcomers.',
    },
  },
  {
    group: 'qualitaet-der-arbeitsplaetze',
    number: 5,
    framework: 'regional',
    de: {
      title: 'Qualität der Arbeitsplätze im Erzgebirge erhöhen / Fachkräfte binden / Digitalisierung in der Arbeitswelt',
      seoTitle: 'Qualität der Arbeitsplätze erhöhen, Fachkräfte binden',
      slug: 'qualitaet-der-arbeitsplaetze',
      description:
        'Unternehmen für gute Personalarbeit und modernes Arbeitgebermarketing gewinnen, damit Fachkräfte bleiben – mit dem CSR-Netzwerk Erzgebirge (CSRnetERZ 2.0) und Blick auf Transformation und Digitalisierung.',
      seo: 'Handlungsfeld 5 der Fachkräfteallianz Erzgebirge: bessere Arbeitsplätze, Fachkräfte binden, Digitalisierung gestalten.',
    },
    en: {
      title: 'Better jobs in the Erzgebirge, retaining skilled workers, digitalisation of work',
      seoTitle: 'Better jobs, retaining skilled workers, digitalisation',
      slug: 'better-jobs',
      description:
        'Encouraging companies to invest in good HR work and modern employer branding so that skilled workers stay – with the CSR network Erzgebirge (CSRnetERZ 2.0) and an eye on transformation and digitalisation.',
      seo: 'Field of action 5 of the Fachkräfteallianz Erzgebirge: better jobs, keeping skilled workers, shaping digital work.',
    },
  },
]

export const actionFieldId = (group: string, lang: 'de' | 'en' = 'de') => {
  if (!actionFields.some((a) => a.group === group)) throw new Error(`Unknown action field: ${group}`)
  return `actionField-${group}-${lang}`
}

/** Typing errors of the source text corrected in the published version (wording otherwise unchanged). */
export const HANDLUNGSKONZEPT_CORRECTIONS = [
  '„Das Handlungskonzept geruht auf …“ → „beruht auf …“',
  '„Fachkräftenrichtlinie“ → „Fachkräfterichtlinie“ (drei Stellen)',
  '„der der Berufsakademie Sachsen“ → „der Berufsakademie Sachsen“',
  '„einer-offenen Willkommenskultur“ → „einer offenen Willkommenskultur“',
  '„um eines (beruflichen) Neuanfang planen“ → „um einen (beruflichen) Neuanfang zu planen“',
  '„Daher, dass neue Konzept …“ → „Daher das neue Konzept …“',
  '„über knapp 200 Anfragen“ → „knapp 200 Anfragen“',
  '„auf den bereits in 2014 bestehende Netzwerk … definierten Ideen“ → „auf den im bereits 2014 bestehenden Netzwerk … definierten Ideen“',
  '„Bedarf an qualifizierten Fach- und Führungskräftebedarf“ → „Bedarf an qualifizierten Fach- und Führungskräften“',
  'WelcomERZ, aktueller Stand: Satzbau des ersten Satzes berichtigt (Unternehmen werden „unterstützt bzw. umfassend informiert“)',
  '„Welcome-Hutzn für Rückkehrer sowie Neu-Erzgebirge“ → „… Neu-Erzgebirger“; „Netzwerkarbeit … bilden“ → „bildet“',
  '„Welcome-Checks … zur Verbesserung der erfolgreich …“ → „zur Verbesserung erfolgreich …“',
  '„Prioritäre Ziel“ → „Prioritäres Ziel“; „als langjährigen Kooperationspartner und wissenschaftlicher Begleiter“ → „langjährigem … wissenschaftlichem“',
  '„sowohl Arbeitgeber als Fach- und Arbeitskräfte“ → „sowohl Arbeitgeber als auch Fach- und Arbeitskräfte“; „mit einander“ → „miteinander“',
  '„Projektstätigkeit“ → „Projekttätigkeit“; „bisherigen erreichten Meilensteine“ → „bisher erreichten“; „ein Schwerpunktkampagne“ → „eine“',
  '„Hinzukamen“ → „Hinzu kamen“; „unterstützte“ → „unterstützten“; „WelcomeCenterErzgebirge“ → „Welcome Center Erzgebirge“',
  '„Klein- und Kleinunternehmen (0–9 Beschäftigte)“ → „Klein- und Kleinstunternehmen“; „Vorortmesse“ → „Vor-Ort-Messe“; „nahe zu bringen“ → „nahezubringen“',
  'Schreibweise von Orts- und Eigennamen vereinheitlicht (Annaberg-Buchholz, Gründer- und Technologiezentrum), Zahlen mit Tausenderpunkt und Minuszeichen',
  'Die Ergebnistabelle von „Karriere Dual“ als Liste gesetzt (Schülerzahlen der Veranstaltungen, Besucherzahlen der Studienmessen)',
]

const HK_DE = md`
> Hand in Hand und mit viel Herzblut bilden die Akteure des regionalen Ausbildungs- und Arbeitsmarktes die „Fachkräfteallianz Erzgebirge“.

## Vorwort

Die Wirtschaftsregion Erzgebirge hat sich in den letzten 30 Jahren gemeinsam mit dem ökonomisch starken Ballungsraum Chemnitz-Zwickau zu einem Grundpfeiler der Wirtschaftskraft des Freistaates Sachsen entwickelt.

Hier im Landkreis Erzgebirgskreis haben sich über Jahrzehnte viele inhabergeführte Mittelständler aus den verschiedensten Branchen erfolgreich am Markt etablieren können – z. B. als Zulieferer für den Automobil- und Maschinenbau, als flexibles Handwerksunternehmen, als moderner Dienstleister oder als leistungsfähiger Landwirtschaftsbetrieb.

Die zukünftige Entwicklung des Industrie- und Wirtschaftsstandortes Erzgebirge sowie die Sicherung des sozialen Wohlstandes wird gravierend durch die Kernthemen Fachkräftegewinnung und -bindung beeinflusst.

Vor dem Hintergrund der mittelfristig absehbaren demographischen Entwicklungstendenzen werden künftig die Unternehmen der Region vor enormen Herausforderungen stehen.

Daher hat sich ein starkes Netzwerk, bestehend aus den unterschiedlichen Akteuren des Ausbildungs- und Arbeitsmarktes, zur Aufgabe gemacht, neue Strategien und Konzepte zu entwickeln.

Gemeinsam mit der Unterstützung durch den Freistaat Sachsen können durch gezielte Fördermaßnahmen die Voraussetzungen geschaffen werden, die Attraktivität der lebenswerten Wirtschaftsregion Erzgebirge im Sinne einer progressiven Provinz weiter auszubauen.

## 1. Ausgangslage im Erzgebirgskreis

### 1.1 Wirtschaftsstruktur

Der Erzgebirgskreis verfügt aufgrund seiner historischen Entwicklung über eine außergewöhnlich hohe Zahl an Betrieben (ca. 14.300), von denen jedoch fast 85 % Klein- und Kleinstunternehmen (0–9 Beschäftigte) sind.

Eine herausragende Bedeutung für die Entwicklung der Region hat der Wirtschaftsbereich Verarbeitendes Gewerbe. Dort arbeiten 31 % aller sozialversicherungspflichtig Beschäftigten (gegenüber 19 % in Sachsen).

Der Erzgebirgskreis konnte seine Industriedichte seit 2000 von 76 auf 106 erhöhen. Das ist die höchste Steigerungsrate in Sachsen (im gleichen Zeitraum von 63 auf 78). Weiterhin sind im Erzgebirgskreis mit 27 % die meisten (ca. 6.000) aller Handwerksbetriebe des Kammerbezirkes Chemnitz angesiedelt. Zudem ist der Bereich Gesundheits- und Sozialwesen inzwischen von hoher regionaler Bedeutung. Der Dienstleistungssektor ist deutlich weniger ausgeprägt als im Sachsenvergleich.

Als eher schwieriger Wirtschaftsbereich ist die Branche der Landwirtschaft einzuschätzen. Sie hat im Vergleich zu Sachsen auf Grund von Höhenlage, Klima- und Bodenverhältnissen mit erschwerten Produktionsbedingungen auszukommen.

### 1.2 Demografie und Arbeitsmarkt

Mit ca. 328.000 Einwohnern ist der Erzgebirgskreis noch immer der bevölkerungsreichste Landkreis Sachsens und gilt mit einer Bevölkerungsdichte von 179 EW/km² zu großen Teilen als Verdichtungsraum mit nahtlosem Übergang zu den Oberzentren Chemnitz und Zwickau.

Der Erzgebirgskreis hatte im Jahr 2016 fast 25 % weniger Einwohner als noch 1990, bis zum Jahr 2030 wird die Bevölkerung voraussichtlich um weitere 10–15 % sinken.

Zu- und Abwanderung gleichen sich nahezu aus. Deutlich weniger Geburten im Verhältnis zu den Sterbefällen.

Dabei beeinflusst vor allem das Geburtendefizit im Landkreis (2021: ca. −3.800) die negative Bevölkerungsentwicklung im Gegensatz zum Wanderungssaldo (2021: ca. +600).

Die Bevölkerung über 50 Jahre wird kontinuierlich ansteigen (von 35 % Bevölkerungsanteil im Jahr 1990 auf 57 % im Jahr 2025). Das Durchschnittsalter lag im Jahr 1990 bei 40 Jahren, im Jahr 2017 bei 49 Jahren und wird bis 2030 um weitere 3 Jahre steigen.

Bereits seit 2010 ist die Kohorte der Berufseinsteiger (15–20 Jahre) kleiner als die der Berufsaussteiger (65–70 Jahre). Die Bevölkerung im Erwerbsalter (20–65 Jahre) wird absehbar weiter dramatisch schrumpfen.

Die Arbeitslosenquote (Jahresdurchschnittswerte) sank innerhalb der letzten zehn Jahre von ca. 20 % auf derzeit ca. 5 %. Etwa 65 % der darunter erfassten Personen sind dem SGB II zuzuordnen.

Während die Beschäftigungsquoten bei Frauen sowie älteren Beschäftigten weit über dem Bundesdurchschnitt liegen, ist die Region beim Bruttoarbeitsentgelt am untersten Ende der bundesweiten Betrachtung einzuordnen.

## 2. Die Fachkräfteallianz Erzgebirge

### 2.1 Allgemeines

Aufgrund der oben genannten Rahmenbedingungen bedarf es der engagierten Zusammenarbeit und Unterstützung aller Partner aus den Bereichen Industrie, Handwerk, Bildung, Wirtschaftsförderung sowie Arbeitnehmervertretung und Gebietskörperschaften, um den Bedarf an qualifizierten Fach- und Führungskräften mittel- und langfristig zu decken und zu sichern.

Diese Erkenntnis mündete bereits zu Jahresbeginn 2014 in eine schriftliche Vereinbarung zur noch engeren Kooperation. Die Partner des Netzwerkes „Fachkräfte für das Erzgebirge“ stimmten überein, dass durch eine ziel- und ergebnisorientierte Kooperation aller Akteure am Ausbildungs- und Arbeitsmarkt der Grundstein für eine Sicherung von geeigneten Fach- und Führungskräften im Erzgebirgskreis gelegt wird.

### 2.2 Weiterentwicklung zur Fachkräfteallianz und Einbindung weiterer Partner

Mit Blick auf die vom SMWA in Aussicht gestellte Unterstützung für (neue) regional abgestimmte Projekte im Bereich Fachkräftesicherung und den damit verbundenen strukturellen Vorgaben (Bildung einer regionalen Fachkräfteallianz) konnte somit auf eine gut funktionierende und etablierte Struktur aufgebaut werden, und es erfolgte im Frühjahr 2016 die Anfrage und der Beschluss zur Einbindung weiterer Partner (Stadt Stollberg, DGB-Kreisverband Erzgebirge).

Entsprechend der Novellierung der Fachkräfterichtlinie Sachsen vom 16.05.2019 konnte mit den bereitgestellten Fördermitteln beim geschäftsführenden Mitglied eine Koordinatorenstelle für Aufgaben der Qualitätssicherung und Erhöhung der Sichtbarmachung der Fachkräfteallianz geschaffen werden.

Um das Spektrum innerhalb der Fachkräfteallianz Erzgebirge zu erweitern, wurde am 17.08.2021 die Aufnahme der Liga der freien Wohlfahrtspflege in Sachsen beschlossen. Diese wird in der Fachkräfteallianz Erzgebirge durch den Kreisverband Erzgebirge repräsentiert.

Diese genannten Schritte zeigen einmal mehr die kontinuierliche Erweiterung und Stärkung der Fachkräfteallianz Erzgebirge durch die Einbindung verschiedener regionaler Akteure und die Anpassung an aktuelle Fördermöglichkeiten und Richtlinien in Zusammenarbeit und Unterstützung mit dem Freistaat Sachsen.

### 2.3 Mitglieder der Fachkräfteallianz

- Agentur für Arbeit Annaberg-Buchholz
- DGB Region Südwestsachsen
- Große Kreisstadt Annaberg-Buchholz
- Große Kreisstadt Stollberg
- IGA Industrie- & Gewerbevereinigung Westerzgebirge e.V.
- IHK Chemnitz, Regionalkammer Erzgebirge
- Jobcenter Erzgebirgskreis
- Kreishandwerkerschaft Erzgebirge
- Landesamt für Schule und Bildung (LaSuB)
- Liga der freien Wohlfahrtspflege in Sachsen – Kreisarbeitsgemeinschaft Erzgebirge
- RBV Regionalbauernverband Erzgebirge e.V.
- Verband erzgebirgischer Kunsthandwerker und Spielzeughersteller e.V.
- Wirtschaftsförderung Erzgebirge GmbH (geschäftsführend)

### 2.4 Strategie und Ziele der Fachkräfteallianz Erzgebirge

Das Handlungskonzept beruht auf der von der Sächsischen Staatsregierung verabschiedeten *Fachkräftestrategie Sachsen 2030*, in der 2019 folgende Handlungsfelder definiert wurden:

- **Fähigkeiten und Neigungen entwickeln – Fachkräfte individuell (aus)bilden:** Dieses Handlungsfeld fokussiert sich darauf, die individuellen Stärken und Interessen der Fachkräfte zu fördern und durch maßgeschneiderte Bildungsangebote weiterzuentwickeln.
- **Talente gewinnen – Fachkräfte gezielt rekrutieren:** Hier steht die gezielte Rekrutierung von Fachkräften im Vordergrund, um talentierte Personen für den sächsischen Arbeitsmarkt zu gewinnen.
- **Vorhandene Potentiale nutzen – allen Erwerbspersonen Zugang zum Arbeitsmarkt ermöglichen:** In diesem Bereich wird darauf abgezielt, die vorhandenen Arbeitskräftepotenziale voll auszuschöpfen und allen Erwerbspersonen den Zugang zum Arbeitsmarkt zu erleichtern.
- **Fachkräfte binden – Attraktive Arbeitsplätze schaffen:** Dieses Handlungsfeld zielt darauf ab, durch die Schaffung attraktiver Arbeitsbedingungen die Fachkräfte langfristig an den sächsischen Arbeitsmarkt zu binden.

Eine weitere wichtige Grundlage für das Handeln der regionalen Fachkräfteallianzen ist der zusätzlich in 2022 verabschiedete Maßnahmenplan zur „Gewinnung internationaler Fach- und Arbeitskräfte für Sachsen“ als Teil der Fachkräftestrategie. Dieser Maßnahmenplan unterstützt die Bemühungen, internationale Fach- und Arbeitskräfte für den sächsischen Arbeitsmarkt zu gewinnen und zu integrieren.

Diese Strategien sind miteinander verknüpft und erfordern ein breites Handlungsspektrum der verschiedenen Akteure des Arbeitsmarktes. Als Basis der gemeinsamen Arbeit bzw. Umsetzung dieser Maßnahmen wirkt das Handlungskonzept der Fachkräfteallianz Erzgebirge.

Durch das Fortschreiben bzw. die Weiterentwicklung des Handlungskonzeptes werden alle Ziele der *Fachkräftestrategie Sachsen 2030* berücksichtigt, und es benennt vollumfänglich die aktuellen Herausforderungen zur zukünftigen Deckung des Fachkräftebedarfs. Die hierfür wichtigen Pfeiler Lebensqualität, Familienfreundlichkeit und Wirtschaftsattraktivität der Region müssen gefördert und ausgebaut werden, damit sowohl Arbeitgeber als auch Fach- und Arbeitskräfte aus dem In- und Ausland in der Region gehalten und angezogen werden.

## 3. Regionale Handlungsfelder der Fachkräfteallianz Erzgebirge

### 3.1 Einleitung

Die regionale Fachkräfteallianz Erzgebirge engagiert sich für eine Stärkung des Wirtschaftsstandortes sowie für gute und sichere Arbeit, um ausreichend qualifizierte Fachkräfte für den Erzgebirgskreis zu gewinnen und in der Region zu halten.

Die Stärkung des Wirtschaftsstandorts soll über folgende Teilziele verfolgt werden:

- Sicherung der wirtschaftlichen Leistungs- und Innovationsfähigkeit der regionalen sächsischen Wirtschaft bei gleichzeitig sozialer Verantwortungsübernahme aller arbeitsmarktrelevanten Partner der Region
- Stärkung des Erzgebirges als attraktiven Ort zum Arbeiten, Leben und Lernen
- Erhöhung der Beschäftigungsquote von Frauen, älteren Personen, Menschen mit Behinderung und Personen mit Migrationshintergrund
- Reduzierung der Arbeitslosenquote, insbesondere bei Langzeitarbeitslosen
- Stärkung und Koordinierung der beruflichen Aus- und Weiterbildung
- Förderung der Gesunderhaltung am Arbeitsplatz
- Gesteuerte Zuwanderung und Etablierung einer offenen Willkommenskultur in Unternehmen, in der Verwaltung und in der Gesellschaft

Die Handlungsfelder der Fachkräfteallianz Erzgebirge bauen auf den im bereits 2014 bestehenden Netzwerk „Fachkräfte für das Erzgebirge“ definierten Ideen auf.

Aufgabe ist es, eine bestmögliche Fachkräfteverfügbarkeit für die regionale Wirtschaft mittel- bis langfristig zu gewährleisten und gleichzeitig den Zielsetzungen der von der Sächsischen Staatsregierung verabschiedeten *Fachkräftestrategie Sachsen 2030* gerecht zu werden.

Mit Blick auf die oben dargestellte, spezifische Ausgangslage im Erzgebirgskreis und die Schwerpunktsetzungen in den benannten Teilzielen erachtet die Fachkräfteallianz Erzgebirge folgende Handlungsfelder nach Fachkräfterichtlinie als besonders geeignet.

### 3.2 Handlungsfeld 1: Fachkräftenachwuchs

#### Kurzdarstellung und Evaluierung: Projekt „Karriere Dual – für Gymnasiasten im Erzgebirge“

**Projektziel**

Steigerung der Bekanntheit und Attraktivität des Wirtschaftsstandortes Erzgebirge und Aufzeigen von Karrierechancen in den mittelständischen Unternehmen auf Basis eines dualen Studiums / einer dualen Berufsausbildung

**Zielgruppe**

Gymnasiasten an Gymnasien und BSZ und ausbildende Unternehmen im Erzgebirgskreis

**Aktueller Stand (bei fortlaufender Projektzeit)**

Das Projekt schafft Begegnungsmöglichkeiten, um die ausbildenden Unternehmen und die an den Gymnasien lernenden Schüler miteinander zu vernetzen.

Dabei agiert die Wirtschaftsförderung Erzgebirge GmbH (WFE) in enger Abstimmung mit den Netzwerkpartnern, wie der IHK Chemnitz, Regionalkammer Erzgebirge, der Handwerkskammer Chemnitz, der Agentur für Arbeit Annaberg-Buchholz, der Berufsakademie Sachsen (BA Sachsen) sowie mit den sächsischen Hochschulen und Universitäten.

Die nachfolgend genannten konkreten Arbeitsmethoden sind darauf ausgerichtet, dem Ziel der Vernetzung und des Informationsaustausches gerecht zu werden, und haben sich über die langjährige Projektlaufzeit bewährt:

- Vorträge „Wirtschaftsregion Erzgebirge“
- Vorstellung duales Studium / duale Ausbildung unter Einbindung von externen Dozenten
- Schüler-Unternehmer-Speeddatings an Schulen
- Organisation von Exkursionen in Unternehmen
- Unterstützung bei der Praktika-Suche / Übernahme Versicherungskosten
- Mitgestaltung von BO-Wochen/-Tagen an den Gymnasien
- Jährliche MAKERZSTUDI – Studienmesse

Aktuell: Vorbereitungen der MAKERZSTUDI am 8. Juni 2024 in Annaberg-Buchholz.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

- 2018: 7 Veranstaltungen an 6 Gymnasien, ca. 300 SchülerInnen
- 2019: 13 Veranstaltungen an 10 Gymnasien, ca. 770 SchülerInnen; StudienmesseDual ERZ, ca. 300 BesucherInnen
- 2020: 6 Veranstaltungen an 6 Gymnasien, ca. 330 SchülerInnen; StudienmesseERZ – virtuell (Corona-Jahr), ca. 120 TeilnehmerInnen
- 2021: 8 Veranstaltungen an 5 Gymnasien + digital, ca. 340 SchülerInnen; StudienmesseERZ – virtuell (Corona-Jahr), ca. 1.000 TeilnehmerInnen
- 2022: 13 Veranstaltungen, ca. 560 SchülerInnen; StudienmesseERZ, ca. 600 BesucherInnen
- 2023: 18 Veranstaltungen, ca. 725 SchülerInnen; StudienmesseERZ, ca. 600 BesucherInnen

Das Thema Duales Studium hat heute einen höheren Bekanntheitsgrad bei den Jugendlichen als noch vor einigen Jahren, wie sich aus Ergebnissen von Schülerbefragungen zu Veranstaltungen an Gymnasien und Studienmessen ableiten lässt.

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Resümierend aus der bisherigen Projekttätigkeit seit 01.03.2018 ist festzustellen, dass seitens der regionalen Unternehmen nach wie vor ein großes Interesse besteht und auch die Bereitschaft vorhanden ist, mit den Gymnasien enger zusammenzuarbeiten, um Gymnasiasten die attraktiven regionalen Ausbildungs- sowie Studienangebote nahezubringen.

Zu einem Großteil der erzgebirgischen Gymnasien besteht inzwischen ein guter Kontakt zur Projektleitung, der perspektivisch verstetigt und nachhaltig ausgebaut werden sollte.

#### Kurzdarstellung und Evaluierung: Projekt „Jugendplattform / MAKERZ“

**Projektziel**

Das Projekt „Makerz.me“ bietet eine zentrale Plattform für Ausbildungs- und Studienangebote, Ferienjobs und Praktika im Erzgebirgskreis.

Dabei ist das Hauptziel, die verschiedenen Ausschreibungen und Stellenbörsen der beteiligten Organisationen auf [www.makerz.me](https://www.makerz.me) zusammenzuführen und für die Zielgruppe über eine Metasuche filterbar zu machen. Durch Vermarktung auf relevanten Kanälen und die Verknüpfung von Online- und Offline-Angeboten soll Unternehmen bei der Fachkräftesicherung und Nachwuchsgewinnung geholfen werden.

**Aktueller Stand (bei fortlaufender Projektzeit)**

Das Projekt beinhaltet die Optimierung der Startseite, die Implementierung von Filtermöglichkeiten nach Umkreis, Ausbildungsart und Abschluss sowie eine Zielgruppenbefragung und Optimierungen am Logo MAKERZ.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

Die bisher erreichten Meilensteine umfassen den Website-Launch im Sommer 2022, die Einbindung einer Schnittstelle zur Ausbildungsbörse der Agentur für Arbeit im Sommer 2023 und eine gesteigerte Bekanntheit der Marke durch Social-Media-Aktivitäten und Schulprojekte im MAKERZ-Design.

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Die geforderten Schnittstellen konnten vorerst nur zur Agentur für Arbeit realisiert werden. Die weiteren Schnittstellen zur Handwerkskammer (HWK) und Industrie- und Handelskammer (IHK) erfordern weitere Gespräche, idealerweise zunächst mit den Digitalagenturen zur Definition der Anforderungen. Zudem wurden in einer umfassenden SEO-Analyse neue Ansätze für die Websiteoptimierung identifiziert, wie beispielsweise die Erstellung von Blogbeiträgen zu allgemeinen Themen rund um Ausbildung, Studium und Praktika sowie die Vertiefung der Arbeit an Schulen mit gezielten Aktionen zur Beruflichen Orientierung.

#### Tangierende Netzwerkarbeit im Handlungsfeld 1

- Arbeitskreis Schule-Wirtschaft (1x zentral, 4x Altlandkreise)
- Ausbildungsmessen Erzgebirge an 4 Standorten im Landkreis (Annaberg-Buchholz, Aue-Bad Schlema, Stollberg, Marienberg)
- Woche der offenen Unternehmen (SMWA-Pauschalzuschuss)
- Regionale Koordination Berufsorientierung/Studienorientierung im LRA ERZ (über ESF-SMK-Richtlinie gefördert)
- Berufsorientierungs-Projekte an ausgewählten Oberschulen (über ESF-SMK-Richtlinie gefördert)
- Praxisberater an ausgewählten Oberschulen (gefördert über ESF/BA und mit Landesmitteln)
- Berufe im Test (Interreg 5a – finanziert)

#### Künftige Ansätze im Handlungsfeld 1

In der Region Erzgebirge sind dank der gut funktionierenden Netzwerk-Arbeit in der Vergangenheit viele wirkungsvolle Angebote der Nachwuchsgewinnung entwickelt und inzwischen nachhaltig etabliert worden.

Beim Thema Kommunikation zwischen Unternehmen und Nachwuchs bzw. der Zielgruppenansprache (Jugendliche) besteht allerdings nach wie vor ein enormes Steigerungspotenzial.

Angestrebt wird eine gemeinsame Koordination vorhandener Angebote, der Integrations- und Unterstützungsprozesse sowie die Entwicklung von Hilfsmitteln für eine verbesserte Kooperation auf strategischer und konkreter Fallebene. Ziel ist es, die unterschiedlichen Informations- und Dienstleistungsangebote möglichst gut aufeinander abzustimmen.

Für ausgewählte Branchen mit besonderen Engpässen sowie weitere Akteure, die den Übergangsprozess Schule-Beruf in der Region befördern können, gilt es weitere Angebote zu konzipieren und umzusetzen. Zusätzlich sind die Möglichkeiten der Ansprache des überregionalen Azubi-Potenzials anzugehen. Ein weiterer künftiger Schwerpunkt liegt im fachlichen Austausch von/mit Unternehmen, um Lehrlingsgewinnung effektiv zu gestalten und Lehrabbrüche zu vermeiden.

### 3.3 Handlungsfeld 2: Pendler / Stellenwechsler / Arbeitssuchende / Langzeitarbeitslose

#### Kurzdarstellung und Evaluierung: Projekt „Fachkräfteportal Erzgebirge“

**Projektziel**

Das Projekt zielt darauf ab, die Abwanderung qualifizierter Arbeitskräfte zu reduzieren, die Zuwanderung von Fachkräften zu fördern und Unternehmen den Zugang zu Fachkräften zu erleichtern. Durch technische und inhaltliche Optimierungen sowie gezielte Marketingmaßnahmen soll das Portal die regionale Fachkräftesicherung nachhaltig und langfristig unterstützen. Der Fokus liegt dabei auf der deutlichen Verbesserung der Nutzererfahrung, der Steigerung der Bekanntheit des Portals sowie der Schaffung einer datenschutzfreundlichen, aussagekräftigen und robusten Systematik zur Erfolgsmessung.

**Aktueller Stand (bei fortlaufender Projektzeit)**

Die Umstellung auf eine datenschutzfreundliche, aussagekräftige und technisch robuste Systematik zur Reichweiten- und Erfolgsmessung (u. a. mit Hilfe von Matomo) wurde erfolgreich abgeschlossen.

Die Weiterentwicklung des Fachkräfteportals Erzgebirge verzeichnet Fortschritte, wobei das anwendungsorientierte Design- und Funktionskonzept (UX / UI) abgeschlossen ist. Die inhaltliche, technische und funktionale Überarbeitung ist in Arbeit. Der Launch ist im Juni 2024 geplant.

Die Vermarktungsaktivitäten laufen bereits, insbesondere im digitalen Raum. Im Anschluss an den Relaunch ist eine Schwerpunktkampagne in Vorbereitung.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

- ab Juni 2023: kontinuierlich begleitende Marketing-Maßnahmen, insbesondere in digitalen Werbenetzwerken. Im Ergebnis konnten zwischen 01.07.2023 und dem 31.01.2024 etwa 425.000 Besuche auf dem Portal verzeichnet werden.
- September 2023: Umgestaltung der Reichweitenmessung inkl. Verbesserung des Einwilligungsmanagements, Evaluierung der Datenschutzaspekte, Integration eines Skripte-Managements und Implementierung von Matomo als Werkzeug zur Erfolgskontrolle.
- Januar 2024: Abschluss Design- und Funktionskonzept (UX / UI)

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Der Relaunch des Fachkräfteportals Erzgebirge im Juni 2024 stellt einen zentralen Schritt im Projekt dar. Die für Ende Juli bzw. Anfang August 2024 geplante Marketing-Kampagne wird entscheidend dafür sein, die Neuerungen des Portals bekannt zu machen und sowohl regionale als auch überregionale Zielgruppen zu erreichen. Langfristig ist das nachhaltige und kontinuierliche Betreiben des Fachkräfteportals von entscheidender Bedeutung, um die positiven Effekte des Projekts zu sichern und weiter auszubauen.

Dazu gehört, dass das Portal auch über den Projektzeitraum hinaus stetig an die sich ändernden Bedürfnisse der Nutzer und die Dynamiken des Arbeitsmarktes angepasst wird. Das umfasst technische Updates, die Pflege und Erweiterung von Inhalten sowie möglicherweise die Einführung neuer Funktionen, basierend auf Nutzerfeedback und technologischen Entwicklungen. Eine kontinuierliche Erfolgsmessung und -analyse, wie sie durch die Umstellung im Projekt ermöglicht wird, bildet dabei die Grundlage für gezielte Optimierungen und die strategische Weiterentwicklung.

#### Kurzdarstellung und Evaluierung: Projekt „Pendleraktionstag wird Karriere + Jobmesse Erzgebirge“

**Projektziel**

Die regionale Jobmesse für Erzgebirger mit Rückkehrwunsch und Menschen mit Interesse für die Region findet jährlich zwischen Weihnachten und Neujahr statt. Viele Menschen nutzen die Tage in Ruhe und im Familienkreis, um einen (beruflichen) Neuanfang zu planen.

**Aktueller Stand (bei fortlaufender Projektzeit)**

Die Zielgruppe zu dieser Messe umfasst schon längst nicht mehr nur die Pendler, sondern integriert alle Rückkehrer und daheimgebliebenen Fachkräfte, Studenten und alle Interessierten der Region Erzgebirge. Daher das neue Konzept mit dem Namen „KARRIERE + JOBMESSE Erzgebirge“.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

- Insgesamt stellten sich 30 regionale Unternehmen aus den Branchen Gesundheit & Soziales, verarbeitendes Gewerbe & IT, Handwerk, Bauwesen sowie Tourismus, Logistik und Handel vor.
- Hinzu kamen die Institutionen Agentur für Arbeit Annaberg-Buchholz, IHK Chemnitz, Regionalkammer Erzgebirge, Handwerkskammer Chemnitz und Wirtschaftsförderung Erzgebirge mit dem Regionalmanagement Erzgebirge sowie dem Welcome Center Erzgebirge.
- Zum Anfang des neuen Jahres wurde dieses Format auch in den digitalen Raum verlängert, wo die Teams des Welcome Centers und des Regionalmanagements gemeinsam die Interessierten rund um das Thema Ankommen im Erzgebirgskreis beratend unterstützten.

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Zur Messe am 28.12.2023 im Gründer- und Technologiezentrum Annaberg-Buchholz waren 200 Besucher vor Ort. Auf der Internetseite [www.fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe) gab es einen Marktplatz mit Unternehmenspräsentationen, hERZland-Geschichten sowie Tipps vom WCE für den (Neu-)Start im Erzgebirge.

Über das Jahr wird die Internetseite gepflegt, sodass von hier aus weiter für alle Interessierten frühzeitig und länger auf die verschiedenen Angebote zurückgegriffen werden kann bzw. auf die jeweiligen Plattformen weitergeleitet wird.

Durch die Kombination einer Vor-Ort-Messe und die Möglichkeit im digitalen Raum können so die Angebote für ein breites Publikum bestehend aus Arbeitgebern / Arbeitnehmern, dem WCE und RM zugänglich, gebündelt und erlebbar gemacht werden. Das wird auch spürbar an den erhöhten Zugriffsraten auf unser Fachkräfteportal Erzgebirge in diesem Zeitraum.

#### Tangierende Netzwerkarbeit im Handlungsfeld 2

- Nutzung der positiven Erfahrungen des Jobcenters Erzgebirgskreis im Rahmen des ESF-Bundesprogramms zur Eingliederung langzeitarbeitsloser Leistungsberechtigter nach dem SGB II auf dem allgemeinen Arbeitsmarkt
- Aufschließen von Arbeitgebern für die Beschäftigung Langzeitarbeitsloser (Vorteilsansprache); individuelle assistierte Vermittlung; Nachbetreuung von Arbeitgebern und Arbeitnehmern durch gezieltes Coaching
- Intensivvermittlung potentialreicher Leistungsberechtigter nach dem SGB II
- intensive und konsequente Beratung und Betreuung von jugendlichen SGB-II-Leistungsberechtigten, speziell von Ausbildungsabbrechern
- schnelle und konsequente Erschließung der Potenziale Geflüchteter bis zur Integration in Arbeit

#### Künftige Ansätze im Handlungsfeld 2

In diesem Bereich sollen neben den bestehenden Angeboten auch neue entwickelt und alle Angebote intensiver vermarktet und vernetzt werden.

Besonders für Online-Angebote ist eine Erweiterung der Funktionalität und eine Erhöhung des Bedienkomforts zu prüfen und umzusetzen.

Darüber hinaus sind weitere regional organisierte Events für ausgewählte Zielgruppen denkbar.

### 3.4 Handlungsfeld 4: Heimkehrer / Zuwanderung / Willkommenskultur

#### Kurzdarstellung und Evaluierung: Projekt „Weiterentwicklung der gelebten Willkommenskultur im Erzgebirge (WelcomERZ)“

**Projektziel**

Hauptzielstellung des Projektes WelcomERZ ist die Sensibilisierung von Unternehmen, Kommunalvertretern sowie der Bevölkerung für die Wichtigkeit von Zuwanderung und einer gelebten Willkommenskultur in Verbindung mit einer langfristigen Integration. Das impliziert auch die Beratung und Begleitung von Unternehmen zu aufenthaltsrechtlichen Aspekten.

Neu-Erzgebirger, egal ob Rückkehrer, Zuwanderer aus dem Inland oder aus dem Ausland, sollen sich möglichst reibungsarm in das berufliche und soziale Setting integrieren können.

**Aktueller Stand (bei fortlaufender Projektzeit)**

Der aktuelle Stand umfasst die Unterstützung und Beratung von regionalen Unternehmen: Im Rahmen von Veranstaltungen und im Zuge von individuellen Anfragen werden sie zu allen Aspekten rund um den Zuwanderungs- und Integrationsprozess unterstützt bzw. umfassend informiert. Neben Unternehmensvertretern werden auch zuwanderungsinteressierte Personen aus dem In- und Ausland individuell beraten und betreut.

Unter dem Claim „(Inter)Nationalität meets Erzgebirge“ werden „Welcome-Hutzn“ für Rückkehrer sowie Neu-Erzgebirger durchgeführt.

Ein erfolgreiches und dauerhaftes Etablieren des WCE hängt im entscheidenden Maß von der Verzahnung sowie guter und professioneller Zusammenarbeit mit allen betreffenden Akteuren ab. Diese Netzwerkarbeit mit institutionellen und assoziierten Partnern, auch verbunden mit fachlichen Aspekten wie dem Fachkräfteeinwanderungsgesetz 2.0, bildet ein wichtiges Fundament.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

Am 22.06.2023 folgten über 100 Vertreter aus Wirtschaft, institutionellen Partnern mit hoheitlichen Aufgaben im Kontext Migration und Integration sowie assoziierten Partnern der Einladung zur 5. Fachkräftetagung „Willkommen im Erzgebirge“ mit der zentralen Fragestellung „Kann Zuwanderung im Erzgebirge gelingen?“. Zudem wurden Welcome-Checks inklusive Ableitung von Handlungsempfehlungen zur Verbesserung erfolgreich in mehreren Kommunen durchgeführt. Auch das Veranstaltungsformat Welcome-Hutzn konnte weiter etabliert und an mehreren Orten durchgeführt werden. Über 70 Fallanfragen von Unternehmen und knapp 200 Anfragen von Rückkehrern sowie Zuwanderern aus dem In- und Ausland wurden 2023 individuell betreut und beantwortet.

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Die etablierten Formate wie Welcome-Hutzn, Fachkräftetagungen sowie der Welcome-Check werden auch weiterhin umgesetzt, da das Thema Zuwanderung und Integration einer kontinuierlichen Basisarbeit bedarf. Auch die kontinuierliche Netzwerkarbeit mit assoziierten und institutionellen Partnern sowie die Aneignung von aktuellem Systemwissen (insbesondere aufenthaltsrechtliche Aspekte) bilden auch weiterhin Fokusthemen.

#### Kurzdarstellung und Evaluierung: Projekt NAFKA – „Netzwerk zur Anwerbung und Integration von Arbeits- und Fachkräften aus dem Ausland“

**Projektziel**

Hauptzielstellung des Projektes NAFKA ist die Verbesserung der Fachkräftesituation im Erzgebirgskreis durch die erfolgreiche Rekrutierung und Integration ausländischer Arbeits- und Fachkräfte im Erzgebirge. Hierfür soll der Aufbau eines Netzwerks mit dem Ziel der Anwerbung ausländischer Fachkräfte und Auszubildender in den Arbeitsmarkt forciert werden.

Teilziele sind die Entwicklung einer Datenbank mit transparenter Listung staatlicher Rekrutierungsprogramme und (über-)regional tätiger, privatwirtschaftlicher Anwerbeakteure, eine stärkere Inanspruchnahme von Recruiting-Programmen bzw. Personaldienstleistern und das Erzeugen einer „kritischen“ Masse für z. B. ortsnahe Sprach- und Integrationskurse und Anpassungsmaßnahmen.

Des Weiteren soll der Auf- und Ausbau der Willkommenskultur und interkulturellen Kompetenz in den Unternehmen unterstützt werden.

**Aktueller Stand (bei fortlaufender Projektzeit)**

Es wurde der Kriterienkatalog „Faire Anwerbung“ mit 28 Einzelkriterien entwickelt. Mit Hilfe dieser Indikatorik wurde ein Online-Registrierungsformular für (über-)regional tätige, privatwirtschaftliche Anwerbeakteure programmiert. Parallel dazu erfolgte die Entwicklung des Unternehmensbedarfsabfrageformulars. Dieses sowie auch der Matchingprozess zwischen Recruiter und Unternehmen in Verbindung mit der generierten Ergebnis-Mail befinden sich in Evaluierungsschleifen.

Für die Stärkung und Verbesserung des Onboardings und der Willkommenskultur in den erzgebirgischen Unternehmen wurden zwei neue Veranstaltungsformate, zum einen der „Welcome-Dialog: EINBLICK. ÜBERBLICK. WEITBLICK“ und zum anderen das „Welcome-Fachwissen: INFORMIEREN. LERNEN. ANWENDEN“, entwickelt sowie erfolgreich durchgeführt.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

Die Kontaktdaten und rekrutierungsaffinen Informationen (z. B. Siegel, Referenten, Rekrutierungsländer, Branchen) der staatlichen Anwerbeprogramme sowie der privatwirtschaftlich agierenden Anwerbeakteure wurden als Informationsbasis nach einer einheitlichen Matrix gebündelt und in Form einer Kontaktdatenbank hinterlegt.

Zudem erfolgte in der ersten Projektphase der Aufbau einer internen Wissensdatenbank, welche für den Gesamtprozess der Zuwanderung und Integration übersichtlich aufbereitetes und gebündeltes Expertenwissen für die operative Arbeit des Welcome Center Erzgebirge enthalten wird.

Ergänzend hierzu konnten zwei neue Veranstaltungsformate konzipiert und mit großer Beteiligung regionaler Unternehmen sowie Netzwerkpartner durchgeführt werden.

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Über die Kontaktplattform wird der Prozess der Anwerbung von Arbeits- und Fachkräften aus dem Ausland gegenüber den Unternehmen durch bedarfsorientierte Vorschläge übersichtlicher, transparenter und zeitsparender gestaltet.

Gerade kleinere Unternehmen müssen mit weiterem Systemwissen und einer Netzwerkstruktur, die auch den Erfahrungsaustausch und das „Lernen mit- und voneinander“ adressiert, für die Chancen der Zuwanderung sensibilisiert und aufgeklärt werden. Hier setzen im ersten Schritt die neu konzipierten Veranstaltungsformate an. Parallel wird an einem großen Unternehmensservicebereich inklusive großem und mittelstandsgerecht aufbereitetem Wissenspool gearbeitet. So findet der Unternehmer auf einen Blick eine Übersicht und Strukturierung des gesamten Prozesses „internationale Fachkräftezuwanderung“.

Es wird angestrebt, das Projekt unter dem Dach des WCE fortzuführen – insbesondere auch mit Unterstützung durch die Wirtschaft sowie weitere Fachpartner.

#### Tangierende Netzwerkarbeit im Handlungsfeld 4

- Präsenz auf Hochschul- und Karrieremessen in der Region Chemnitz

#### Künftige Ansätze im Handlungsfeld 4

Die verstärkte überregionale Ansprache und Anwerbung von internationalen Fachkräften ist zukünftig essentiell für die Fachkräftesicherung im Erzgebirge. Dazu müssen neben neu zu entwickelnden Marketingwerkzeugen auch geeignete Formate bzw. Plattformen sondiert und besetzt werden. Gerade die sächsischen Hochschulen sowie der europäische und internationale Arbeitsmarkt bieten Chancen, die bisher noch nicht vollumfänglich erschlossen wurden. In der intensiveren Vernetzung des touristischen Außen-Marketings mit dem regionalen Fachkräfte-Marketing liegen weitere Ansätze.

Gern bringt sich die regionale Fachkräfteallianz Erzgebirge auch bei künftigen Initiativen des Freistaats zur Fachkräfte-Anwerbung ein bzw. wirken einzelne Mitglieder dabei konkret mit. Der Aufbau von Vor-Ort-Service-Strukturen für klein- und mittelständische Betriebe, die geeignete Flüchtlinge oder angeworbene Zuwanderer betreut haben möchten, ist für die Zukunft ebenso zwingend erforderlich wie die Unterstützung von Unternehmen bei Projekten zur Vereinbarkeit von Familie und Beruf.

### 3.5 Handlungsfeld 5: Qualität der Arbeitsplätze im Erzgebirge erhöhen / Fachkräfte binden / Digitalisierung in der Arbeitswelt

#### Kurzdarstellung und Evaluierung: Projekt „CSRnetERZ 2.0“

**Projektziel**

Unter „Corporate Social Responsibility“ oder kurz CSR ist die gesellschaftliche Verantwortung von Unternehmen zu sehen. CSR umfasst den freiwilligen Beitrag von Unternehmen zu einer nachhaltigen Entwicklung in Bezug auf soziale, ökonomische und ökologische Aspekte über das eigentliche unternehmerische Kerngeschäft hinaus. Schlagworte sind dabei Personalkultur, gesellschaftliches Engagement und Nachhaltigkeit.

Prioritäres Ziel des Projektes CSRnetERZ 2.0 ist die Fachkräftesicherung im Erzgebirge. Einen Baustein dafür bildet die Steigerung der Arbeitgeberattraktivität in der Region. In Zusammenarbeit mit der ATB gGmbH Chemnitz als langjährigem Kooperationspartner und wissenschaftlichem Begleiter für die Gestaltung von wirksamer Personalarbeit werden folgende Schwerpunkte im Rahmen der Projektarbeit thematisiert:

1. Sensibilisierung von Entscheidern zur Gestaltung einer modernen, zukunftsfähigen Arbeitswelt und einer damit verbundenen mitarbeiterorientierten Personalpolitik
2. Professionalisierung der Personalarbeit mit dem Fokus zur Steigerung der Arbeitgeberattraktivität durch ein gesundes, motivierendes und innovationsfreundliches Arbeitsumfeld
3. Beteiligung von Beschäftigten bei der unternehmensinternen Umsetzung einer mitarbeiterorientierten Personalpolitik

Das Projekt setzt auf einen regionalen branchenübergreifenden Ansatz, der nach dem Prinzip „Akteure lernen von Akteuren“ funktioniert und Hilfe zur Selbsthilfe bietet. Im Mittelpunkt stehen Zusammenarbeit und Austausch der Unternehmen im Bereich Personalpolitik/Fachkräftesicherung, um die Innovations-, Wettbewerbs- und Leistungsfähigkeit der Region zu festigen.

**Zielgruppe**

Unternehmen im Erzgebirge (Geschäftsführer, Inhaber, Personalverantwortliche)

**Aktueller Stand (bei fortlaufender Projektzeit)**

Am 15.05.2024 findet die Auftaktveranstaltung zum CSRnetERZ-2.0-Zyklus für 2024 statt. Elf regionale Unternehmen vom Bäckerhandwerk über den Tourismusbetrieb bis hin zum Metallbau-Unternehmen treten in Austausch zur Steigerung der Arbeitgeberattraktivität ihres Unternehmens und gleichzeitig der Region Erzgebirge. Als Plattform dafür wird es bis Jahresende sechs CSR-Veranstaltungen mit Unternehmensführungen, wissenschaftlichen Impulsen und Workshops geben.

**Signifikante Ergebnisse in der bisherigen gesamten Projektlaufzeit**

Seit Projektbeginn 2012 haben sich über 120 Unternehmen aus dem Erzgebirge mit ihren Ideen und Erfahrungen in das CSR-Netzwerk Erzgebirge eingebracht, eigene Potentiale entdeckt und mit Gleichgesinnten ihre Strategien zum nachhaltigen unternehmerischen Handeln weiterentwickelt.

Sie bilden das CSR-Netzwerk Erzgebirge, in dessen Rahmen ein bis drei Netzwerktreffen im Jahr zu aktuellen Themen stattfinden.

**Analyse dieses Ergebnisses mit Ausblick auf fortführende kommende Schritte bzw. sich ergebender neuer Ansatz**

Der Mehrwert des Projektes liegt im Beitrag zur regionalen Wirtschaftsentwicklung und unterstützt die Fachkräfte-Stabilisierung in der Region. Da die Bausteine Professionalisierung und Beteiligung ausschließlich innerhalb des gebildeten CSR-Netzwerkes stattfinden, wird den Unternehmen die Möglichkeit gegeben, untereinander offen über aktuelle Herausforderungen der Personalarbeit diskutieren zu können. Die daraus resultierenden Optimierungen bezüglich der Arbeitsplatzqualität in jedem einzelnen Unternehmen erhöhen gleichzeitig die Arbeitgeberattraktivität der gesamten Wirtschaftsregion Erzgebirge.

Darüber hinaus regen die im Projekt beteiligten Unternehmen im Bereich Personalpolitik einen neuen Standard im Erzgebirge an. Weitere Firmen werden zur Gestaltung ihrer Personalarbeit motiviert, und der regionale Wirkungskreis erweitert sich sukzessive.

#### Tangierende Netzwerkarbeit im Handlungsfeld 5

- allgemeines, regionales Fachkräfte-Marketing nach innen und außen

#### Künftige Ansätze im Handlungsfeld 5

Basis aller künftigen Aktivitäten der Fachkräfteallianz Erzgebirge ist weiterhin die intensive Sensibilisierung von einheimischen KMU für die Bedeutung der betrieblichen Personalarbeit und eines modernen Arbeitgebermarketings. Die Megatrends Transformation in der Automobil- und Zulieferindustrie und Digitalisierung (Arbeitswelt 4.0) und der damit einhergehende gravierende Umbruch am regionalen Arbeitsmarkt verstärken die Herausforderungen der zukünftigen Fachkräftearbeit.

Eine intensive Kommunikation zu den tatsächlichen, mittelfristigen Gegebenheiten am regionalen Arbeitsmarkt nach innen und außen ist daher elementar. Kooperationen mit Nachbar-Regionen und überregionalen Initiativen erweitern das eigene Portfolio. Auch tangierende Themen wie Nachhaltigkeit dürfen dabei nicht aus dem Fokus verloren werden.

## 4. Organisation

Die Organisation der operativen Zusammenarbeit im Rahmen der Fachkräfteallianz Erzgebirge erfolgt künftig in Anlehnung an die Festlegungen in § 3 (Einladung und Durchführung der Sitzungen) der Netzwerkvereinbarung „Fachkräfte für das Erzgebirge“ vom 16.01.2014. Bei kurzfristigem Bedarf können Projekt-Bewertungen auch im Umlaufverfahren über das geschäftsführende Mitglied organisiert werden.

Für die Beantragung der Förderung einer konkreten Maßnahme über die Fachkräfterichtlinie des SMWA ist eine befürwortende Einschätzung bzw. Stellungnahme der regionalen Fachkräfteallianz zwingende Voraussetzung.

Diese soll von der Mehrheit aller Mitglieder getragen werden. Besonders hohe Priorität sollen gemeinsam getragene Projekte erhalten.

Die Fachkräfteallianz kann sich eine Geschäftsordnung geben.

## 5. Schlussbestimmung

Die vorliegende Fortschreibung des regionalen Handlungskonzeptes der Fachkräfteallianz Erzgebirge wurde per Beschluss am 06. Juni 2024 von den Mitgliedern der regionalen Fachkräfteallianz einstimmig verabschiedet.

In Vertretung der Fachkräfteallianzpartner unterzeichnet das geschäftsführende Mitglied der Fachkräfteallianz Erzgebirge.

Annaberg-Buchholz, den 06.06.2024

Matthias Lißke, Geschäftsführer, Wirtschaftsförderung Erzgebirge GmbH

## Quellenangabe

- Freistaat Sachsen: Fachkräftestrategie Sachsen 2030
- Leitbild „Gute Arbeit für Sachsen“ (2015)
- Bundesagentur für Arbeit – RD Sachsen: Perspektive 2025 – Fachkräfte für Sachsen (2011), „BA 2020 bringt weiter“, Schwerpunktheft „Fachkräfte für Deutschland“ (2016)
- IAB-Sonderauswertungen, Arbeitsmarktmonitor
- Fachkräftemonitoring 2022 der Sächsischen IHKs und HWKs
- Netzwerk „FfdE“: Vereinbarung zur Zusammenarbeit (2014)
- WFE GmbH: Statistik-Steckbrief Erzgebirgskreis (2020)
- Demographiebericht – Wegweiser-Kommune.de / Statistische Ämter der Länder, ZEFIR, eigene Berechnungen, Dienst GmbH

*Hinweis der Redaktion: In dieser Online-Fassung wurden offensichtliche Tipp- und Grammatikfehler der Vorlage berichtigt. Wortlaut, Zahlen und Daten sind unverändert.*
`

const HK_EN = md`
> This is a summarised English translation for information only. The binding text is the German Handlungskonzept adopted by the members of the Fachkräfteallianz Erzgebirge on 6 June 2024. Figures are taken over unchanged; “about” stands for the German “ca.”.

## Foreword

Over the last 30 years the Erzgebirge has become, together with the economically strong Chemnitz–Zwickau area, one of the pillars of the economy of the Free State of Saxony. Many owner-managed small and medium-sized companies have established themselves here – as suppliers to the automotive and mechanical engineering industries, as skilled-trade businesses, as service providers and as farms.

How the region develops, and how it secures its prosperity, depends heavily on finding and keeping skilled workers. Demographic change will confront the region’s companies with enormous challenges. A strong network of the actors in the training and labour market has therefore set out to develop new strategies. With targeted support from the Free State of Saxony, the Erzgebirge can become an even more attractive place to live and work – a “progressive province”.

## 1. The situation in the Erzgebirgskreis

### 1.1 Economic structure

- About 14,300 businesses, almost 85 % of them small businesses with 0–9 employees.
- Manufacturing is especially important: 31 % of all employees subject to social insurance work there (Saxony: 19 %).
- Industrial density rose from 76 to 106 since 2000 – the highest increase in Saxony (Saxony in the same period: from 63 to 78).
- With 27 %, the district has the largest share (about 6,000) of all craft businesses in the Chemnitz chamber district.
- Health and social care has become very important for the region; the service sector is much smaller than the Saxon average.
- Agriculture works under difficult conditions because of altitude, climate and soil.

### 1.2 Demography and labour market

- About 328,000 inhabitants – still the most populous district in Saxony; 179 inhabitants per km².
- In 2016 the district had almost 25 % fewer inhabitants than in 1990; by 2030 the population is expected to fall by another 10–15 %.
- People moving in and out almost balance each other. The decline is driven by the birth deficit (2021: about −3,800), not by migration (2021: about +600).
- The share of people over 50 rises from 35 % (1990) to 57 % (2025). The average age was 40 in 1990 and 49 in 2017, and will rise by another 3 years by 2030.
- Since 2010 fewer young people (15–20) enter working life than older people (65–70) leave it; the working-age population (20–65) will keep shrinking sharply.
- Unemployment (annual average) fell from about 20 % to about 5 % within ten years; about 65 % of the unemployed receive basic income support (SGB II).
- Employment rates of women and older people are far above the German average, while gross wages are among the lowest in Germany.

## 2. The Fachkräfteallianz Erzgebirge

### 2.1 General

Meeting the demand for qualified skilled workers and managers needs all partners: industry, skilled trades, education, business development, employee representatives and local authorities. At the beginning of 2014 the partners of the network “Fachkräfte für das Erzgebirge” signed a written agreement on even closer cooperation.

### 2.2 From network to alliance

When the Saxon Ministry for Economic Affairs (SMWA) offered support for regional projects on condition that regional skilled-labour alliances were formed, the alliance could build on this established network. In spring 2016 further partners joined (the town of Stollberg and the DGB trade union district association). Following the amended Saxon funding guideline of 16 May 2019, a coordinator post was created at the managing member. On 17 August 2021 the alliance decided to admit the League of Voluntary Welfare Organisations in Saxony, represented by its Erzgebirge district association.

### 2.3 Members

The alliance has 13 members (names as in the German original):

${MEMBER_LIST_EN}

### 2.4 Strategy and goals

The Handlungskonzept is based on the *Fachkräftestrategie Sachsen 2030* (Saxony’s skilled labour strategy, 2019) and its four fields of action: developing abilities and interests; attracting talent; using existing potential; retaining skilled workers through attractive jobs. A further basis is the 2022 action plan for attracting international skilled workers to Saxony. Quality of life, family friendliness and an attractive economy are the pillars that keep employers and skilled workers in the region and attract new ones.

## 3. Regional fields of action

### 3.1 Introduction

The alliance works for a strong economy and for good and secure work. Its sub-goals include: securing the performance and innovation of the regional economy; making the Erzgebirge attractive for working, living and learning; more employment of women, older people, people with disabilities and people with a migration background; less (long-term) unemployment; better vocational training; health at work; managed immigration and an open culture of welcome.

### 3.2 Field of action 1: The next generation of skilled workers

#### Project “Karriere Dual – for grammar school students in the Erzgebirge”

Brings training companies and grammar school students together (talks, speed dating, company visits, help with internships, the annual MAKERZSTUDI study fair), showing careers based on dual study or dual vocational training. Results 2018–2023 range from 7 events at 6 grammar schools with about 300 students (2018) to 18 events with about 725 students and about 600 visitors at the StudienmesseERZ (2023). Dual study is better known among young people today than a few years ago.

#### Project “Youth platform / MAKERZ”

[www.makerz.me](https://www.makerz.me) brings together apprenticeships, study places, holiday jobs and internships in the district in one filterable search. Milestones: launch in summer 2022, an interface to the apprenticeship exchange of the Federal Employment Agency in summer 2023. Interfaces to the chambers (HWK, IHK) still need to be agreed.

#### Related network activities and future approaches

School–business working groups, apprenticeship fairs at four sites (Annaberg-Buchholz, Aue-Bad Schlema, Stollberg, Marienberg), the “Woche der offenen Unternehmen” (open company week) and career orientation projects at schools. The alliance wants to coordinate existing offers better, talk to young people in ways that reach them, and help companies recruit apprentices and prevent drop-outs.

### 3.3 Field of action 2: Commuters, job changers, jobseekers and the long-term unemployed

#### Project “Fachkräfteportal Erzgebirge”

The regional job portal is to reduce the number of skilled workers who leave, attract new ones and make it easier for companies to find them. Privacy-friendly reach measurement (including Matomo) was introduced; between 1 July 2023 and 31 January 2024 the portal had about 425,000 visits. A relaunch was planned for June 2024, followed by a marketing campaign.

#### Project “Karriere + Jobmesse Erzgebirge” (formerly Pendleraktionstag)

A job fair held every year between Christmas and New Year for people from the Erzgebirge who would like to come back and for anyone interested in the region. Over the project so far, 30 regional companies have presented themselves; the fair on 28 December 2023 at the Gründer- und Technologiezentrum in Annaberg-Buchholz had 200 visitors; an online marketplace at [fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe) extends the fair.

#### Related network activities and future approaches

The job centre’s experience with integrating long-term unemployed people, intensive placement and coaching, support for young people and for refugees. Offers are to be marketed and connected better, online services made easier to use.

### 3.4 Field of action 4: Returnees, immigration and a culture of welcome

#### Project “WelcomERZ”

Raises awareness among companies, municipalities and residents of the importance of immigration and a lived culture of welcome, and advises companies on residence law. In 2023: over 100 participants at the 5th skilled workers’ conference “Willkommen im Erzgebirge” on 22 June 2023, Welcome-Checks in several municipalities, Welcome-Hutzn evenings in several places, over 70 enquiries from companies and nearly 200 from returnees and newcomers.

#### Project NAFKA – network for recruiting and integrating workers from abroad

A catalogue of 28 criteria for “fair recruitment”, an online registration for recruitment agencies, a contact database of state recruitment programmes and private recruiters, and two new event formats for employers (“Welcome-Dialog” and “Welcome-Fachwissen”). The project is to continue under the roof of the Welcome Center Erzgebirge.

#### Future approaches

Reaching international skilled workers beyond the region, using universities and the European labour market, linking tourism marketing with skilled-labour marketing, local services for small companies and support for family-friendly employers.

### 3.5 Field of action 5: Better jobs, retaining skilled workers, digitalisation of work

#### Project “CSRnetERZ 2.0”

Corporate social responsibility as a way to make employers more attractive, together with ATB gGmbH Chemnitz as scientific partner. Since 2012 over 120 companies have taken part in the CSR network Erzgebirge; in the 2024 cycle (kick-off on 15 May 2024) eleven companies take part in six events. Future work: making small and medium-sized companies aware of good HR work and employer branding in times of transformation and digitalisation.

## 4. Organisation

The alliance works along the rules in § 3 of the network agreement of 16 January 2014. Applications for funding under the Saxon skilled-labour guideline need a supporting statement from the regional alliance, backed by a majority of its members; jointly supported projects get high priority. The alliance may adopt rules of procedure.

## 5. Final provision

The members adopted this updated Handlungskonzept unanimously on 6 June 2024. The managing member signed it on behalf of all partners in Annaberg-Buchholz on 6 June 2024.

## Sources

The German original lists its sources, among them the Fachkräftestrategie Sachsen 2030, the Fachkräftemonitoring 2022 of the Saxon chambers and the WFE GmbH Statistik-Steckbrief Erzgebirgskreis (2020).
`

const VEREINBARUNG_DE = md`
Die Partner des Netzwerkes „Fachkräfte für das Erzgebirge“ haben zu Jahresbeginn 2014 eine schriftliche Vereinbarung zur noch engeren Kooperation geschlossen. Sie datiert vom 16.01.2014.

## Worum es geht

Die Partner stimmten überein, dass durch eine ziel- und ergebnisorientierte Kooperation aller Akteure am Ausbildungs- und Arbeitsmarkt der Grundstein für eine Sicherung von geeigneten Fach- und Führungskräften im Erzgebirgskreis gelegt wird.

## Bedeutung für die Fachkräfteallianz

- Auf dieser gut funktionierenden Struktur baut die Fachkräfteallianz Erzgebirge seit 2016 auf.
- Die Handlungsfelder der Allianz bauen auf den Ideen auf, die das Netzwerk 2014 definiert hat.
- Die operative Zusammenarbeit der Allianz richtet sich nach § 3 der Vereinbarung (Einladung und Durchführung der Sitzungen).

So beschreibt es das [Handlungskonzept zur regionalen Fachkräftesicherung vom 06.06.2024](/allianz/dokumente/handlungskonzept-2024/).

[[Platzhalter: Volltext der Vereinbarung oder PDF ergänzen, sobald die Allianz ihn freigibt]]
`

export const strategy: SeedModule = () => {
  const docs: SanityDoc[] = []

  for (const af of actionFields) {
    for (const lang of ['de', 'en'] as const) {
      const t = af[lang]
      docs.push(
        tdoc('actionField', af.group, lang, {
          title: t.title,
          slug: slug(t.slug),
          number: af.number,
          framework: af.framework,
          description: t.description,
          seo: seo(t.seo, {title: t.seoTitle}),
        }),
      )
    }
  }

  const hkDe = tdoc('allianceDocument', 'handlungskonzept-2024', 'de', {
    title: 'Handlungskonzept zur regionalen Fachkräftesicherung',
    slug: slug('handlungskonzept-2024'),
    kind: 'handlungskonzept',
    adoptedOn: '2024-06-06',
    summary:
      'Die Fortschreibung des Handlungskonzepts der Fachkräfteallianz Erzgebirge: Ausgangslage im Erzgebirgskreis, Mitglieder, Strategie und die regionalen Handlungsfelder mit allen Projekten. Einstimmig beschlossen am 06.06.2024.',
    seo: seo('Das Handlungskonzept der Fachkräfteallianz Erzgebirge vom 06.06.2024: Ausgangslage, Ziele, Handlungsfelder und Projekte.', {
      title: 'Handlungskonzept 2024 der Fachkräfteallianz',
    }),
  })
  hkDe.body = rich(hkDe._id, 'body', HK_DE)
  docs.push(hkDe)

  const hkEn = tdoc('allianceDocument', 'handlungskonzept-2024', 'en', {
    title: 'Action plan for securing skilled workers in the region (summary translation)',
    slug: slug('action-plan-2024'),
    kind: 'handlungskonzept',
    adoptedOn: '2024-06-06',
    summary:
      'English summary of the Handlungskonzept adopted unanimously by the Fachkräfteallianz Erzgebirge on 6 June 2024: the situation in the district, the alliance, its strategy and its projects. Only the German text is binding.',
    seo: seo('Summary translation of the alliance’s 2024 action plan: the region’s situation, goals, fields of action and projects.', {
      title: 'Action plan 2024 (English summary)',
    }),
  })
  hkEn.body = rich(hkEn._id, 'body', HK_EN)
  docs.push(hkEn)

  const vb = tdoc('allianceDocument', 'vereinbarung-zur-zusammenarbeit-2014', 'de', {
    title: 'Vereinbarung zur Zusammenarbeit im Netzwerk „Fachkräfte für das Erzgebirge“',
    slug: slug('vereinbarung-zur-zusammenarbeit-2014'),
    kind: 'vereinbarung',
    adoptedOn: '2014-01-16',
    summary:
      'Schriftliche Vereinbarung der Partner des Netzwerkes „Fachkräfte für das Erzgebirge“ vom 16.01.2014 zur noch engeren Zusammenarbeit bei der Sicherung von Fach- und Führungskräften im Erzgebirgskreis.',
    seo: seo('Die Netzwerkvereinbarung „Fachkräfte für das Erzgebirge“ vom 16.01.2014 – Grundlage der heutigen Fachkräfteallianz.', {
      title: 'Vereinbarung 2014: Netzwerk „Fachkräfte für das Erzgebirge“',
    }),
  })
  vb.body = rich(vb._id, 'body', VEREINBARUNG_DE)
  docs.push(vb)

  return docs
}
