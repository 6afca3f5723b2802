/**
 * Blog posts on training topics, written by the editorial team: short sentences and "du" for
 * pupils, "Sie" where parents are addressed. Every post links to the matching live search
 * (BA Jobsuche with angebotsart 4 = Ausbildung/duales Studium or 34 = Praktikum, makerz.me).
 * Legal rules name their source on gesetze-im-internet.de; euro amounts that change every year
 * (minimum training allowance, BAB, Aufstiegs-BAföG) are not given – the posts point to BIBB,
 * the Bundesagentur für Arbeit and aufstiegs-bafoeg.de instead.
 */
import {authorId} from './members.ts'
import {berlin, md, ref, rich, seo, slug, tdoc, type Lang, type SanityDoc, type SeedContext, type SeedModule} from './helpers.ts'
import {jobSearch, law, MAKERZ, src} from './kit.ts'

interface PostVersion {
  title: string
  slug: string
  excerpt: string
  seo: string
  /** only where the title is longer than 60 characters */
  seoTitle?: string
  body: string
}

interface PostDef {
  group: string
  image: string
  category: 'ausbildung' | 'duales-studium' | 'praktikum' | 'ferienjob' | 'berufsorientierung' | 'weiterbildung'
  audience: Array<'schueler' | 'eltern' | 'lehrkraefte' | 'unternehmen'>
  published: string
  de: PostVersion
  en?: PostVersion
}

