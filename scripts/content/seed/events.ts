/**
 * Events. Past events carry the dates the Handlungskonzept names. Recurring formats whose next date
 * is not fixed yet are `isExample: true`: their `start` is only a placeholder date, and the text
 * says that the date will be announced. Times are not known for any event: `start` is 00:00
 * Europe/Berlin (see helpers.berlin), which the site should show as a date without a time.
 */
import {berlin, md, ref, rich, seo, slug, tdoc, type Lang, type SanityDoc, type SeedContext, type SeedModule} from './helpers.ts'
import {WFE} from './members.ts'
import {townId} from './region.ts'

interface EventVersion {
  title: string
  slug: string
  summary: string
  seo: string
  body: string
  placeName?: string
}

interface EventDef {
  group: string
  date: string
  isExample: boolean
  town?: string
  image: string
  organisers?: string[]
  de: EventVersion
  en?: EventVersion
}

const events: EventDef[] = [
  {
    group: 'makerzstudi-2024',
    date: '2024-06-08',
    isExample: false,
    town: 'annaberg-buchholz',
    image: 'event-studienmesse',
    organisers: [WFE],
    de: {
      title: 'MAKERZSTUDI 2024 – die Studienmesse in Annaberg-Buchholz',
      slug: 'makerzstudi-2024',
      summary:
        'Die jährliche Studienmesse MAKERZSTUDI aus dem Projekt Karriere Dual: Gymnasiastinnen und Gymnasiasten informieren sich über duales Studium, duale Ausbildung und Karrierewege im Erzgebirge.',
      seo: 'MAKERZSTUDI am 8. Juni 2024 in Annaberg-Buchholz: Studienmesse für Gymnasiasten zu dualem Studium und Ausbildung.',
      body: md`
        Die MAKERZSTUDI ist die jährliche Studienmesse des Projekts „Karriere Dual – für Gymnasiasten im Erzgebirge“. Am 8. Juni 2024 fand sie in Annaberg-Buchholz statt.

        Auf der Messe stellen Unternehmen aus der Region und Partner wie Hochschulen und die Berufsakademie Sachsen ihre Angebote vor: duales Studium, duale Ausbildung und Praktika.

        Mehr über das Projekt erfahren Sie auf der Seite [Karriere Dual](/allianz/projekte/karriere-dual/).
      `,
    },
  },
  {
    group: 'csrneterz-auftakt-2024',
    date: '2024-05-15',
    isExample: false,
    image: 'event-netzwerk',
    organisers: [WFE],
    de: {
      title: 'Auftakt CSRnetERZ 2.0 – Zyklus 2024',
      slug: 'csrneterz-auftakt-2024',
      summary:
        'Auftaktveranstaltung zum CSRnetERZ-2.0-Zyklus 2024: Elf Unternehmen aus dem Erzgebirge tauschen sich aus, wie sie als Arbeitgeber attraktiver werden.',
      seo: 'Am 15.05.2024 startete der CSRnetERZ-2.0-Zyklus 2024 mit elf Unternehmen aus dem Erzgebirge.',
      body: md`
        Am 15.05.2024 begann der neue Zyklus des CSR-Netzwerks Erzgebirge. Elf regionale Unternehmen – vom Bäckerhandwerk über den Tourismusbetrieb bis zum Metallbau – arbeiten gemeinsam daran, als Arbeitgeber attraktiver zu werden.

        Bis zum Jahresende waren sechs CSR-Veranstaltungen geplant: mit Unternehmensführungen, wissenschaftlichen Impulsen und Workshops.

        Mehr zum Projekt: [CSRnetERZ 2.0](/allianz/projekte/csrneterz/).
      `,
    },
  },
  {
    group: 'fachkraeftetagung-2023',
    date: '2023-06-22',
    isExample: false,
    image: 'event-tagung',
    organisers: [WFE],
    de: {
      title: '5. Fachkräftetagung „Willkommen im Erzgebirge“',
      slug: 'fachkraeftetagung-2023',
      summary:
        'Über 100 Gäste aus Wirtschaft, Behörden und Partnerorganisationen diskutierten die Frage „Kann Zuwanderung im Erzgebirge gelingen?“.',
      seo: '5. Fachkräftetagung „Willkommen im Erzgebirge“ am 22.06.2023: Kann Zuwanderung im Erzgebirge gelingen?',
      body: md`
        Am 22.06.2023 folgten über 100 Vertreterinnen und Vertreter aus Wirtschaft, Behörden mit Aufgaben in Migration und Integration sowie Partnerorganisationen der Einladung zur 5. Fachkräftetagung „Willkommen im Erzgebirge“.

        Die zentrale Frage lautete: **„Kann Zuwanderung im Erzgebirge gelingen?“**

        Die Tagung gehört zum Projekt [WelcomERZ](/allianz/projekte/welcomerz/) des Welcome Center Erzgebirge.
      `,
    },
  },
  {
    group: 'karriere-jobmesse-2023',
    date: '2023-12-28',
    isExample: false,
    town: 'annaberg-buchholz',
    image: 'event-jobmesse-winter',
    organisers: [WFE],
    de: {
      title: 'Karriere + Jobmesse Erzgebirge 2023',
      slug: 'karriere-jobmesse-2023',
      summary:
        '200 Besucher: die Karriere + Jobmesse Erzgebirge am 28.12.2023 im Gründer- und Technologiezentrum Annaberg-Buchholz, dazu ein digitaler Marktplatz.',
      seo: 'Karriere + Jobmesse Erzgebirge am 28.12.2023 in Annaberg-Buchholz: 200 Besucher vor Ort, dazu ein digitaler Marktplatz.',
      placeName: 'Gründer- und Technologiezentrum Annaberg-Buchholz',
      body: md`
        Zwischen Weihnachten und Neujahr haben viele Menschen Zeit, über einen beruflichen Neuanfang nachzudenken. Deshalb findet die Karriere + Jobmesse Erzgebirge genau dann statt – am 28.12.2023 im Gründer- und Technologiezentrum Annaberg-Buchholz. Über die bisherige Laufzeit des Projekts stellten sich insgesamt 30 regionale Unternehmen vor – aus Gesundheit & Soziales, verarbeitendem Gewerbe & IT, Handwerk, Bauwesen sowie Tourismus, Logistik und Handel.

        Zur Messe am 28.12.2023 waren 200 Besucher vor Ort. Auf [fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe) gab es zusätzlich einen digitalen Marktplatz mit Unternehmenspräsentationen, hERZland-Geschichten und Tipps des Welcome Center Erzgebirge.
      `,
    },
  },
  {
    group: 'karriere-jobmesse-2026',
    date: '2026-12-28',
    isExample: true,
    image: 'event-jobmesse-winter',
    organisers: [WFE],
    de: {
      title: 'Karriere + Jobmesse Erzgebirge 2026',
      slug: 'karriere-jobmesse-2026',
      summary:
        'Die Jobmesse für alle, die ins Erzgebirge zurückkehren oder hier durchstarten möchten – wie jedes Jahr zwischen Weihnachten und Neujahr. Termin und Ort werden noch bekannt gegeben.',
      seo: 'Karriere + Jobmesse Erzgebirge zwischen Weihnachten und Neujahr 2026: regionale Arbeitgeber treffen Rückkehrer. Termin folgt.',
      body: md`
        **Der genaue Termin und der Ort werden noch bekannt gegeben.** Das hier angezeigte Datum ist nur ein Platzhalter. Die Messe findet jedes Jahr zwischen Weihnachten und Neujahr statt.

        Die Karriere + Jobmesse Erzgebirge ist für alle, die über einen (beruflichen) Neuanfang im Erzgebirge nachdenken: Rückkehrer und Pendler, Fachkräfte aus der Region, Studierende und alle Interessierten. Regionale Arbeitgeber stellen sich vor, das Welcome Center Erzgebirge berät zum Ankommen.

        Aktuelle Informationen finden Sie auf [fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe).
      `,
    },
    en: {
      title: 'Karriere + Jobmesse Erzgebirge 2026 – career and job fair',
      slug: 'career-and-job-fair-2026',
      summary:
        'The job fair for everyone who wants to come back to the Erzgebirge or start a career here – held every year between Christmas and New Year. Date and venue to be announced.',
      seo: 'Career and job fair in the Erzgebirge between Christmas and New Year 2026: meet regional employers. Date to be announced.',
      body: md`
        **The exact date and venue will be announced.** The date shown here is only a placeholder. The fair takes place every year between Christmas and New Year.

        The fair is for everyone thinking about a new start in the Erzgebirge: people who would like to come back, commuters, skilled workers, students and anyone interested in the region. Regional employers present themselves, and the Welcome Center Erzgebirge gives advice on settling in.

        Up-to-date information (in German): [fachkraefte-erzgebirge.de/messe](https://www.fachkraefte-erzgebirge.de/messe).
      `,
    },
  },
  {
    group: 'welcome-hutzn',
    date: '2027-01-22',
    isExample: true,
    image: 'event-hutzn',
    organisers: [WFE],
    de: {
      title: 'Welcome-Hutzn: (Inter)Nationalität meets Erzgebirge',
      slug: 'welcome-hutzn',
      summary:
        'Ein geselliges Treffen zum Kennenlernen für Rückkehrer und Neu-Erzgebirger – eingeladen vom Welcome Center Erzgebirge. Die nächsten Termine und Orte werden noch bekannt gegeben.',
      seo: 'Welcome-Hutzn des Welcome Center Erzgebirge: Kennenlernen für Rückkehrer und Neu-Erzgebirger. Nächster Termin folgt.',
      body: md`
        **Die nächsten Termine und Orte werden noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

        Eine Hutzn ist im Erzgebirge ein geselliges Beisammensein. Unter dem Motto „(Inter)Nationalität meets Erzgebirge“ lädt das Welcome Center Erzgebirge zur Welcome-Hutzn ein: für Menschen, die zurückgekommen sind, und für alle, die neu im Erzgebirge leben – aus Deutschland oder aus dem Ausland.

        Die Welcome-Hutzn finden an wechselnden Orten im Erzgebirgskreis statt.
      `,
    },
    en: {
      title: 'Welcome-Hutzn: (Inter)Nationalität meets Erzgebirge',
      slug: 'welcome-hutzn',
      summary:
        'A get-together for people who came back and newcomers to the Erzgebirge – hosted by the Welcome Center Erzgebirge. Next dates and places to be announced.',
      seo: 'Welcome-Hutzn by the Welcome Center Erzgebirge: meet other newcomers and returnees. Next date to be announced.',
      body: md`
        **The next dates and places will be announced.** The date shown is only a placeholder.

        In the Erzgebirge, a “Hutzn” is a traditional get-together. Under the motto “(Inter)Nationalität meets Erzgebirge” the Welcome Center Erzgebirge invites people who have come back and everyone who is new to the region – from Germany or from abroad – to a relaxed get-together.

        The Welcome-Hutzn take place in different towns of the district.
      `,
    },
  },
  {
    group: 'woche-der-offenen-unternehmen',
    date: '2027-03-15',
    isExample: true,
    image: 'event-offene-unternehmen',
    organisers: [WFE],
    de: {
      title: 'Woche der offenen Unternehmen',
      slug: 'woche-der-offenen-unternehmen',
      summary:
        'Unternehmen im Erzgebirge öffnen ihre Türen für Schülerinnen und Schüler: Berufe ansehen, Fragen stellen, Kontakte knüpfen. Der nächste Termin wird noch bekannt gegeben.',
      seo: 'Woche der offenen Unternehmen im Erzgebirge: Betriebe öffnen ihre Türen für Schülerinnen und Schüler. Termin folgt.',
      body: md`
        **Der nächste Termin wird noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

        In der Woche der offenen Unternehmen kannst du Betriebe in deiner Nähe von innen sehen: Wie sieht ein Arbeitstag aus? Welche Ausbildungen und dualen Studiengänge gibt es? Die Woche gehört zu den Angeboten der Berufsorientierung im Erzgebirge und wird mit einem Pauschalzuschuss des sächsischen Wirtschaftsministeriums (SMWA) gefördert.

        Ausbildungsplätze, Praktika und Ferienjobs findest du das ganze Jahr auf [makerz.me](https://www.makerz.me).
      `,
    },
  },
  {
    group: 'makerzstudi-2027',
    date: '2027-06-05',
    isExample: true,
    image: 'event-studienmesse',
    organisers: [WFE],
    de: {
      title: 'MAKERZSTUDI 2027 – die Studienmesse für Gymnasiasten',
      slug: 'makerzstudi-2027',
      summary:
        'Die jährliche Studienmesse aus dem Projekt Karriere Dual: Unternehmen und Hochschulen stellen duales Studium und duale Ausbildung im Erzgebirge vor. Termin und Ort werden noch bekannt gegeben.',
      seo: 'MAKERZSTUDI 2027: jährliche Studienmesse zu dualem Studium und Ausbildung im Erzgebirge. Termin und Ort folgen.',
      body: md`
        **Der Termin und der Ort werden noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

        Die MAKERZSTUDI ist die jährliche Studienmesse des Projekts „Karriere Dual – für Gymnasiasten im Erzgebirge“. Unternehmen aus der Region, die Duale Hochschule Sachsen und weitere Hochschulen stellen duale Studiengänge, duale Ausbildungen und Praktika vor. 2023 besuchten laut Handlungskonzept der Fachkräfteallianz ca. 600 Besucherinnen und Besucher die Studienmesse.

        Wie du dich vorbereitest, steht auf der Seite [Duales Studium für Gymnasiasten](/berufsorientierung/duales-studium-fuer-gymnasiasten/). Duale Studienplätze findest du das ganze Jahr auf [makerz.me](https://www.makerz.me).
      `,
    },
  },
  {
    group: 'welcome-dialog',
    date: '2027-03-10',
    isExample: true,
    image: 'event-dialog',
    organisers: [WFE],
    de: {
      title: 'Welcome-Dialog: EINBLICK. ÜBERBLICK. WEITBLICK',
      slug: 'welcome-dialog',
      summary:
        'Für Unternehmen im Erzgebirge: Austausch darüber, wie Anwerbung, Onboarding und Willkommenskultur für internationale Fachkräfte gelingen. Ein Format aus dem Projekt NAFKA. Termin folgt.',
      seo: 'Welcome-Dialog aus dem Projekt NAFKA: Unternehmen tauschen sich über das Onboarding internationaler Fachkräfte aus.',
      body: md`
        **Der nächste Termin wird noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

        Der „Welcome-Dialog: EINBLICK. ÜBERBLICK. WEITBLICK“ wurde im Projekt NAFKA entwickelt, um das Onboarding und die Willkommenskultur in erzgebirgischen Unternehmen zu stärken. Unternehmen lernen mit- und voneinander, wie die Gewinnung und Integration internationaler Fach- und Arbeitskräfte gelingt.

        Die Schritte von der Anwerbung bis zum ersten Arbeitstag zeigt unser Leitfaden [Fachkräfte aus dem Ausland gewinnen](/willkommen/fachkraefte-aus-dem-ausland-gewinnen/).
      `,
    },
  },
  {
    group: 'welcome-fachwissen',
    date: '2027-05-12',
    isExample: true,
    image: 'event-tagung',
    organisers: [WFE],
    de: {
      title: 'Welcome-Fachwissen: INFORMIEREN. LERNEN. ANWENDEN',
      slug: 'welcome-fachwissen',
      summary:
        'Fachwissen für Unternehmen rund um die Beschäftigung internationaler Fachkräfte – vom Aufenthaltsrecht bis zur Einarbeitung. Ein Format aus dem Projekt NAFKA. Termin folgt.',
      seo: 'Welcome-Fachwissen: Informationen für Unternehmen im Erzgebirge zur Beschäftigung internationaler Fachkräfte. Termin folgt.',
      body: md`
        **Der nächste Termin wird noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

        Das „Welcome-Fachwissen: INFORMIEREN. LERNEN. ANWENDEN“ ist neben dem Welcome-Dialog das zweite Veranstaltungsformat, das im Projekt NAFKA für Unternehmen entwickelt wurde. Es vermittelt Wissen, das Betriebe für die Anwerbung und Integration ausländischer Fach- und Arbeitskräfte brauchen.

        Einen ersten Überblick gibt der Leitfaden [Fachkräfte aus dem Ausland gewinnen](/willkommen/fachkraefte-aus-dem-ausland-gewinnen/).
      `,
    },
  },
  {
    group: 'csr-netzwerktreffen',
    date: '2027-04-21',
    isExample: true,
    image: 'event-netzwerk',
    organisers: [WFE],
    de: {
      title: 'Netzwerktreffen des CSR-Netzwerks Erzgebirge',
      slug: 'csr-netzwerktreffen',
      summary:
        'Unternehmen aus dem Erzgebirge tauschen sich über Personalarbeit, gesellschaftliches Engagement und Arbeitgeberattraktivität aus. Ein bis drei Treffen im Jahr. Der nächste Termin wird noch bekannt gegeben.',
      seo: 'Netzwerktreffen des CSR-Netzwerks Erzgebirge: Unternehmen tauschen sich über gute Personalarbeit aus. Termin folgt.',
      body: md`
        **Der nächste Termin wird noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

        Seit Projektbeginn 2012 haben sich laut Handlungskonzept über 120 Unternehmen aus dem Erzgebirge in das CSR-Netzwerk Erzgebirge eingebracht. Im Netzwerk finden jedes Jahr ein bis drei Treffen zu aktuellen Themen statt – nach dem Prinzip „Akteure lernen von Akteuren“.

        Mehr zum Projekt: [CSRnetERZ 2.0](/allianz/projekte/csrneterz/).
      `,
    },
  },
  ...(
    [
      ['annaberg-buchholz', 'Annaberg-Buchholz', '2027-09-04'],
      ['aue-bad-schlema', 'Aue-Bad Schlema', '2027-09-11'],
      ['stollberg', 'Stollberg', '2027-09-18'],
      ['marienberg', 'Marienberg', '2027-09-25'],
    ] as const
  ).map(
    ([town, name, date]): EventDef => ({
      group: `ausbildungsmesse-${town}`,
      date,
      isExample: true,
      town,
      image: 'event-messe',
      organisers: [WFE],
      de: {
        title: `Ausbildungsmesse Erzgebirge in ${name}`,
        slug: `ausbildungsmesse-${town}`,
        summary: `Eine der Ausbildungsmessen Erzgebirge an vier Standorten im Landkreis: Unternehmen aus der Region stellen in ${name} Ausbildungsberufe und duale Studiengänge vor. Termin folgt.`,
        seo: `Ausbildungsmesse Erzgebirge in ${name}: Ausbildungsplätze und duale Studiengänge aus der Region kennenlernen. Termin folgt.`,
        body: md`
          **Der nächste Termin wird noch bekannt gegeben.** Das angezeigte Datum ist nur ein Platzhalter.

          Die Ausbildungsmessen Erzgebirge finden an vier Standorten im Landkreis statt: in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg und Marienberg. Unternehmen aus der Region zeigen, welche Ausbildungen und dualen Studiengänge sie anbieten. Du kannst direkt mit Azubis und Ausbilderinnen und Ausbildern sprechen.

          Tipps zur Vorbereitung findest du auf der Seite [Ausbildungsmessen im Erzgebirge](/berufsorientierung/ausbildungsmessen/).
        `,
      },
    }),
  ),
]

function buildEvent(ctx: SeedContext, e: EventDef, lang: Lang, v: EventVersion): SanityDoc {
  const d = tdoc('event', e.group, lang, {
    title: v.title,
    slug: slug(v.slug),
    summary: v.summary,
    start: berlin(e.date),
    isOnline: false,
    ...(e.town || v.placeName
      ? {place: {...(v.placeName ? {name: v.placeName} : {}), ...(e.town ? {town: ref(townId(e.town))} : {})}}
      : {}),
    ...(e.organisers ? {organisers: e.organisers.map((id) => ({...ref(id), _key: id}))} : {}),
    image: ctx.image(e.image, lang),
    isExample: e.isExample,
    seo: seo(v.seo),
  })
  d.body = rich(d._id, 'body', v.body)
  return d
}

export const eventDocs: SeedModule = (ctx) =>
  events.flatMap((e) => [buildEvent(ctx, e, 'de', e.de), ...(e.en ? [buildEvent(ctx, e, 'en', e.en)] : [])])
