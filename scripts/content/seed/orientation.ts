/**
 * Career orientation pages for schools: printable overviews that teachers can link to or hand out.
 * Short sentences and "du" for pupils; "Sie" in the sections for parents and teachers. Facts about
 * the alliance's offers (Karriere Dual, MAKERZSTUDI, Ausbildungsmessen at four sites, Woche der
 * offenen Unternehmen, Arbeitskreis Schule-Wirtschaft, Praxisberater) come from the
 * Handlungskonzept (06.06.2024), section 3.2.
 */
import {md, rich, seo, slug, tdoc, type Lang, type SanityDoc, type SeedModule} from './helpers.ts'
import {jobSearch, links, MAKERZ, PORTAL_FAIR, src} from './kit.ts'

const CHECK_U = 'https://www.arbeitsagentur.de/bildung/welche-ausbildung-welches-studium-passt'

interface PageFields {
  title: string
  slug: string
  summary: string
  audience: Array<'schueler' | 'eltern' | 'lehrkraefte'>
  topic: 'berufsorientierung' | 'duales-studium' | 'praktikum' | 'ausbildungsmessen' | 'bewerbung'
  links: Array<[label: string, href: string]>
  seo: string
  body: string
}

function page(group: string, lang: Lang, f: PageFields): SanityDoc {
  const d = tdoc('orientationPage', group, lang, {
    title: f.title,
    slug: slug(f.slug),
    summary: f.summary,
    audience: f.audience,
    topic: f.topic,
    links: links(f.links),
    seo: seo(f.seo),
  })
  d.body = rich(d._id, 'body', f.body)
  return d
}