const posts: PostDef[] = [
  {
    group: 'was-ist-eine-ausbildung',
    image: 'post-ausbildung',
    category: 'ausbildung',
    audience: ['schueler', 'eltern'],
    published: '2026-09-14',
    de: {
      title: 'Was ist eine Ausbildung – und wie finde ich einen Platz?',
      slug: 'was-ist-eine-ausbildung',
      excerpt:
        'Lernen im Betrieb und in der Berufsschule – und dabei Geld verdienen: So funktioniert eine duale Ausbildung. Und so findest du einen Ausbildungsplatz im Erzgebirge.',
      seo: 'Was ist eine duale Ausbildung, wie lange dauert sie, was verdienst du? Einfach erklärt – mit Tipps für Ausbildungsplätze im Erzgebirge.',
      body: md`
        In einer Ausbildung lernst du einen Beruf. In Deutschland gibt es über 300 anerkannte Ausbildungsberufe – von Anlagenmechanikerin bis Zerspanungsmechaniker.

        ## Zwei Lernorte: Betrieb und Berufsschule

        Die meisten Ausbildungen sind **dual**. Das heißt: Du arbeitest in einem Betrieb und gehst zusätzlich in die Berufsschule. Im Betrieb lernst du die Praxis, in der Berufsschule die Theorie. Manche Berufe, zum Beispiel Erzieherin oder Erzieher, lernst du dagegen an einer Fachschule oder Berufsfachschule.

        ## Wie lange dauert eine Ausbildung?

        Meist zwei bis dreieinhalb Jahre. Mit guten Noten oder Abitur kannst du die Ausbildung manchmal verkürzen. Am Ende legst du eine Prüfung ab – in vielen Berufen vor der Industrie- und Handelskammer (IHK) oder der Handwerkskammer.

        ## Verdiene ich dabei Geld?

        Ja. In einer dualen Ausbildung bekommst du jeden Monat eine Ausbildungsvergütung. Es gibt eine gesetzliche Mindestvergütung; die genaue Höhe hängt vom Beruf, vom Ausbildungsjahr und vom Betrieb ab. Mehr dazu steht im Beitrag [Ausbildungsvergütung und Förderung](/blog/ausbildungsverguetung-und-foerderung/).

        ## So findest du einen Ausbildungsplatz im Erzgebirge

        1. **Finde heraus, was zu dir passt.** Berufe kannst du bei [planet-beruf.de](${src.planetBeruf}) und im [BERUFENET](${src.berufenet}) der Bundesagentur für Arbeit entdecken. Die Berufsberatung der Agentur für Arbeit hilft dir kostenlos.
        2. **Probier es aus.** Mach ein [Praktikum](/berufsorientierung/praktikum-finden/). So merkst du schnell, ob der Beruf zu dir passt – und der Betrieb lernt dich kennen.
        3. **Such gezielt.** Auf [makerz.me](${MAKERZ}) findest du Ausbildungsplätze, duale Studiengänge, Praktika und Ferienjobs im Erzgebirgskreis. In der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4)}) suchst du nach Ausbildungsstellen rund um Annaberg-Buchholz – oder gib deinen Ort ein.
        4. **Triff Betriebe.** Auf den [Ausbildungsmessen Erzgebirge](/berufsorientierung/ausbildungsmessen/) in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg und Marienberg sprichst du direkt mit Betrieben.
        5. **Bewirb dich.** Wie das geht, steht in unseren [Bewerbungstipps](/blog/bewerbungstipps-fuer-die-ausbildung/).
      `,
    },
    en: {
      title: 'What is an apprenticeship in Germany?',
      slug: 'what-is-an-apprenticeship',
      excerpt:
        'Learning at a company and at vocational school – and earning money at the same time: this is how a dual apprenticeship works. And this is how you find one in the Erzgebirge.',
      seo: 'What is a dual apprenticeship, how long does it take, do you get paid? Explained simply – with tips for finding one in the Erzgebirge.',
      body: md`
        In an apprenticeship (German: Ausbildung) you learn an occupation. Germany has over 300 recognised training occupations – from plant mechanic to machining technician.

        ## Two places of learning: company and vocational school

        Most apprenticeships are **dual**: you work at a company and also attend vocational school. At the company you learn the practice, at school the theory. Some occupations, such as nursery teacher, are taught at full-time vocational schools instead.

        ## How long does it take?

        Usually two to three and a half years. With good grades or the Abitur you can sometimes shorten it. At the end you take an exam – in many occupations before the Chamber of Industry and Commerce (IHK) or the Chamber of Skilled Crafts.

        ## Do I get paid?

        Yes. In a dual apprenticeship you get a training allowance every month. There is a legal minimum; the exact amount depends on the occupation, the year of training and the company. The Federal Institute for Vocational Education and Training ([BIBB](${src.bibb})) publishes current figures.

        ## How to find an apprenticeship in the Erzgebirge

        - [makerz.me](${MAKERZ}) (German) lists apprenticeships, dual study places, internships and holiday jobs in the district.
        - The [job search of the Federal Employment Agency](${jobSearch(4)}) (German) finds apprenticeships around Annaberg-Buchholz.
        - At the Erzgebirge apprenticeship fairs in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg and Marienberg you can talk to companies directly.

        ## Our tip

        Do an [internship](/en/career-orientation/finding-an-internship/) first. You will quickly see whether the job suits you – and the company gets to know you.
      `,
    },
  },
  {
    group: 'duales-studium-in-sachsen',
    image: 'post-duales-studium',
    category: 'duales-studium',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    published: '2026-10-05',
    de: {
      title: 'Duales Studium an der Dualen Hochschule Sachsen (früher Berufsakademie Sachsen)',
      seoTitle: 'Duales Studium an der Dualen Hochschule Sachsen',
      slug: 'duales-studium-in-sachsen',
      excerpt:
        'Studieren, im Betrieb arbeiten und jeden Monat Geld verdienen: Das duale Studium verbindet Theorie und Praxis. Ein Standort liegt mitten im Erzgebirge – in Breitenbrunn.',
      seo: 'Duales Studium in Sachsen: wie es funktioniert, wie du dich bewirbst und warum der Standort Breitenbrunn im Erzgebirge liegt.',
      body: md`
        Bei einem dualen Studium wechseln sich Theorie und Praxis ab: Ein paar Wochen lernst du an der Hochschule, dann arbeitest du im Unternehmen. Das Unternehmen heißt **Praxispartner**. Es schließt einen Vertrag mit dir und zahlt dir jeden Monat eine Vergütung.

        ## Aus der Berufsakademie wird die Duale Hochschule Sachsen

        In Sachsen bietet vor allem die frühere Berufsakademie Sachsen duale Studiengänge an. Seit dem 1. Januar 2025 ist sie eine Hochschule: die **Duale Hochschule Sachsen (DHSN)**. Sie hat sieben Studienakademien: Bautzen, Breitenbrunn, Dresden, Glauchau, Leipzig, Plauen und Riesa. **Breitenbrunn liegt im Erzgebirgskreis.**

        Angeboten werden über 40 Studiengänge in Wirtschaft, Technik sowie im Sozial- und Gesundheitswesen. Nach drei Jahren hast du einen akademischen Abschluss, in der Regel den Bachelor. Das aktuelle Angebot steht auf [dhsn.de](${src.dhsn}).

        ## So bewirbst du dich

        1. Such dir einen Studiengang aus, der zu dir passt.
        2. Bewirb dich bei einem Unternehmen, das Praxispartner für diesen Studiengang ist – nicht bei der Hochschule.
        3. Hast du einen Vertrag mit dem Praxispartner, bewirbst du dich damit an der Hochschule. Du brauchst außerdem die Hochschulreife oder einen gleichwertigen Nachweis. Die Einzelheiten stehen auf der [Bewerbungsseite der DHSN](${src.dhsnApply}).

        Bewirb dich früh: Viele Unternehmen besetzen ihre Plätze schon ein Jahr vor Studienbeginn.

        ## Duale Studienplätze im Erzgebirge finden

        - Auf [makerz.me](${MAKERZ}) findest du duale Studienangebote von Unternehmen im Erzgebirgskreis.
        - Die [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, 'duales Studium')}) zeigt Ausbildungs- und duale Studienplätze in deiner Nähe.
        - Auf der Studienmesse MAKERZSTUDI triffst du Unternehmen und Hochschulen. Sie gehört zum Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) für Gymnasiastinnen und Gymnasiasten. Mehr auf der Seite [Duales Studium für Gymnasiasten](/berufsorientierung/duales-studium-fuer-gymnasiasten/).

        ## Passt das zu mir?

        Ein duales Studium ist anspruchsvoll: Du hast kaum Semesterferien und musst in Hochschule und Betrieb gleichzeitig dranbleiben. Dafür verdienst du vom ersten Monat an Geld und sammelst Berufserfahrung.
      `,
    },
    en: {
      title: 'Dual study at the Duale Hochschule Sachsen (formerly Berufsakademie Sachsen)',
      seoTitle: 'Dual study at the Duale Hochschule Sachsen',
      slug: 'dual-study-in-saxony',
      excerpt:
        'Study, work at a company and get paid every month: dual study combines theory and practice. One of the campuses is right in the Erzgebirge – in Breitenbrunn.',
      seo: 'Dual study in Saxony: how it works, how to apply and why one of the campuses is in Breitenbrunn in the Erzgebirge.',
      body: md`
        In a dual study programme, theory and practice alternate: you spend a few weeks at university, then you work at a company. The company is called your **practice partner**. It signs a contract with you and pays you every month.

        ## From Berufsakademie to Duale Hochschule Sachsen

        In Saxony, dual study programmes are offered mainly by the former Berufsakademie Sachsen, which became a university on 1 January 2025: the **Duale Hochschule Sachsen (DHSN)**. It has seven campuses: Bautzen, Breitenbrunn, Dresden, Glauchau, Leipzig, Plauen and Riesa. **Breitenbrunn is in the Erzgebirgskreis district.**

        There are over 40 programmes in business, engineering, and social and health care. After three years you have an academic degree, usually a bachelor’s. The university’s website [dhsn.de](${src.dhsn}) lists the current programmes.

        ## How to apply

        1. Choose a programme that suits you.
        2. Apply to a company that is a practice partner for this programme – not to the university.
        3. With the contract from your practice partner you then apply to the university. You also need a university entrance qualification or an equivalent. Details are on the [DHSN application page (German)](${src.dhsnApply}).

        Apply early: many companies fill their places a year before the programme starts.

        ## Finding dual study places in the Erzgebirge

        - [makerz.me](${MAKERZ}) (German) lists dual study offers from companies in the district.
        - The [Federal Employment Agency’s job search](${jobSearch(4, 'duales Studium')}) (German) lists apprenticeships and dual study places near you.
        - At the MAKERZSTUDI study fair you can meet companies and universities. It is part of the [Karriere Dual](/en/alliance/projects/karriere-dual/) project for grammar school students.

        ## Is it right for me?

        Dual study is demanding: there are hardly any semester breaks, and you have to keep up at university and at work. In return you earn money from the first month and gain work experience.
      `,
    },
  },
  {
    group: 'schuelerpraktikum-regeln',
    image: 'post-praktikum',
    category: 'praktikum',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    published: '2026-10-19',
    de: {
      title: 'Schülerpraktikum: Was du darfst – und was nicht',
      slug: 'schuelerpraktikum-regeln',
      excerpt:
        'Im Schülerbetriebspraktikum lernst du einen Beruf von innen kennen. Für dich gelten dabei besondere Schutzregeln aus dem Jugendarbeitsschutzgesetz. Hier sind die wichtigsten – und wie du einen Platz findest.',
      seo: 'Schülerpraktikum im Erzgebirge: Arbeitszeiten, Pausen, Versicherung nach Jugendarbeitsschutzgesetz – und wo du Plätze findest.',
      body: md`
        Ein Praktikum ist die beste Art, einen Beruf auszuprobieren. Viele Betriebe im Erzgebirge finden über Praktika ihre Azubis.

        ## Das Schülerbetriebspraktikum

        Das Schülerbetriebspraktikum ist eine Veranstaltung deiner Schule. Die Schule legt fest, wann es stattfindet und wie lange es dauert. Du suchst dir den Betrieb meist selbst aus. Weil es eine Schulveranstaltung ist, bist du gesetzlich unfallversichert – auch auf dem Weg zum Betrieb.

        ## Welche Regeln gelten?

        Auch Kinder unter 15 Jahren dürfen ein Betriebspraktikum machen, solange sie vollzeitschulpflichtig sind (§ 5 Absatz 2 Jugendarbeitsschutzgesetz). Für dich gelten dabei Schutzregeln:

        - **Arbeitszeit:** Solange du vollzeitschulpflichtig bist, gelten für dich die Regeln für Kinder – auch wenn du schon 15 oder 16 bist (§ 2 Absatz 3): höchstens 7 Stunden am Tag und 35 Stunden in der Woche (§ 5 Absatz 2 und § 7). Bist du nicht mehr vollzeitschulpflichtig, aber noch keine 18, sind es höchstens 8 Stunden am Tag und 40 Stunden in der Woche (§ 8).
        - **Pausen:** Bei mehr als 4,5 Stunden Arbeit hast du mindestens 30 Minuten Pause, bei mehr als 6 Stunden mindestens 60 Minuten (§ 11).
        - **Uhrzeit:** Gearbeitet wird grundsätzlich zwischen 6 und 20 Uhr (§ 14). Am Wochenende hast du in der Regel frei; Ausnahmen gibt es zum Beispiel in Bäckereien, in der Gastronomie und in Krankenhäusern.
        - **Keine gefährlichen Arbeiten:** Akkordarbeit und gefährliche Arbeiten sind verboten (§§ 22 und 23).

        Den vollständigen Text findest du im [Jugendarbeitsschutzgesetz auf gesetze-im-internet.de](${law('jarbschg')}).

        ## Und ein freiwilliges Praktikum in den Ferien?

        Das ist etwas anderes als das Schulpraktikum: Rechtlich ist es eine Beschäftigung. Bist du 15 oder älter und gehst noch zur Schule, gelten die Regeln für Ferienjobs – du darfst höchstens vier Wochen im Kalenderjahr in den Ferien arbeiten (§ 5 Absatz 4). Mit 13 oder 14 Jahren sind nur leichte Tätigkeiten bis zu zwei Stunden am Tag erlaubt, und deine Eltern müssen einverstanden sein; unter 13 Jahren ist ein Job nicht erlaubt. Mehr dazu im Beitrag [Ferienjob: Das musst du wissen](/blog/ferienjob-jugendarbeitsschutz/).

        ## Für Gymnasiastinnen und Gymnasiasten

        Das Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) der Fachkräfteallianz hilft bei der Suche nach einem Praktikum. Laut Handlungskonzept der Allianz (2024) übernimmt es auch die Versicherungskosten.

        ## So findest du einen Platz

        - Auf [makerz.me](${MAKERZ}) findest du Praktika im Erzgebirgskreis.
        - In der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(34)}) suchst du nach Praktikumsplätzen rund um Annaberg-Buchholz.
        - Tipps zur Bewerbung stehen auf der Seite [Praktikum finden](/berufsorientierung/praktikum-finden/).

        ## Für Eltern

        Sprechen Sie mit Ihrem Kind vorher über Arbeitszeiten, Kleidung und Ansprechperson im Betrieb. Bei Fragen zu Aufsicht und Versicherung hilft die Schule.
      `,
    },
  },
  {
    group: 'ferienjob-jugendarbeitsschutz',
    image: 'post-ferienjob',
    category: 'ferienjob',
    audience: ['schueler', 'eltern'],
    published: '2026-06-15',
    de: {
      title: 'Ferienjob: Das musst du wissen',
      slug: 'ferienjob-jugendarbeitsschutz',
      excerpt:
        'Eigenes Geld verdienen und Betriebe kennenlernen: Ein Ferienjob lohnt sich. Ab welchem Alter du arbeiten darfst, wie lange und was tabu ist, regelt das Jugendarbeitsschutzgesetz. Hier der Überblick.',
      seo: 'Ferienjob mit 13, 15 oder 17: Was das Jugendarbeitsschutzgesetz erlaubt, wie lange du arbeiten darfst und wo du Jobs findest.',
      body: md`
        Ein Ferienjob bringt Geld – und Erfahrung. Vielleicht lernst du dabei sogar deinen späteren Ausbildungsbetrieb kennen. Damit die Arbeit dir nicht schadet, gibt es klare Regeln.

        ## Unter 13 Jahren

        Kinder unter 13 dürfen grundsätzlich nicht arbeiten (§ 5 Absatz 1 Jugendarbeitsschutzgesetz).

        ## Mit 13 und 14 Jahren: nur leichte Arbeiten

        Mit 13 oder 14 Jahren darfst du leichte Arbeiten machen, die für Kinder geeignet sind – aber nur, wenn deine Eltern einverstanden sind (§ 5 Absatz 3):

        - höchstens **2 Stunden am Tag** (in landwirtschaftlichen Familienbetrieben höchstens 3 Stunden),
        - **nicht zwischen 18 und 8 Uhr**,
        - nicht vor und nicht während des Schulunterrichts.

        Welche Arbeiten das sind, steht in der Kinderarbeitsschutzverordnung (§ 2): zum Beispiel Zeitungen und Prospekte austragen, Babysitten, Nachhilfe geben, Haustiere betreuen, Einkäufe erledigen, Hilfe in Haushalt und Garten, bei der Ernte oder beim Sport. Regale im Supermarkt einräumen gehört nicht dazu.

        ## Ab 15 Jahren: bis zu vier Wochen in den Ferien

        Bist du 15 oder älter und gehst noch zur Schule (Vollzeitschulpflicht), darfst du in den Schulferien **höchstens vier Wochen im Kalenderjahr** arbeiten (§ 5 Absatz 4). Dabei gilt:

        - höchstens **8 Stunden am Tag** und **40 Stunden in der Woche**, an höchstens 5 Tagen (§§ 8 und 15),
        - Pausen: mindestens 30 Minuten bei mehr als 4,5 Stunden, 60 Minuten bei mehr als 6 Stunden (§ 11),
        - zwischen zwei Arbeitstagen mindestens **12 Stunden frei** (§ 13),
        - gearbeitet wird grundsätzlich **zwischen 6 und 20 Uhr** (§ 14),
        - keine gefährlichen Arbeiten und keine Akkordarbeit (§§ 22 und 23).

        Bist du nicht mehr vollzeitschulpflichtig, gilt die Grenze von vier Wochen nicht mehr. Die übrigen Schutzregeln gelten bis zu deinem 18. Geburtstag.

        ## Gut zu wissen

        - **Mindestlohn:** Unter 18 Jahren und ohne abgeschlossene Berufsausbildung hast du keinen Anspruch auf den gesetzlichen Mindestlohn (§ 22 Absatz 2 Mindestlohngesetz). Vereinbare den Lohn vorher.
        - **Vertrag:** Lass dir aufschreiben, wann du arbeitest, was du tust und was du verdienst.
        - **Versicherung:** Ein kurzer Ferienjob ist meist eine „kurzfristige Beschäftigung“ und sozialversicherungsfrei, wenn er nicht länger als drei Monate oder 70 Arbeitstage im Jahr dauert (§ 8 SGB IV). Unfallversichert bist du trotzdem.

        Die Gesetze im Wortlaut: [Jugendarbeitsschutzgesetz](${law('jarbschg')}), [Kinderarbeitsschutzverordnung](${law('kindarbschv')}) und [Mindestlohngesetz § 22](${law('milog', '22')}) auf gesetze-im-internet.de.

        ## Wo finde ich einen Ferienjob?

        - Auf [makerz.me](${MAKERZ}) findest du Ferienjobs im Erzgebirgskreis.
        - In der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Ferienjob')}) suchst du nach Ferienjobs rund um Annaberg-Buchholz.
        - Frag direkt bei Betrieben in deiner Nähe – zum Beispiel dort, wo du schon ein Praktikum gemacht hast.

        ## Für Eltern

        Bei 13- und 14-Jährigen braucht der Arbeitgeber Ihre Einwilligung. Achten Sie darauf, dass Arbeitszeit und Tätigkeit zu den Regeln oben passen. Das Kindergeld bleibt bei einem Ferienjob Ihres minderjährigen Kindes unberührt.
      `,
    },
  },
  {
    group: 'berufsorientierung-makerzstudi-und-offene-unternehmen',
    image: 'post-berufsorientierung',
    category: 'berufsorientierung',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    published: '2026-11-09',
    de: {
      title: 'Betriebe erleben: Woche der offenen Unternehmen, BO-Tage und MAKERZSTUDI',
      seoTitle: 'Betriebe erleben: offene Unternehmen, BO-Tage, MAKERZSTUDI',
      slug: 'berufsorientierung-makerzstudi-und-offene-unternehmen',
      excerpt:
        'Welcher Beruf passt zu mir? Im Erzgebirge kannst du das ausprobieren: in der Woche der offenen Unternehmen, bei Berufsorientierungstagen an deiner Schule und auf der Studienmesse MAKERZSTUDI. So nutzt du die Angebote.',
      seo: 'Berufsorientierung im Erzgebirge: Woche der offenen Unternehmen, BO-Tage an Gymnasien und die Studienmesse MAKERZSTUDI erklärt.',
      body: md`
        Im Erzgebirge gibt es viele Betriebe – ca. 14.300, sagt das Handlungskonzept der Fachkräfteallianz. Die meisten sind klein und von außen kaum zu sehen. Diese Angebote helfen dir, sie kennenzulernen.

        ## Woche der offenen Unternehmen

        Eine Woche lang öffnen Betriebe in der Region ihre Türen für Schülerinnen und Schüler. Du siehst Werkhallen, Labore, Büros und Werkstätten und kannst Azubis fragen, wie ihr Alltag aussieht. Die Woche wird mit einem Pauschalzuschuss des sächsischen Wirtschaftsministeriums (SMWA) gefördert. Den nächsten Termin findest du im [Veranstaltungskalender](/veranstaltungen/woche-der-offenen-unternehmen/).

        ## BO-Tage und BO-Wochen an Gymnasien

        Über das Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) gestaltet die Wirtschaftsförderung Erzgebirge Berufsorientierungstage und -wochen an Gymnasien mit. Dazu gehören Vorträge über die Wirtschaftsregion Erzgebirge, Vorstellungen von dualem Studium und dualer Ausbildung, Schüler-Unternehmer-Speeddatings und Exkursionen in Unternehmen. Frag an deiner Schule nach, was geplant ist.

        ## MAKERZSTUDI – die Studienmesse

        Die MAKERZSTUDI ist die jährliche Studienmesse des Projekts Karriere Dual. Hier triffst du Unternehmen, die duale Studienplätze und Ausbildungen anbieten, und Hochschulen. 2024 fand sie am 8. Juni in Annaberg-Buchholz statt. Wie groß das Interesse ist, zeigen die Zahlen aus dem Handlungskonzept: 2023 gab es 18 Veranstaltungen mit ca. 725 Schülerinnen und Schülern, dazu die Studienmesse mit ca. 600 Besucherinnen und Besuchern.

        ## Ausbildungsmessen an vier Standorten

        Die Ausbildungsmessen Erzgebirge finden in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg und Marienberg statt. Wie du dich vorbereitest, steht auf der Seite [Ausbildungsmessen im Erzgebirge](/berufsorientierung/ausbildungsmessen/).

        ## So holst du das meiste heraus

        1. Schau vorher, welche Betriebe dabei sind, und such dir drei aus.
        2. Überleg dir zwei, drei Fragen pro Betrieb.
        3. Frag nach einem Praktikum – das ist der nächste Schritt.

        Ausbildungsplätze und duale Studienplätze findest du jederzeit auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4)}), Praktika in der [Praktikumssuche](${jobSearch(34)}).
      `,
    },
  },
  {
    group: 'bewerbungstipps-fuer-die-ausbildung',
    image: 'post-bewerbung',
    category: 'ausbildung',
    audience: ['schueler', 'eltern'],
    published: '2026-09-28',
    de: {
      title: 'Bewerbung für die Ausbildung: 7 Tipps, die wirklich helfen',
      slug: 'bewerbungstipps-fuer-die-ausbildung',
      excerpt:
        'Anschreiben, Lebenslauf, Vorstellungsgespräch: Eine Bewerbung ist keine Hexerei. Mit diesen sieben Tipps zeigst du einem Betrieb im Erzgebirge, wer du bist und warum du zu ihm passt.',
      seo: 'Bewerbung für einen Ausbildungsplatz: 7 Tipps zu Anschreiben, Lebenslauf, Zeugnissen und Vorstellungsgespräch – einfach erklärt.',
      body: md`
        ## 1. Früh anfangen

        Viele Betriebe suchen ihre Azubis schon ein Jahr vor dem Ausbildungsstart. Fang also im Jahr vor deinem Schulabschluss mit der Suche an. Manche Betriebe nehmen auch später noch Bewerbungen an – es lohnt sich immer zu fragen.

        ## 2. Den Betrieb kennen

        Schau dir die Website des Betriebs an. Was stellt er her, was bietet er an? Noch besser: Du hast ihn schon im Praktikum, auf einer Ausbildungsmesse oder in der Woche der offenen Unternehmen kennengelernt. Dann schreib das ins Anschreiben.

        ## 3. Ein kurzes, ehrliches Anschreiben

        Eine Seite reicht. Schreib, welchen Beruf du lernen willst, warum dich der Beruf interessiert und warum du zu diesem Betrieb passt. Ein Beispiel aus deinem Alltag wirkt mehr als eine Floskel: „Ich repariere mit meinem Vater unsere Fahrräder“ sagt mehr als „Ich bin handwerklich begabt“.

        ## 4. Ein übersichtlicher Lebenslauf

        Name, Kontakt, Schule, Praktika, Hobbys und Kenntnisse – in einer Tabelle. Ein Foto ist freiwillig.

        ## 5. Zeugnisse und Nachweise

        Lege dein letztes Zeugnis bei und Bescheinigungen über Praktika oder Kurse. Verschick alles als eine PDF-Datei, wenn du dich per E-Mail bewirbst. Prüf vorher Rechtschreibung und Dateinamen.

        ## 6. Das Vorstellungsgespräch vorbereiten

        Überleg dir Antworten auf typische Fragen: Warum dieser Beruf? Was machst du in deiner Freizeit? Was kannst du gut? Und stell selbst Fragen: Wie sieht ein normaler Tag aus? Wer betreut mich? Wie geht es nach der Ausbildung weiter?

        ## 7. Dranbleiben

        Eine Absage ist kein Urteil über dich. Frag nach, woran es lag, und bewirb dich weiter. Die Berufsberatung der Agentur für Arbeit hilft dir kostenlos bei den Unterlagen.

        ## Hier findest du Ausbildungsplätze

        - [makerz.me](${MAKERZ}) – Ausbildungsplätze, duale Studiengänge, Praktika und Ferienjobs im Erzgebirgskreis
        - [Jobsuche der Bundesagentur für Arbeit: Ausbildungsplätze rund um Annaberg-Buchholz](${jobSearch(4)})
        - Tipps und Beispiele für Bewerbungen auf [planet-beruf.de](${src.planetBeruf})

        ## Für Eltern

        Unterstützen Sie Ihr Kind beim Korrekturlesen und beim Üben des Gesprächs – die Bewerbung sollte aber in seinen eigenen Worten geschrieben sein.
      `,
    },
  },
  {
    group: 'ausbildungsverguetung-und-foerderung',
    image: 'post-verguetung',
    category: 'ausbildung',
    audience: ['schueler', 'eltern'],
    published: '2026-08-17',
    de: {
      title: 'Ausbildungsvergütung und Förderung: Welches Geld dir zusteht',
      slug: 'ausbildungsverguetung-und-foerderung',
      excerpt:
        'In der Ausbildung verdienst du eigenes Geld. Es gibt eine gesetzliche Mindestvergütung, und wenn das Geld nicht reicht, hilft die Berufsausbildungsbeihilfe (BAB). Hier erfährst du, wie das funktioniert und wo du die aktuellen Beträge findest.',
      seo: 'Ausbildungsvergütung, Mindestausbildungsvergütung nach § 17 BBiG und Berufsausbildungsbeihilfe (BAB) einfach erklärt.',
      body: md`
        ## Die Ausbildungsvergütung

        In einer dualen Ausbildung zahlt dir dein Betrieb jeden Monat eine Vergütung. Sie steigt mit jedem Ausbildungsjahr. Wie hoch sie ist, hängt vom Beruf und vom Betrieb ab. Gilt für den Betrieb ein Tarifvertrag, steht die Vergütung dort.

        ## Die Mindestausbildungsvergütung

        Für Ausbildungen nach dem Berufsbildungsgesetz gibt es eine Untergrenze: die Mindestausbildungsvergütung (§ 17 Berufsbildungsgesetz). Der Betrag für das erste Ausbildungsjahr wird jedes Jahr fortgeschrieben: Das Bundesbildungsministerium gibt ihn für das folgende Jahr im Bundesgesetzblatt bekannt. Er gilt für Ausbildungen, die in diesem Jahr beginnen. Im zweiten Ausbildungsjahr steigt er um 18 Prozent, im dritten um 35 Prozent und im vierten um 40 Prozent. Gilt für deinen Betrieb ein Tarifvertrag, geht die dort vereinbarte Vergütung vor – auch wenn sie niedriger ist.

        Die aktuellen Beträge veröffentlicht das Bundesinstitut für Berufsbildung ([BIBB](${src.bibb})). Den Gesetzestext findest du unter [§ 17 Berufsbildungsgesetz](${law('bbig_2005', '17')}).

        ## Berufsausbildungsbeihilfe (BAB)

        Wohnst du während der Ausbildung nicht bei deinen Eltern, zum Beispiel weil der Betrieb zu weit weg ist, und reicht deine Vergütung nicht für Miete und Leben? Dann kannst du bei der Agentur für Arbeit Berufsausbildungsbeihilfe beantragen (§ 56 SGB III). Ob du Anspruch hast und wie viel du bekommst, hängt von deiner Vergütung, deinen Kosten und dem Einkommen deiner Eltern ab. Die Agentur für Arbeit bietet dafür einen BAB-Rechner an. Stell den Antrag früh: BAB gibt es frühestens ab dem Monat, in dem du sie beantragst.

        ## Weitere Hilfen

        - **Kindergeld:** Deine Eltern bekommen während deiner ersten Ausbildung weiter Kindergeld, bis du 25 bist.
        - **Wohngeld:** Wenn du keinen Anspruch auf BAB hast, kann unter Umständen Wohngeld möglich sein.
        - **Schulische Ausbildung:** Für manche Ausbildungen an Berufsfachschulen gibt es Schüler-BAföG.

        ## Ausbildungsplätze finden

        Ausbildungsplätze mit Vergütung findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4)}). Beratung zu BAB und allen Fragen rund ums Geld gibt es bei der [Agentur für Arbeit](${src.arbeitsagentur}).

        ## Für Eltern

        Ihr Einkommen spielt bei BAB und BAföG eine Rolle. Halten Sie Ihren letzten Steuerbescheid bereit, wenn Ihr Kind einen Antrag stellt.
      `,
    },
  },
  {
    group: 'weiterbildung-nach-der-ausbildung',
    image: 'post-weiterbildung',
    category: 'weiterbildung',
    audience: ['schueler', 'eltern', 'unternehmen'],
    published: '2026-07-13',
    de: {
      title: 'Nach der Ausbildung geht’s weiter: Meister, Techniker, Fachwirt',
      seoTitle: 'Nach der Ausbildung: Meister, Techniker, Fachwirt',
      slug: 'weiterbildung-nach-der-ausbildung',
      excerpt:
        'Mit dem Gesellen- oder Facharbeiterbrief ist noch lange nicht Schluss. Als Meisterin, Techniker oder Fachwirtin übernimmst du Verantwortung – und das Aufstiegs-BAföG hilft bei den Kosten.',
      seo: 'Weiterbildung nach der Ausbildung: Meister, Techniker, Fachwirt, Bachelor Professional – und Förderung mit dem Aufstiegs-BAföG.',
      body: md`
        Eine Ausbildung ist ein Anfang. Viele Fachkräfte im Erzgebirge bilden sich weiter und übernehmen später ein Team, einen Bereich oder einen eigenen Betrieb.

        ## Die wichtigsten Wege

        - **Meisterin oder Meister:** Im Handwerk ist der Meisterbrief die höchste Qualifikation. Mit ihm darfst du in vielen Handwerken einen eigenen Betrieb führen und Lehrlinge ausbilden. Die Meisterprüfung legst du bei der Handwerkskammer ab – für das Erzgebirge bei der [Handwerkskammer Chemnitz](${src.hwkChemnitz}). Auch in der Industrie gibt es Meisterabschlüsse, zum Beispiel Industriemeister vor der IHK.
        - **Staatlich geprüfte Technikerin oder Techniker:** Die Weiterbildung an einer Fachschule für Technik dauert in Vollzeit meist zwei Jahre, berufsbegleitend länger.
        - **Fachwirtin oder Fachwirt:** Kaufmännische Weiterbildung vor der IHK, zum Beispiel im Handel oder in der Logistik.

        Seit 2020 tragen viele dieser Fortbildungsabschlüsse zusätzlich eine einheitliche Bezeichnung: „Geprüfte Berufsspezialistin“, „Bachelor Professional“ und „Master Professional“ (§ 53a Berufsbildungsgesetz). Der Meister ist zum Beispiel ein „Bachelor Professional“.

        ## Das Aufstiegs-BAföG

        Lehrgänge und Prüfungen kosten Geld. Das Aufstiegs-BAföG (Aufstiegsfortbildungsförderungsgesetz) hilft – unabhängig vom Alter, in Vollzeit und in Teilzeit. Gefördert werden Lehrgänge mit mindestens 400 Unterrichtsstunden, die auf eine anerkannte Fortbildungsprüfung vorbereiten. Ein Teil der Förderung ist ein Zuschuss, den du nicht zurückzahlen musst; den Rest gibt es als günstiges Darlehen. Wer die Prüfung besteht, kann sich einen Teil des Darlehens erlassen lassen. Die aktuellen Beträge und einen Förderrechner findest du auf [aufstiegs-bafoeg.de](${src.aufstiegsBafoeg}).

        ## Weitere Förderungen

        - **Weiterbildungsstipendium:** Für junge Fachkräfte mit einem sehr guten Abschluss; Auskunft geben die Kammern.
        - **Arbeitgeber:** Viele Betriebe unterstützen Weiterbildungen, zum Beispiel mit Freistellung oder Zuschüssen. Frag nach.

        ## Beratung

        Die [IHK Chemnitz](${src.ihkChemnitz}) und die Handwerkskammer Chemnitz beraten zu Fortbildungsprüfungen, die Agentur für Arbeit zur Weiterbildung allgemein. Stellen für Meisterinnen und Meister rund um Annaberg-Buchholz findest du in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Meister')}).

        ## Für Unternehmen

        Wer Fachkräfte weiterbildet, bindet sie. Wie andere Betriebe im Erzgebirge das angehen, ist Thema im CSR-Netzwerk der Fachkräfteallianz: [CSRnetERZ 2.0](/allianz/projekte/csrneterz/).
      `,
    },
  },
  {
    group: 'ausbildung-nach-branchen',
    image: 'post-branchen',
    category: 'berufsorientierung',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    published: '2026-10-12',
    de: {
      title: 'Ausbildung im Erzgebirge: Welche Branchen suchen dich?',
      slug: 'ausbildung-nach-branchen',
      excerpt:
        'Industrie, Handwerk, Pflege, Bau, Tourismus, Logistik oder Landwirtschaft: Im Erzgebirge bilden Betriebe aus allen Branchen aus. Ein Überblick mit Berufen und direkten Links zur Suche.',
      seo: 'Ausbildungsberufe im Erzgebirge nach Branchen: Industrie, Handwerk, Pflege, Bau, Tourismus, Logistik und Landwirtschaft.',
      body: md`
        Im Erzgebirgskreis gibt es ca. 14.300 Betriebe, fast 85 Prozent davon haben weniger als zehn Beschäftigte. Das steht im Handlungskonzept der Fachkräfteallianz (2024). Für dich heißt das: viele kleine Betriebe, kurze Wege und Chefs, die dich kennen.

        ## Verarbeitendes Gewerbe und IT

        31 Prozent aller sozialversicherungspflichtig Beschäftigten im Erzgebirgskreis arbeiten im verarbeitenden Gewerbe – in Sachsen sind es 19 Prozent. Viele Betriebe sind Zulieferer für den Automobil- und Maschinenbau. Berufe zum Beispiel: Industriemechaniker/in, Zerspanungsmechaniker/in, Mechatroniker/in, Fachinformatiker/in. [Ausbildungsplätze in der Industrie suchen](${jobSearch(4, 'Mechatroniker')})

        ## Handwerk

        Im Erzgebirgskreis sind ca. 6.000 Handwerksbetriebe angesiedelt – 27 Prozent aller Handwerksbetriebe im Kammerbezirk Chemnitz. Berufe zum Beispiel: Elektroniker/in, Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik, Kfz-Mechatroniker/in, Tischler/in, Bäcker/in. [Ausbildungsplätze im Handwerk suchen](${jobSearch(4, 'Elektroniker')})

        ## Gesundheit und Soziales

        Das Gesundheits- und Sozialwesen hat in der Region eine hohe Bedeutung. Berufe zum Beispiel: Pflegefachfrau/Pflegefachmann, Medizinische/r Fachangestellte/r, Heilerziehungspfleger/in, Erzieher/in. [Ausbildungsplätze in der Pflege suchen](${jobSearch(4, 'Pflegefachmann')})

        ## Bau

        Berufe zum Beispiel: Maurer/in, Zimmerer/Zimmerin, Straßenbauer/in, Baugeräteführer/in. [Ausbildungsplätze am Bau suchen](${jobSearch(4, 'Maurer')})

        ## Tourismus und Gastronomie

        Vom Fichtelberg bis zu den Bergbau-Museen: Das Erzgebirge ist ein Ziel für Gäste im Sommer und im Winter. Berufe zum Beispiel: Koch/Köchin, Hotelfachmann/Hotelfachfrau, Kaufmann/Kauffrau für Tourismus und Freizeit. [Ausbildungsplätze im Tourismus suchen](${jobSearch(4, 'Koch')})

        ## Logistik und Handel

        Berufe zum Beispiel: Fachkraft für Lagerlogistik, Kaufmann/Kauffrau im Einzelhandel, Berufskraftfahrer/in, Kaufmann/Kauffrau für Spedition und Logistikdienstleistung. [Ausbildungsplätze in Logistik und Handel suchen](${jobSearch(4, 'Fachkraft Lagerlogistik')})

        ## Landwirtschaft und Forst

        Höhenlage, Klima und Böden machen die Landwirtschaft im Erzgebirge schwieriger als anderswo in Sachsen – umso gefragter sind Fachleute, die mit Tieren, Technik und Natur umgehen können. Berufe zum Beispiel: Landwirt/in, Tierwirt/in, Forstwirt/in. [Ausbildungsplätze in der Landwirtschaft suchen](${jobSearch(4, 'Landwirt')})

        ## Noch unentschlossen?

        Beschreibungen aller Berufe findest du im [BERUFENET](${src.berufenet}) der Bundesagentur für Arbeit. Alle Angebote aus der Region bündelt [makerz.me](${MAKERZ}). Und wie es Menschen in diesen Branchen geht, erzählen unsere [hERZland-Geschichten](/geschichten/).
      `,
    },
  },
  {
    group: 'ausbildungsvertrag-rechte-und-pflichten',
    image: 'post-vertrag',
    category: 'ausbildung',
    audience: ['schueler', 'eltern'],
    published: '2026-07-27',
    de: {
      title: 'Dein Ausbildungsvertrag: Rechte und Pflichten im ersten Jahr',
      slug: 'ausbildungsvertrag-rechte-und-pflichten',
      excerpt:
        'Probezeit, Berufsschule, Urlaub, Berichtsheft: Was in deinem Ausbildungsvertrag steht und welche Rechte du als Azubi hast. Mit den Regeln aus dem Berufsbildungsgesetz und dem Jugendarbeitsschutzgesetz.',
      seo: 'Ausbildungsvertrag erklärt: Probezeit, Freistellung für die Berufsschule, Urlaub, Berichtsheft und Kündigung – deine Rechte als Azubi.',
      body: md`
        Du hast eine Zusage? Glückwunsch! Bevor es losgeht, unterschreibst du einen Ausbildungsvertrag. Das solltest du wissen.

        ## Was im Vertrag steht

        Der Betrieb muss die wichtigsten Punkte festhalten, bevor die Ausbildung beginnt – auf Papier oder elektronisch in Textform, zum Beispiel als PDF (§ 11 Berufsbildungsgesetz): Beruf und Ziel der Ausbildung, Beginn und Dauer, die tägliche Arbeitszeit, die Probezeit, die Vergütung, den Urlaub und die Kündigungsregeln. Du bekommst den Vertrag ausgehändigt oder zugeschickt; bist du unter 18, müssen deine Eltern zustimmen und bekommen ihn ebenfalls. Der Betrieb lässt den Vertrag bei der zuständigen Kammer eintragen.

        ## Probezeit

        Die Probezeit dauert mindestens einen und höchstens vier Monate (§ 20 BBiG). In dieser Zeit können du und der Betrieb den Vertrag ohne Frist und ohne Grund kündigen. Danach kann der Betrieb nur noch aus einem wichtigen Grund kündigen. Du selbst kannst mit vier Wochen Frist kündigen, wenn du die Ausbildung aufgibst oder einen anderen Beruf lernen willst. Eine Kündigung muss immer schriftlich auf Papier erfolgen (§ 22 BBiG).

        ## Berufsschule

        Dein Betrieb muss dich für die Berufsschule freistellen (§ 15 BBiG). Die Zeit in der Berufsschule zählt zur Arbeitszeit.

        ## Berichtsheft

        Du führst einen Ausbildungsnachweis, oft Berichtsheft genannt – schriftlich oder digital. Dein Betrieb muss dir die Zeit dafür während der Arbeitszeit geben und den Nachweis regelmäßig durchsehen (§§ 13 und 14 BBiG). Ohne Nachweis wirst du nicht zur Abschlussprüfung zugelassen.

        ## Urlaub

        Bist du unter 18, hast du nach dem Jugendarbeitsschutzgesetz (§ 19) mindestens Anspruch auf:

        - 30 Werktage Urlaub, wenn du zu Beginn des Jahres noch keine 16 bist,
        - 27 Werktage, wenn du noch keine 17 bist,
        - 25 Werktage, wenn du noch keine 18 bist.

        Ab 18 gilt das Bundesurlaubsgesetz mit mindestens 24 Werktagen (§ 3 BUrlG). Viele Tarifverträge sehen mehr vor.

        ## Gesundheitsuntersuchung

        Bist du unter 18, brauchst du vor dem Start eine ärztliche Erstuntersuchung, die nicht älter als 14 Monate ist (§ 32 Jugendarbeitsschutzgesetz). Die Bescheinigung gibst du dem Betrieb.

        ## Wenn es Probleme gibt

        Sprich zuerst mit deiner Ausbilderin oder deinem Ausbilder. Hilft das nicht, beraten dich die Ausbildungsberaterinnen und -berater der Kammern – bei der [IHK Chemnitz](${src.ihkChemnitz}) oder der [Handwerkskammer Chemnitz](${src.hwkChemnitz}). Auch die Berufsberatung der Agentur für Arbeit hilft, bevor du abbrichst.

        Die Gesetze im Wortlaut: [Berufsbildungsgesetz](${law('bbig_2005')}) und [Jugendarbeitsschutzgesetz](${law('jarbschg')}) auf gesetze-im-internet.de.

        Noch auf der Suche? Ausbildungsplätze findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4)}).
      `,
    },
  },
]

function buildPost(ctx: SeedContext, p: PostDef, lang: Lang, v: PostVersion): SanityDoc {
  const d = tdoc('post', p.group, lang, {
    title: v.title,
    slug: slug(v.slug),
    excerpt: v.excerpt,
    image: ctx.image(p.image, lang),
    category: p.category,
    audience: p.audience,
    author: ref(authorId),
    publishedAt: berlin(p.published, '08:00'),
    seo: seo(v.seo, {title: v.seoTitle}),
  })
  d.body = rich(d._id, 'body', v.body)
  return d
}

export const postDocs: SeedModule = (ctx) =>
  posts.flatMap((p) => [buildPost(ctx, p, 'de', p.de), ...(p.en ? [buildPost(ctx, p, 'en', p.en)] : [])])