export const orientationDocs: SeedModule = () => [
  page('berufsorientierung-klasse-7-bis-10', 'de', {
    title: 'Berufsorientierung in Klasse 7 bis 10',
    slug: 'berufsorientierung-klasse-7-bis-10',
    summary:
      'Schritt für Schritt zum passenden Beruf: Was du in welcher Klasse tun kannst, welche Angebote es im Erzgebirge gibt und wo du Ausbildungsplätze, Praktika und Beratung findest. Zum Ausdrucken für Schule und Familie.',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    topic: 'berufsorientierung',
    links: [
      ['Berufe entdecken auf planet-beruf.de (Bundesagentur für Arbeit)', src.planetBeruf],
      ['Check-U – das Erkundungstool der Bundesagentur für Arbeit', CHECK_U],
      ['BERUFENET – alle Berufe im Überblick', src.berufenet],
      ['MAKERZ – Ausbildung, duales Studium, Praktika und Ferienjobs im Erzgebirgskreis', MAKERZ],
      ['Ausbildungsplätze rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(4)],
      ['Praktikumsplätze rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(34)],
      ['Termine: Ausbildungsmessen, Woche der offenen Unternehmen, MAKERZSTUDI', '/veranstaltungen/'],
    ],
    seo: 'Berufsorientierung Klasse 7–10 im Erzgebirge: Stärken entdecken, Praktikum, Messen, Bewerbung – Fahrplan zum Ausdrucken.',
    body: md`
      ## Dein Fahrplan

      ### Klasse 7: Stärken entdecken

      - Überleg, was du gern machst – in der Schule und in der Freizeit.
      - Probier das Erkundungstool [Check-U](${CHECK_U}) der Bundesagentur für Arbeit aus. Es zeigt, welche Berufe zu deinen Stärken passen.
      - Schau dir auf [planet-beruf.de](${src.planetBeruf}) Berufe an, die du noch nicht kennst.
      - Frag deine Eltern, Verwandten und Nachbarn, was sie arbeiten und was ihnen daran gefällt.

      ### Klasse 8: Betriebe von innen sehen

      - Besuch Betriebe in der [Woche der offenen Unternehmen](/veranstaltungen/woche-der-offenen-unternehmen/).
      - Geh mit deiner Klasse oder deinen Eltern auf eine [Ausbildungsmesse](/berufsorientierung/ausbildungsmessen/) – in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg oder Marienberg.
      - Such dir einen Betrieb für dein erstes Praktikum. Tipps stehen auf der Seite [Praktikum finden](/berufsorientierung/praktikum-finden/).

      ### Klasse 9: Ausprobieren und beraten lassen

      - Mach dein Schülerbetriebspraktikum – am besten in einem Beruf, der dich wirklich interessiert. Welche Regeln dabei gelten, steht im Beitrag [Schülerpraktikum: Was du darfst – und was nicht](/blog/schuelerpraktikum-regeln/).
      - Vereinbare einen Termin bei der Berufsberatung der Agentur für Arbeit. Sie kommt oft auch in die Schule.
      - Wenn du nach Klasse 9 die Schule verlässt: Jetzt ist Zeit für Bewerbungen.

      ### Klasse 10: Bewerben

      - Viele Betriebe vergeben Ausbildungsplätze ein Jahr im Voraus. Bewirb dich rechtzeitig – mit unserer [Checkliste für die Bewerbung](/berufsorientierung/bewerbung-checkliste/).
      - Ausbildungsplätze findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4)}).
      - Du willst Abitur machen? Dann lohnt sich ein Blick auf [Duales Studium für Gymnasiasten](/berufsorientierung/duales-studium-fuer-gymnasiasten/).

      ## Für Eltern

      Sie sind für Ihr Kind die wichtigsten Ratgeber. Sprechen Sie über Stärken und Interessen, begleiten Sie es zu Messen und Tagen der offenen Tür – und lassen Sie es selbst fragen. Einen Überblick über Berufe im Erzgebirge gibt der Beitrag [Welche Branchen suchen dich?](/blog/ausbildung-nach-branchen/).

      ## Für Lehrkräfte

      Die Fachkräfteallianz Erzgebirge unterstützt die Berufs- und Studienorientierung an Schulen. Laut ihrem Handlungskonzept (2024) gehören dazu:

      - der Arbeitskreis Schule-Wirtschaft (einmal zentral und in den vier Altlandkreisen),
      - die Ausbildungsmessen Erzgebirge an vier Standorten im Landkreis,
      - die Woche der offenen Unternehmen,
      - die Regionale Koordination Berufsorientierung/Studienorientierung im Landratsamt Erzgebirgskreis,
      - Berufsorientierungsprojekte und Praxisberater an ausgewählten Oberschulen,
      - für Gymnasien das Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) mit Vorträgen, Speeddatings, Exkursionen und der Studienmesse MAKERZSTUDI.

      Ansprechpartner für Angebote an Ihrer Schule ist die Wirtschaftsförderung Erzgebirge GmbH als geschäftsführendes Mitglied der Allianz.
    `,
  }),

  page('duales-studium-fuer-gymnasiasten', 'de', {
    title: 'Duales Studium für Gymnasiasten: Karriere Dual',
    slug: 'duales-studium-fuer-gymnasiasten',
    summary:
      'Studieren und dabei Geld verdienen – bei einem Unternehmen aus dem Erzgebirge. Das Projekt Karriere Dual bringt Gymnasiastinnen und Gymnasiasten mit ausbildenden Unternehmen zusammen. Hier steht, wie es funktioniert und wie deine Schule mitmachen kann.',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    topic: 'duales-studium',
    links: [
      ['Duale Hochschule Sachsen (DHSN) – Studiengänge und Bewerbung', src.dhsn],
      ['Projekt Karriere Dual der Fachkräfteallianz Erzgebirge', '/allianz/projekte/karriere-dual/'],
      ['Duale Studienplätze rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(4, 'duales Studium', 'Annaberg-Buchholz', 50)],
      ['MAKERZ – duale Studienangebote im Erzgebirgskreis', MAKERZ],
      ['Studiensuche der Bundesagentur für Arbeit', src.studiensuche],
    ],
    seo: 'Duales Studium für Gymnasiasten im Erzgebirge: Projekt Karriere Dual, Studienmesse MAKERZSTUDI, Duale Hochschule Sachsen.',
    body: md`
      ## Was ist ein duales Studium?

      Du studierst an einer Hochschule und arbeitest in Praxisphasen bei einem Unternehmen, dem Praxispartner. Der Praxispartner zahlt dir jeden Monat eine Vergütung. In Sachsen bietet vor allem die Duale Hochschule Sachsen (früher Berufsakademie Sachsen) duale Studiengänge an – eine ihrer sieben Studienakademien liegt in Breitenbrunn im Erzgebirgskreis. Mehr dazu im Beitrag [Duales Studium an der Dualen Hochschule Sachsen](/blog/duales-studium-in-sachsen/).

      ## Das Projekt Karriere Dual

      „Karriere Dual – für Gymnasiasten im Erzgebirge“ ist ein Projekt der Fachkräfteallianz Erzgebirge. Es zeigt Gymnasiastinnen und Gymnasiasten an Gymnasien und Beruflichen Schulzentren, welche Karrierechancen ein duales Studium oder eine duale Ausbildung in den Unternehmen der Region bietet. Die Wirtschaftsförderung Erzgebirge GmbH arbeitet dabei eng mit der IHK Chemnitz, Regionalkammer Erzgebirge, der Handwerkskammer Chemnitz, der Agentur für Arbeit Annaberg-Buchholz, der Berufsakademie Sachsen (heute Duale Hochschule Sachsen) und den sächsischen Hochschulen zusammen.

      ## Was Karriere Dual an Schulen anbietet

      - Vorträge „Wirtschaftsregion Erzgebirge“
      - Vorstellung von dualem Studium und dualer Ausbildung, auch mit externen Referentinnen und Referenten
      - Schüler-Unternehmer-Speeddatings an Schulen
      - Exkursionen in Unternehmen
      - Hilfe bei der Suche nach einem Praktikum, einschließlich Übernahme der Versicherungskosten
      - Mitgestaltung von Berufsorientierungswochen und -tagen an Gymnasien
      - die jährliche Studienmesse **MAKERZSTUDI**

      ## Wie viele mitmachen

      Laut Handlungskonzept der Fachkräfteallianz (2024):

      - 2022: 13 Veranstaltungen, ca. 560 Schülerinnen und Schüler; Studienmesse mit ca. 600 Besucherinnen und Besuchern
      - 2023: 18 Veranstaltungen, ca. 725 Schülerinnen und Schüler; Studienmesse mit ca. 600 Besucherinnen und Besuchern

      ## Dein Weg ins duale Studium

      1. **Klasse 10 und 11:** Geh zu den Karriere-Dual-Veranstaltungen an deiner Schule und zur MAKERZSTUDI. Notiere dir Unternehmen, die dich interessieren.
      2. **Praktikum:** Mach in den Ferien ein Praktikum bei einem Unternehmen, das duale Studienplätze anbietet.
      3. **Etwa ein Jahr vor dem Abitur:** Bewirb dich beim Unternehmen – nicht bei der Hochschule.
      4. **Nach der Zusage:** Mit dem Vertrag des Praxispartners bewirbst du dich an der Dualen Hochschule Sachsen.

      ## Für Lehrkräfte

      Möchten Sie Karriere Dual an Ihre Schule holen – etwa für ein Speeddating oder einen Berufsorientierungstag? Wenden Sie sich an die Wirtschaftsförderung Erzgebirge GmbH, die das Projekt leitet. Laut Handlungskonzept besteht zu einem Großteil der erzgebirgischen Gymnasien bereits ein guter Kontakt.
    `,
  }),

  page('praktikum-finden', 'de', {
    title: 'Praktikum finden',
    slug: 'praktikum-finden',
    summary:
      'Ein Praktikum zeigt dir, ob ein Beruf zu dir passt. Hier erfährst du, wo du Praktikumsplätze im Erzgebirge findest, wie du dich bewirbst und welche Regeln für Schülerinnen und Schüler gelten.',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    topic: 'praktikum',
    links: [
      ['Praktikumsplätze rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(34)],
      ['MAKERZ – Praktika und Ferienjobs im Erzgebirgskreis', MAKERZ],
      ['Schülerpraktikum: Was du darfst – und was nicht', '/blog/schuelerpraktikum-regeln/'],
      ['Jugendarbeitsschutzgesetz auf gesetze-im-internet.de', 'https://www.gesetze-im-internet.de/jarbschg/'],
    ],
    seo: 'Praktikum im Erzgebirge finden: wo du suchst, wie du dich bewirbst und welche Regeln für Schülerinnen und Schüler gelten.',
    body: md`
      ## Warum ein Praktikum?

      In ein paar Tagen oder Wochen im Betrieb merkst du, ob dir ein Beruf Spaß macht. Und der Betrieb lernt dich kennen – oft wird aus einem guten Praktikum ein Ausbildungsplatz.

      ## Wo finde ich Praktikumsplätze?

      - Auf [makerz.me](${MAKERZ}) findest du Praktika und Ferienjobs im Erzgebirgskreis.
      - In der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(34)}) kannst du nach Praktika rund um Annaberg-Buchholz suchen. Gib deinen eigenen Ort ein, wenn du woanders wohnst.
      - Frag direkt bei Betrieben nach, die du auf einer [Ausbildungsmesse](/berufsorientierung/ausbildungsmessen/) oder in der Woche der offenen Unternehmen kennengelernt hast.

      ## So bewirbst du dich

      1. Ruf an oder schreib eine kurze E-Mail: Wer bist du, wann ist dein Praktikum, warum interessiert dich der Beruf?
      2. Häng deinen Lebenslauf und dein letztes Zeugnis an.
      3. Frag nach ein paar Tagen freundlich nach, wenn du keine Antwort bekommst.

      ## Für Gymnasiastinnen und Gymnasiasten

      Das Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) der Fachkräfteallianz hilft bei der Praktikumssuche. Laut Handlungskonzept der Allianz (2024) übernimmt es auch die Versicherungskosten.

      ## Gut zu wissen

      - Schulpraktika organisiert deine Schule. Freiwillige Praktika kannst du zum Beispiel in den Ferien machen.
      - Wenn du unter 18 bist, schützt dich das Jugendarbeitsschutzgesetz, zum Beispiel bei Arbeitszeiten und Pausen. Die wichtigsten Regeln stehen im Beitrag [Schülerpraktikum: Was du darfst – und was nicht](/blog/schuelerpraktikum-regeln/).

      ## Für Eltern und Lehrkräfte

      Sprechen Sie mit den Jugendlichen vorher über Erwartungen, Arbeitszeiten und die Ansprechperson im Betrieb. Nach dem Praktikum hilft ein kurzes Gespräch: Was hat gefallen, was nicht?
    `,
  }),

  page('praktikum-finden', 'en', {
    title: 'Finding an internship',
    slug: 'finding-an-internship',
    summary:
      'An internship shows you whether a job suits you. Here you can find out where to look for internships in the Erzgebirge, how to apply and what rules protect school students.',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    topic: 'praktikum',
    links: [
      ['Internships around Annaberg-Buchholz at the Federal Employment Agency (German)', jobSearch(34)],
      ['MAKERZ – internships and holiday jobs in the district (German)', MAKERZ],
      ['Youth Employment Protection Act on gesetze-im-internet.de (German)', 'https://www.gesetze-im-internet.de/jarbschg/'],
    ],
    seo: 'Finding an internship in the Erzgebirge: where to look, how to apply and which rules apply to school students.',
    body: md`
      ## Why do an internship?

      A few days or weeks at a company show you whether you enjoy a job. And the company gets to know you – a good internship often leads to an apprenticeship.

      ## Where can I find internships?

      - [makerz.me](${MAKERZ}) (German) lists internships and holiday jobs in the district.
      - The [job search of the Federal Employment Agency](${jobSearch(34)}) (German) finds internships around Annaberg-Buchholz. Enter your own town if you live elsewhere.
      - Ask companies you met at an apprenticeship fair directly.

      ## How to apply

      1. Call or write a short email: who you are, when your internship is, why the job interests you.
      2. Attach your CV and your latest school report.
      3. If you hear nothing after a few days, ask again politely.

      ## Good to know

      - Your school organises school internships. You can do voluntary internships in the holidays, for example.
      - If you are under 18, the Youth Employment Protection Act (Jugendarbeitsschutzgesetz) protects you, for example on working hours and breaks.
    `,
  }),

  page('ausbildungsmessen', 'de', {
    title: 'Ausbildungsmessen im Erzgebirge',
    slug: 'ausbildungsmessen',
    summary:
      'Auf den Ausbildungsmessen Erzgebirge in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg und Marienberg lernst du Betriebe aus der Region direkt kennen. Dazu kommen die Studienmesse MAKERZSTUDI und die Woche der offenen Unternehmen. So bereitest du dich vor.',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    topic: 'ausbildungsmessen',
    links: [
      ['Ausbildungsmesse Erzgebirge in Annaberg-Buchholz', '/veranstaltungen/ausbildungsmesse-annaberg-buchholz/'],
      ['Ausbildungsmesse Erzgebirge in Aue-Bad Schlema', '/veranstaltungen/ausbildungsmesse-aue-bad-schlema/'],
      ['Ausbildungsmesse Erzgebirge in Stollberg', '/veranstaltungen/ausbildungsmesse-stollberg/'],
      ['Ausbildungsmesse Erzgebirge in Marienberg', '/veranstaltungen/ausbildungsmesse-marienberg/'],
      ['Alle Termine im Veranstaltungskalender', '/veranstaltungen/'],
      ['MAKERZ – Ausbildung, Studium, Praktika und Ferienjobs im Erzgebirgskreis', MAKERZ],
      ['Ausbildungsplätze rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(4)],
    ],
    seo: 'Ausbildungsmessen im Erzgebirge an vier Standorten: was dich erwartet, wie du dich vorbereitest, Checkliste zum Ausdrucken.',
    body: md`
      ## Welche Messen gibt es?

      - **Ausbildungsmessen Erzgebirge** an vier Standorten im Landkreis: [Annaberg-Buchholz](/veranstaltungen/ausbildungsmesse-annaberg-buchholz/), [Aue-Bad Schlema](/veranstaltungen/ausbildungsmesse-aue-bad-schlema/), [Stollberg](/veranstaltungen/ausbildungsmesse-stollberg/) und [Marienberg](/veranstaltungen/ausbildungsmesse-marienberg/). Hier stellen Betriebe Ausbildungsberufe und duale Studiengänge vor.
      - **MAKERZSTUDI** – die jährliche Studienmesse für Gymnasiastinnen und Gymnasiasten aus dem Projekt [Karriere Dual](/berufsorientierung/duales-studium-fuer-gymnasiasten/).
      - **Woche der offenen Unternehmen** – Betriebe in deiner Nähe öffnen ihre Türen.
      - Für Ältere, Rückkehrende und Pendelnde: die **Karriere + Jobmesse Erzgebirge** zwischen Weihnachten und Neujahr ([fachkraefte-erzgebirge.de/messe](${PORTAL_FAIR})).

      Die aktuellen Termine findest du im [Veranstaltungskalender](/veranstaltungen/). Steht dort noch kein Datum, wird es noch bekannt gegeben.

      ## Checkliste: So bereitest du dich vor

      1. Schau dir vorher an, welche Betriebe da sind, und such dir drei bis fünf aus.
      2. Überleg dir Fragen, zum Beispiel: Wie sieht ein normaler Arbeitstag aus? Was verdiene ich in der Ausbildung? Kann ich ein Praktikum machen? Wie viele Azubis habt ihr?
      3. Nimm etwas zum Schreiben mit und notiere dir Namen von Ansprechpersonen.
      4. Nimm ein paar Lebensläufe mit, wenn du schon eine Bewerbung vorbereitet hast.
      5. Trau dich: Die Menschen an den Ständen freuen sich über Fragen – oft stehen dort auch Azubis.
      6. Nach der Messe: Schreib den Betrieben, die dir gefallen haben, eine kurze E-Mail und frag nach einem Praktikum.

      ## Für Eltern und Lehrkräfte

      Begleiten Sie die Jugendlichen gern – lassen Sie sie aber selbst fragen. Viele Betriebe bieten nach der Messe Praktika oder einen Schnuppertag an. Für Schulklassen lohnt es sich, den Messebesuch im Unterricht vorzubereiten, zum Beispiel mit einem Fragebogen pro Betrieb.
    `,
  }),

  page('bewerbung-checkliste', 'de', {
    title: 'Checkliste: Bewerbung um einen Ausbildungsplatz',
    slug: 'bewerbung-checkliste',
    summary:
      'Alles, was in eine Bewerbung gehört, auf einer Seite – zum Ausdrucken und Abhaken. Mit Tipps für das Vorstellungsgespräch und Links zu Ausbildungsplätzen im Erzgebirge.',
    audience: ['schueler', 'eltern', 'lehrkraefte'],
    topic: 'bewerbung',
    links: [
      ['Bewerbung für die Ausbildung: 7 Tipps, die wirklich helfen', '/blog/bewerbungstipps-fuer-die-ausbildung/'],
      ['Ausbildungsplätze rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(4)],
      ['MAKERZ – Ausbildungsplätze im Erzgebirgskreis', MAKERZ],
      ['Bewerbungstipps auf planet-beruf.de', src.planetBeruf],
    ],
    seo: 'Checkliste für die Bewerbung um einen Ausbildungsplatz im Erzgebirge: Unterlagen, Vorstellungsgespräch, Links – zum Ausdrucken.',
    body: md`
      ## Vor der Bewerbung

      - Ich weiß, welchen Beruf ich lernen möchte – oder habe zwei, drei Berufe in der engeren Wahl.
      - Ich habe mir den Betrieb angesehen (Website, Messe, Praktikum).
      - Ich kenne den Namen der Ansprechperson.

      ## Meine Unterlagen

      - **Anschreiben** (eine Seite): Welcher Beruf? Warum dieser Beruf? Warum dieser Betrieb?
      - **Lebenslauf** (tabellarisch): Kontakt, Schule, Praktika, Kenntnisse, Hobbys. Ein Foto ist freiwillig.
      - **Zeugnisse:** das letzte Schulzeugnis.
      - **Nachweise:** Praktikumsbescheinigungen, Kurse, Ehrenamt.
      - Alles geprüft: Rechtschreibung, Datum, Unterschrift.
      - Per E-Mail: alles in **einer** PDF-Datei, eine seriöse E-Mail-Adresse, ein kurzer Text in der Mail.

      ## Das Vorstellungsgespräch

      - Ich kann sagen, warum ich den Beruf lernen möchte.
      - Ich habe zwei eigene Fragen vorbereitet (zum Beispiel: Wer betreut mich? Wie geht es nach der Ausbildung weiter?).
      - Ich kenne den Weg und bin pünktlich.
      - Ich habe meine Unterlagen und etwas zum Schreiben dabei.

      ## Nach der Bewerbung

      - Ich habe mir notiert, wann und wo ich mich beworben habe.
      - Nach zwei Wochen ohne Antwort frage ich freundlich nach.
      - Bei einer Absage frage ich nach den Gründen und bewerbe mich weiter.

      ## Hilfe

      Die Berufsberatung der Agentur für Arbeit hilft kostenlos bei Bewerbungsunterlagen. Ausbildungsplätze im Erzgebirge findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4)}).
    `,
  }),
]
