/**
 * Welcome guides for people (and employers) coming from abroad: residence and visa, recognition of
 * qualifications, German courses, hiring from abroad. German and English, linked as translations.
 *
 * Rules for these texts: every legal statement names its source (law on gesetze-im-internet.de or
 * the authority's own site); salary thresholds, fees and processing times are never given as
 * figures – they change every year – the text points to the official source instead.
 */
import {link, md, rich, seo, slug, tdoc, type Lang, type SanityDoc, type SeedContext, type SeedModule} from './helpers.ts'
import {contacts, faq, jobSearch, keyed, LAST_REVIEWED, law, src, step} from './kit.ts'

interface GuideFields {
  title: string
  slug: string
  summary: string
  audience: string[]
  topic: string
  steps: ReturnType<typeof step>[]
  faq: ReturnType<typeof faq>[]
  contacts: string[]
  sources: Array<[label: string, href: string]>
  seo: string
  /** only where the title is longer than 60 characters */
  seoTitle?: string
  body?: string
}

export function guide(ctx: SeedContext, group: string, lang: Lang, image: string, f: GuideFields): SanityDoc {
  const d = tdoc('welcomeGuide', group, lang, {
    title: f.title,
    slug: slug(f.slug),
    summary: f.summary,
    image: ctx.image(image, lang),
    audience: f.audience,
    topic: f.topic,
    steps: keyed(f.steps, 'step'),
    faq: keyed(f.faq, 'faq'),
    contacts: contacts(...f.contacts),
    sources: keyed(f.sources.map(([label, href]) => link(label, href)), 'src'),
    lastReviewed: LAST_REVIEWED,
    seo: seo(f.seo, {title: f.seoTitle}),
  })
  if (f.body) d.body = rich(d._id, 'body', f.body)
  return d
}

export const guidesInternational: SeedModule = (ctx) => [
  // -------------------------------------------------------------------------------------------
  // Residence and visa
  guide(ctx, 'aufenthalt-und-visum-fuer-fachkraefte', 'de', 'guide-visum', {
    title: 'Aufenthalt und Visum für Fachkräfte',
    slug: 'aufenthalt-und-visum-fuer-fachkraefte',
    summary:
      'Sie haben einen Berufs- oder Hochschulabschluss aus dem Ausland und möchten im Erzgebirge arbeiten? Dieser Leitfaden zeigt die Wege – Blaue Karte EU, Aufenthaltserlaubnis für Fachkräfte, Chancenkarte – und die Schritte in der richtigen Reihenfolge. Er ersetzt keine Rechtsberatung.',
    audience: ['international', 'unternehmen'],
    topic: 'aufenthalt-visum',
    steps: [
      step(
        'Prüfen, ob Sie ein Visum brauchen',
        'Bürgerinnen und Bürger der EU, des EWR und der Schweiz brauchen weder Visum noch Aufenthaltstitel: Sie dürfen in Deutschland frei arbeiten. Staatsangehörige einiger weiterer Länder (zum Beispiel Australien, Israel, Japan, Kanada, Neuseeland, Südkorea, Vereinigtes Königreich, USA) dürfen ohne Visum einreisen und den Aufenthaltstitel danach in Deutschland beantragen – innerhalb von 90 Tagen nach der Einreise (§ 41 Aufenthaltsverordnung). Alle anderen beantragen vor der Einreise ein Visum zum Arbeiten.',
        ['§ 41 Aufenthaltsverordnung auf gesetze-im-internet.de', law('aufenthv', '41')],
      ),
      step(
        'Abschluss anerkennen lassen',
        'Für die meisten Aufenthaltstitel zum Arbeiten muss Ihr Abschluss in Deutschland anerkannt oder (bei Hochschulabschlüssen) vergleichbar sein. In reglementierten Berufen wie Pflege oder Medizin brauchen Sie die Anerkennung ohnehin, um arbeiten zu dürfen. Beginnen Sie damit früh – wie es geht, zeigt unser Leitfaden „Ausländische Abschlüsse anerkennen lassen“.',
        ['Leitfaden: Ausländische Abschlüsse anerkennen lassen', '/willkommen/auslaendische-abschluesse-anerkennen/'],
      ),
      step(
        'Arbeitsplatz suchen',
        'Mit einem konkreten Arbeitsangebot ist der Weg am einfachsten. Stellen im Erzgebirge finden Sie in der Jobsuche der Bundesagentur für Arbeit und im Fachkräfteportal Erzgebirge. Ohne Arbeitsangebot kann die Chancenkarte ein Weg sein (siehe nächster Schritt).',
        ['Stellen rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(1)],
      ),
      step(
        'Den passenden Aufenthaltstitel wählen',
        'Die wichtigsten Wege: Die Blaue Karte EU (§ 18g Aufenthaltsgesetz) für Menschen mit Hochschulabschluss und einem Arbeitsvertrag mit einem Mindestgehalt. Die Aufenthaltserlaubnis für Fachkräfte mit Berufsausbildung (§ 18a) oder mit akademischer Ausbildung (§ 18b) mit anerkanntem Abschluss und Arbeitsangebot. Die Chancenkarte (§ 20a) zur Arbeitssuche für bis zu ein Jahr – für Fachkräfte mit anerkanntem Abschluss oder für Menschen mit einem im Herkunftsland staatlich anerkannten Abschluss, Deutschkenntnissen auf Niveau A1 oder Englischkenntnissen auf Niveau B2 und mindestens sechs Punkten für Anerkennung, Sprache, Berufserfahrung, Alter und Deutschlandbezug (§ 20b). Die Gehaltsgrenzen der Blauen Karte EU werden jedes Jahr neu festgelegt: Die aktuellen Werte nennt make-it-in-germany.com.',
        ['Visum und Aufenthalt auf make-it-in-germany.com', src.makeItDe],
      ),
      step(
        'Beschleunigtes Fachkräfteverfahren nutzen',
        'Ihr künftiger Arbeitgeber kann mit Ihrer Vollmacht bei der Ausländerbehörde das beschleunigte Fachkräfteverfahren beantragen (§ 81a Aufenthaltsgesetz). Die Behörde kümmert sich dann auch um die Anerkennung und die Zustimmung der Bundesagentur für Arbeit; für alle Stellen gelten feste Fristen. Das Verfahren kostet eine Gebühr, die der Arbeitgeber zahlt. Im Erzgebirgskreis ist die Ausländerbehörde des Landratsamts zuständig.',
        ['§ 81a Aufenthaltsgesetz auf gesetze-im-internet.de', law('aufenthg_2004', '81a')],
      ),
      step(
        'Visum bei der Auslandsvertretung beantragen',
        'Das Visum beantragen Sie bei der deutschen Botschaft oder dem Generalkonsulat in Ihrem Land. Rechnen Sie mit Wartezeiten für einen Termin. Für das Visum fallen Gebühren an; die aktuellen Beträge und die Liste der Unterlagen nennt die Auslandsvertretung. Für die Einreise brauchen Sie eine Krankenversicherung.',
        ['Visum und Einreise beim Auswärtigen Amt', src.auswaertigesAmt],
      ),
      step(
        'Nach dem Einzug: Wohnung anmelden',
        'Melden Sie Ihre Wohnung innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde Ihrer Stadt oder Gemeinde an (§ 17 Bundesmeldegesetz). Danach bekommen Sie Ihre Steuer-Identifikationsnummer per Post. Was sonst in den ersten Wochen wichtig ist, zeigt der Leitfaden „Ankommen und anmelden“.',
        ['Leitfaden: Ankommen und anmelden', '/willkommen/ankommen-und-anmelden/'],
      ),
      step(
        'Aufenthaltstitel bei der Ausländerbehörde beantragen',
        'Wenn Sie mit einem Visum eingereist sind, beantragen Sie rechtzeitig vor dessen Ablauf den Aufenthaltstitel bei der Ausländerbehörde. Wer im Erzgebirgskreis wohnt, wendet sich an die Ausländerbehörde des Landratsamts. Vereinbaren Sie früh einen Termin.',
        ['Landratsamt Erzgebirgskreis', src.landratsamt],
      ),
    ],
    faq: [
      faq(
        'Brauche ich Deutschkenntnisse?',
        'Das hängt vom Weg ab. Für die Chancenkarte mit Punkten brauchen Sie zum Beispiel einfache Deutsch- oder gute Englischkenntnisse; in reglementierten Berufen wie der Pflege verlangt die Anerkennungsstelle ein bestimmtes Sprachniveau. Für die Blaue Karte EU sind Deutschkenntnisse keine Voraussetzung. Im Alltag und im Betrieb im Erzgebirge hilft Deutsch aber sehr. Die Voraussetzungen im Einzelnen nennt make-it-in-germany.com.',
      ),
      faq(
        'Darf ich mit der Chancenkarte schon arbeiten?',
        'Ja, eingeschränkt: Die Chancenkarte erlaubt eine Beschäftigung von durchschnittlich bis zu 20 Stunden pro Woche und Probearbeit von jeweils bis zu zwei Wochen bei einem möglichen Arbeitgeber (§ 20a Absatz 2 Aufenthaltsgesetz). Ihren Lebensunterhalt müssen Sie für die Zeit der Suche nachweisen.',
      ),
      faq(
        'Was kostet das alles?',
        'Für Anerkennung, Visum, beschleunigtes Fachkräfteverfahren und Aufenthaltstitel fallen Gebühren an. Die Beträge ändern sich und hängen vom Einzelfall ab. Deshalb nennen wir hier keine Zahlen: Fragen Sie die zuständige Stelle (Anerkennungsstelle, Auslandsvertretung, Ausländerbehörde).',
      ),
      faq(
        'Wie lange dauert es?',
        'Das ist sehr unterschiedlich – je nach Herkunftsland, Beruf und Auslastung der Behörden. Das beschleunigte Fachkräfteverfahren kann die Zeit verkürzen. Planen Sie großzügig und beginnen Sie früh mit der Anerkennung.',
      ),
      faq(
        'Kann meine Familie mitkommen?',
        'Ehe- oder Lebenspartner und minderjährige Kinder können unter bestimmten Voraussetzungen nachziehen; beim beschleunigten Fachkräfteverfahren kann der Familiennachzug mit beantragt werden. Die Regeln hängen vom Aufenthaltstitel ab. Informationen geben make-it-in-germany.com und die deutsche Auslandsvertretung.',
      ),
      faq(
        'Ich möchte eine Ausbildung machen. Geht das auch?',
        'Ja. Für eine Berufsausbildung in Deutschland gibt es eine eigene Aufenthaltserlaubnis (§ 16a Aufenthaltsgesetz). Sie brauchen einen Ausbildungsvertrag und in der Regel Deutschkenntnisse. Ausbildungsplätze im Erzgebirge finden Sie auf makerz.me und in der Jobsuche der Bundesagentur für Arbeit.',
      ),
      faq(
        'Wer hilft mir im Erzgebirge?',
        'Das Welcome Center Erzgebirge berät Sie und Ihren künftigen Arbeitgeber. Zu Stellen hilft die Agentur für Arbeit, zu Aufenthaltstiteln die Ausländerbehörde des Landratsamts.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'auslaenderbehoerde-erzgebirgskreis', 'agentur-fuer-arbeit-annaberg-buchholz'],
    sources: [
      ['Make it in Germany – Portal der Bundesregierung für Fachkräfte aus dem Ausland', src.makeItDe],
      ['Auswärtiges Amt – Visa und Einreise', src.auswaertigesAmt],
      ['Bundesamt für Migration und Flüchtlinge (BAMF)', src.bamf],
      ['Aufenthaltsgesetz § 18a und § 18b: Fachkräfte mit Berufsausbildung bzw. akademischer Ausbildung', law('aufenthg_2004', '18a')],
      ['Aufenthaltsgesetz § 18g: Blaue Karte EU', law('aufenthg_2004', '18g')],
      ['Aufenthaltsgesetz § 20a: Chancenkarte', law('aufenthg_2004', '20a')],
      ['Aufenthaltsgesetz § 81a: Beschleunigtes Fachkräfteverfahren', law('aufenthg_2004', '81a')],
      ['Aufenthaltsverordnung § 41: Einreise ohne Visum für bestimmte Staaten', law('aufenthv', '41')],
      ['Beschäftigungsverordnung § 6: Beschäftigung bei ausgeprägter berufspraktischer Erfahrung', law('beschv_2013', '6')],
    ],
    seo: 'Blaue Karte EU, Aufenthaltserlaubnis für Fachkräfte, Chancenkarte: die Schritte zum Arbeiten im Erzgebirge und wer hilft.',
    body: md`
      ## Gut zu wissen

      Die Regeln für die Einwanderung zum Arbeiten ändern sich regelmäßig. Gehaltsgrenzen, Gebühren und Bearbeitungszeiten nennen wir deshalb bewusst nicht als Zahlen. Prüfen Sie die aktuellen Angaben immer auf den offiziellen Seiten, die unten als Quellen verlinkt sind – vor allem auf [make-it-in-germany.com](${src.makeItDe}), dem Portal der Bundesregierung.

      Wer mindestens zwei Jahre passende Berufserfahrung und einen im Herkunftsland staatlich anerkannten Abschluss hat, der in Deutschland nicht anerkannt ist, hat unter bestimmten Voraussetzungen ebenfalls einen Weg: mit einem Arbeitsangebot oberhalb einer jährlich neu festgelegten Gehaltsgrenze oder bei einem tarifgebundenen Arbeitgeber ([§ 6 Beschäftigungsverordnung](${law('beschv_2013', '6')})). Auch dazu berät make-it-in-germany.com.

      Dieser Leitfaden ersetzt keine Rechtsberatung. Bei Fragen zu Ihrem Fall hilft das Welcome Center Erzgebirge.
    `,
  }),

  guide(ctx, 'aufenthalt-und-visum-fuer-fachkraefte', 'en', 'guide-visum', {
    title: 'Residence and visa for skilled workers',
    slug: 'residence-and-visa-for-skilled-workers',
    summary:
      'You have a vocational or university qualification from abroad and want to work in the Erzgebirge? This guide explains the main routes – EU Blue Card, residence permit for skilled workers, Opportunity Card – and the steps in the right order. It is not legal advice.',
    audience: ['international', 'unternehmen'],
    topic: 'aufenthalt-visum',
    steps: [
      step(
        'Check whether you need a visa',
        'Citizens of the EU, the EEA and Switzerland need no visa and no residence permit: they can work in Germany freely. Citizens of some other countries (for example Australia, Israel, Japan, Canada, New Zealand, South Korea, the United Kingdom and the USA) can enter without a visa and apply for their residence permit in Germany within 90 days of entry (section 41 of the Residence Ordinance). Everyone else applies for a work visa before travelling.',
        ['Section 41 Residence Ordinance (German)', law('aufenthv', '41')],
      ),
      step(
        'Get your qualification recognised',
        'For most work permits your qualification must be recognised in Germany or, for university degrees, be comparable to a German degree. In regulated professions such as nursing or medicine you need recognition anyway to be allowed to work. Start early – our guide “Recognition of foreign qualifications” shows how.',
        ['Guide: Recognition of foreign qualifications', '/en/welcome/recognition-of-foreign-qualifications/'],
      ),
      step(
        'Look for a job',
        'A concrete job offer makes everything easier. Find jobs in the Erzgebirge in the job search of the Federal Employment Agency and on the Fachkräfteportal Erzgebirge, the regional job portal. Without a job offer, the Opportunity Card may be a way (see next step).',
        ['Jobs around Annaberg-Buchholz in the Federal Employment Agency’s job search (German)', jobSearch(1)],
      ),
      step(
        'Choose the right residence permit',
        'The main routes: the EU Blue Card (section 18g Residence Act) for people with a university degree and an employment contract with a minimum salary. The residence permit for skilled workers with vocational training (section 18a) or with an academic degree (section 18b), with a recognised qualification and a job offer. The Opportunity Card (Chancenkarte, section 20a) to look for work for up to one year – for skilled workers with a recognised qualification, or for people with a qualification recognised by the state in their home country, German at A1 or English at B2 level and at least six points for recognition, language, work experience, age and ties to Germany (section 20b). The EU Blue Card salary thresholds are set anew every year: make-it-in-germany.com has the current figures.',
        ['Visa and residence on make-it-in-germany.com', src.makeItEn],
      ),
      step(
        'Use the fast-track procedure',
        'With your power of attorney, your future employer can apply for the fast-track procedure for skilled workers at the foreigners’ authority (section 81a Residence Act). The authority then also takes care of recognition and the approval of the Federal Employment Agency, and fixed deadlines apply to all offices involved. The employer pays a fee. In the Erzgebirgskreis district, the foreigners’ authority of the district office (Landratsamt) is responsible.',
        ['Section 81a Residence Act (German)', law('aufenthg_2004', '81a')],
      ),
      step(
        'Apply for your visa',
        'Apply for the visa at the German embassy or consulate in your country. Expect waiting times for an appointment. Visa fees apply; the embassy or consulate publishes the current amounts and the list of documents. You need health insurance for entry.',
        ['Visa and entry – Federal Foreign Office', src.auswaertigesAmt],
      ),
      step(
        'After moving in: register your address',
        'Register your flat with the registration office of your town within two weeks of moving in (section 17 Federal Registration Act). Your tax identification number is then sent to you by post. Our guide “Arriving and registering” lists what else matters in the first weeks.',
        ['Guide: Arriving and registering', '/en/welcome/arriving-and-registering/'],
      ),
      step(
        'Apply for your residence permit',
        'If you entered with a visa, apply for your residence permit at the foreigners’ authority in good time before the visa expires. If you live in the Erzgebirgskreis district, this is the foreigners’ authority of the district office. Book an appointment early.',
        ['Landratsamt Erzgebirgskreis (German)', src.landratsamt],
      ),
    ],
    faq: [
      faq(
        'Do I need to speak German?',
        'That depends on the route. For the points-based Opportunity Card, for example, you need basic German or good English; in regulated professions such as nursing the recognition authority requires a certain German level. German is not a requirement for the EU Blue Card. In everyday life and at work in the Erzgebirge, however, German helps a lot. make-it-in-germany.com explains the requirements in detail.',
      ),
      faq(
        'Can I work while I hold an Opportunity Card?',
        'Yes, within limits: the Opportunity Card allows employment of up to 20 hours a week on average and trial work of up to two weeks at a time with a possible employer (section 20a (2) Residence Act). You must show that you can support yourself while you look for work.',
      ),
      faq(
        'What does it cost?',
        'There are fees for recognition, the visa, the fast-track procedure and the residence permit. The amounts change and depend on your case. That is why we do not give figures here: ask the responsible office (recognition authority, embassy or consulate, foreigners’ authority).',
      ),
      faq(
        'How long does it take?',
        'It varies a lot – depending on your country, your profession and how busy the authorities are. The fast-track procedure can shorten the time. Plan generously and start early with recognition.',
      ),
      faq(
        'Can my family come with me?',
        'Spouses or partners and children under 18 can join you under certain conditions; in the fast-track procedure, family reunification can be included. The rules depend on your residence permit. make-it-in-germany.com and the German embassy or consulate have the details.',
      ),
      faq(
        'I want to do an apprenticeship. Is that possible?',
        'Yes. There is a separate residence permit for vocational training in Germany (section 16a Residence Act). You need a training contract and usually some German. Apprenticeships in the Erzgebirge are listed on makerz.me and in the Federal Employment Agency’s job search (both in German).',
      ),
      faq(
        'Who helps me in the Erzgebirge?',
        'The Welcome Center Erzgebirge advises you and your future employer. The Federal Employment Agency helps with jobs, the foreigners’ authority of the district office with residence permits.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'auslaenderbehoerde-erzgebirgskreis', 'agentur-fuer-arbeit-annaberg-buchholz'],
    sources: [
      ['Make it in Germany – the German government’s portal for skilled workers from abroad', src.makeItEn],
      ['Federal Foreign Office – visa and entry', src.auswaertigesAmt],
      ['Federal Office for Migration and Refugees (BAMF)', src.bamf],
      ['Residence Act, sections 18a and 18b: skilled workers with vocational or academic training (German)', law('aufenthg_2004', '18a')],
      ['Residence Act, section 18g: EU Blue Card (German)', law('aufenthg_2004', '18g')],
      ['Residence Act, section 20a: Opportunity Card (German)', law('aufenthg_2004', '20a')],
      ['Residence Act, section 81a: fast-track procedure for skilled workers (German)', law('aufenthg_2004', '81a')],
      ['Residence Ordinance, section 41: visa-free entry for certain countries (German)', law('aufenthv', '41')],
      ['Employment Ordinance, section 6: employment based on professional experience (German)', law('beschv_2013', '6')],
    ],
    seo: 'EU Blue Card, skilled worker permit, Opportunity Card: the steps to working in the Erzgebirge, Germany, and who helps you.',
    body: md`
      ## Good to know

      The rules for coming to Germany to work change regularly. That is why we do not give salary thresholds, fees or processing times as figures. Always check the current details on the official websites listed as sources below – above all on [make-it-in-germany.com](${src.makeItEn}), the German government’s portal.

      If you have at least two years of relevant work experience and a qualification recognised by the state in your home country but not recognised in Germany, there may also be a way under certain conditions: with a job offer above a salary threshold that is set anew every year, or with an employer bound by a collective agreement ([section 6 of the Employment Ordinance, German](${law('beschv_2013', '6')})). make-it-in-germany.com explains this too.

      This guide is not legal advice. If you have questions about your case, contact the Welcome Center Erzgebirge.
    `,
  }),

  // -------------------------------------------------------------------------------------------
  // Recognition of foreign qualifications
  guide(ctx, 'auslaendische-abschluesse-anerkennen', 'de', 'guide-anerkennung', {
    title: 'Ausländische Abschlüsse anerkennen lassen',
    slug: 'auslaendische-abschluesse-anerkennen',
    summary:
      'Mit einem anerkannten Abschluss haben Sie mehr Chancen auf eine passende Stelle – und für viele Visa und reglementierte Berufe ist die Anerkennung Pflicht. Dieser Leitfaden zeigt, welche Stelle für Ihren Beruf zuständig ist und wie das Verfahren abläuft.',
    audience: ['international', 'unternehmen'],
    topic: 'anerkennung',
    steps: [
      step(
        'Herausfinden, ob Ihr Beruf reglementiert ist',
        'In reglementierten Berufen dürfen Sie nur mit Anerkennung arbeiten – zum Beispiel in der Pflege, als Ärztin oder Arzt, als Lehrkraft. In den meisten Ausbildungsberufen (etwa Mechatroniker oder Kauffrau) ist die Anerkennung zum Arbeiten nicht Pflicht. Für ein Visum als Fachkraft brauchen Sie sie trotzdem meist, und sie zeigt Arbeitgebern, was Sie können.',
      ),
      step(
        'Die zuständige Stelle finden',
        'Der Anerkennungs-Finder auf anerkennung-in-deutschland.de zeigt für Ihren Beruf und Ihren Arbeitsort die zuständige Stelle. Für Arbeit im Erzgebirge sind das zum Beispiel: die IHK FOSA für IHK-Berufe (Industrie, Handel, Gastronomie), die Handwerkskammer Chemnitz für Handwerksberufe, der Kommunale Sozialverband Sachsen für Gesundheitsfachberufe wie die Pflege und die Landesdirektion Sachsen für Ärztinnen und Ärzte.',
        ['Anerkennungs-Finder auf anerkennung-in-deutschland.de', src.anerkennung],
      ),
      step(
        'Beraten lassen',
        'Lassen Sie sich vor dem Antrag beraten, welche Unterlagen Sie brauchen. Im Erzgebirge hilft das Welcome Center Erzgebirge. Wer noch im Ausland lebt, kann sich an die Zentrale Servicestelle Berufsanerkennung wenden (Informationen auf anerkennung-in-deutschland.de).',
      ),
      step(
        'Unterlagen zusammenstellen',
        'In der Regel brauchen Sie: Abschlusszeugnis und Fächer- und Notenübersicht, Nachweise über Berufserfahrung, einen Identitätsnachweis und einen Lebenslauf. Oft verlangt die Stelle Übersetzungen durch öffentlich bestellte oder beeidigte Übersetzerinnen und Übersetzer und beglaubigte Kopien. Was genau nötig ist, sagt Ihnen die zuständige Stelle.',
      ),
      step(
        'Antrag stellen',
        'Den Antrag können Sie auch aus dem Ausland stellen; Staatsangehörigkeit und Wohnort spielen keine Rolle. Das Verfahren kostet eine Gebühr, die sich nach Beruf und Aufwand richtet. Wenn Sie arbeitsuchend gemeldet sind, fragen Sie die Agentur für Arbeit oder das Jobcenter, ob sie Kosten übernehmen können.',
      ),
      step(
        'Bescheid erhalten – und wenn nötig nachqualifizieren',
        'Die Stelle prüft, ob Ihr Abschluss einem deutschen Referenzberuf gleichwertig ist. Gibt es wesentliche Unterschiede, steht im Bescheid, was fehlt. Dann können Sie die Unterschiede ausgleichen, zum Beispiel mit einer Anpassungsqualifizierung im Betrieb oder in reglementierten Berufen mit einem Anpassungslehrgang oder einer Kenntnisprüfung. Für solche Maßnahmen gibt es eine eigene Aufenthaltserlaubnis (§ 16d Aufenthaltsgesetz).',
        ['§ 16d Aufenthaltsgesetz auf gesetze-im-internet.de', law('aufenthg_2004', '16d')],
      ),
    ],
    faq: [
      faq(
        'Ich habe einen Hochschulabschluss. Wer ist zuständig?',
        'Führt Ihr Studium zu einem reglementierten Beruf (zum Beispiel Medizin oder Lehramt), ist die Anerkennungsstelle für diesen Beruf zuständig. Sonst brauchen Sie keine Anerkennung, sondern können Ihren Abschluss von der Zentralstelle für ausländisches Bildungswesen (ZAB) bewerten lassen. Ob Ihre Hochschule und Ihr Abschluss als vergleichbar gelten, zeigt oft schon die Datenbank anabin. Beides ist auf anerkennung-in-deutschland.de erklärt.',
      ),
      faq(
        'Wie lange dauert das Verfahren?',
        'Nach dem Berufsqualifikationsfeststellungsgesetz entscheidet die Stelle in der Regel innerhalb von drei Monaten, nachdem alle Unterlagen vollständig vorliegen (§ 6 und § 13 BQFG). Für manche Berufe, etwa Gesundheitsberufe wie die Pflege, gelten eigene Fristen aus dem jeweiligen Berufsgesetz. Die Zeit für Übersetzungen und Beglaubigungen kommt dazu. Im beschleunigten Fachkräfteverfahren gelten kürzere Fristen.',
      ),
      faq(
        'Was passiert, wenn mein Abschluss nur teilweise gleichwertig ist?',
        'Dann bekommen Sie einen Bescheid über die teilweise Gleichwertigkeit. Er beschreibt, welche Kenntnisse fehlen. Mit diesem Bescheid können Sie oft schon arbeiten (in nicht reglementierten Berufen) und die Lücken gezielt schließen. Das Welcome Center Erzgebirge hilft Ihnen, passende Wege zu finden.',
      ),
      faq(
        'Hilft mein Arbeitgeber dabei?',
        'Viele Arbeitgeber im Erzgebirge unterstützen ihre Fachkräfte bei der Anerkennung. Im beschleunigten Fachkräfteverfahren kann die Ausländerbehörde das Anerkennungsverfahren im Auftrag des Arbeitgebers einleiten.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'ihk-fosa', 'handwerkskammer-chemnitz', 'kommunaler-sozialverband-sachsen', 'landesdirektion-sachsen', 'ihk-regionalkammer-erzgebirge'],
    sources: [
      ['Anerkennung in Deutschland – Informationsportal der Bundesregierung mit Anerkennungs-Finder', src.anerkennung],
      ['IHK FOSA – Anerkennung in IHK-Berufen', src.ihkFosa],
      ['Handwerkskammer Chemnitz', src.hwkChemnitz],
      ['Kommunaler Sozialverband Sachsen – Anerkennung in Gesundheitsfachberufen', src.ksvSachsen],
      ['Landesdirektion Sachsen – Approbation und Berufserlaubnis', src.landesdirektion],
      ['Berufsqualifikationsfeststellungsgesetz (BQFG) § 6: Verfahren', law('bqfg', '6')],
      ['Make it in Germany – Anerkennung', src.makeItDe],
    ],
    seo: 'Ausländischen Berufs- oder Hochschulabschluss anerkennen lassen: zuständige Stellen für das Erzgebirge, Unterlagen, Ablauf.',
    body: md`
      ## Gut zu wissen

      Die Anerkennung lohnt sich auch dann, wenn sie für Ihren Beruf nicht Pflicht ist: Ein Bescheid zeigt Arbeitgebern, was Ihr Abschluss wert ist, und er ist für viele Aufenthaltstitel nötig. Wie Anerkennung und Visum zusammenhängen, erklärt der Leitfaden [Aufenthalt und Visum für Fachkräfte](/willkommen/aufenthalt-und-visum-fuer-fachkraefte/).

      Gebühren und Bearbeitungszeiten unterscheiden sich je nach Beruf und Stelle. Wir nennen sie deshalb nicht als Zahlen. Die zuständige Stelle gibt Ihnen die aktuellen Angaben.
    `,
  }),

  guide(ctx, 'auslaendische-abschluesse-anerkennen', 'en', 'guide-anerkennung', {
    title: 'Recognition of foreign qualifications',
    slug: 'recognition-of-foreign-qualifications',
    summary:
      'A recognised qualification gives you better chances of a suitable job – and for many visas and regulated professions, recognition is required. This guide shows which office is responsible for your profession and how the procedure works.',
    audience: ['international', 'unternehmen'],
    topic: 'anerkennung',
    steps: [
      step(
        'Find out whether your profession is regulated',
        'In regulated professions you may only work with recognition – for example in nursing, as a doctor or as a teacher. In most vocational occupations (such as mechatronics technician or office clerk) recognition is not required to work. You usually still need it for a visa as a skilled worker, and it shows employers what you can do.',
      ),
      step(
        'Find the responsible office',
        'The Recognition Finder on anerkennung-in-deutschland.de shows the responsible office for your profession and place of work. For work in the Erzgebirge these are, for example: IHK FOSA for occupations of the chambers of industry and commerce (industry, trade, hospitality), the Chamber of Skilled Crafts Chemnitz (Handwerkskammer) for craft occupations, the Kommunaler Sozialverband Sachsen for health professions such as nursing, and the Landesdirektion Sachsen for doctors.',
        ['Recognition Finder on anerkennung-in-deutschland.de', src.anerkennung],
      ),
      step(
        'Get advice',
        'Get advice on the documents you need before you apply. In the Erzgebirge, the Welcome Center Erzgebirge helps. If you still live abroad, you can contact the Central Service Centre for Professional Recognition (ZSBA); anerkennung-in-deutschland.de has the details.',
      ),
      step(
        'Collect your documents',
        'You usually need: your certificate and a list of subjects and grades, proof of work experience, proof of identity and a CV. The office often asks for translations by sworn translators and for certified copies. The responsible office tells you exactly what is needed.',
      ),
      step(
        'Apply',
        'You can apply from abroad; your nationality and place of residence do not matter. There is a fee that depends on the profession and the effort involved. If you are registered as a jobseeker, ask the Federal Employment Agency or the job centre whether they can cover costs.',
      ),
      step(
        'Receive the decision – and close gaps if needed',
        'The office checks whether your qualification is equivalent to a German reference occupation. If there are substantial differences, the decision lists what is missing. You can then close the gaps, for example with an adaptation qualification at a company or, in regulated professions, with an adaptation course or a knowledge test. There is a separate residence permit for such measures (section 16d Residence Act).',
        ['Section 16d Residence Act (German)', law('aufenthg_2004', '16d')],
      ),
    ],
    faq: [
      faq(
        'I have a university degree. Who is responsible?',
        'If your degree leads to a regulated profession (such as medicine or teaching), the recognition office for that profession is responsible. Otherwise you do not need recognition but can have your degree assessed by the Central Office for Foreign Education (ZAB). The anabin database often already shows whether your university and degree count as comparable. anerkennung-in-deutschland.de explains both.',
      ),
      faq(
        'How long does the procedure take?',
        'Under the Professional Qualifications Assessment Act, the office usually decides within three months once all documents are complete (sections 6 and 13 BQFG). Some professions, such as health professions like nursing, have their own deadlines under their professional law. Add the time for translations and certified copies. Shorter deadlines apply in the fast-track procedure for skilled workers.',
      ),
      faq(
        'What if my qualification is only partly equivalent?',
        'Then you receive a decision on partial equivalence that describes what is missing. With it you can often already work (in non-regulated occupations) and close the gaps step by step. The Welcome Center Erzgebirge helps you find suitable options.',
      ),
      faq(
        'Will my employer help?',
        'Many employers in the Erzgebirge support their staff with recognition. In the fast-track procedure, the foreigners’ authority can start the recognition procedure on the employer’s behalf.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'ihk-fosa', 'handwerkskammer-chemnitz', 'kommunaler-sozialverband-sachsen', 'landesdirektion-sachsen', 'ihk-regionalkammer-erzgebirge'],
    sources: [
      ['Recognition in Germany – the federal government’s information portal with the Recognition Finder', src.anerkennung],
      ['IHK FOSA – recognition in IHK occupations', src.ihkFosa],
      ['Chamber of Skilled Crafts Chemnitz (German)', src.hwkChemnitz],
      ['Kommunaler Sozialverband Sachsen – recognition in health professions (German)', src.ksvSachsen],
      ['Landesdirektion Sachsen – licences to practise (German)', src.landesdirektion],
      ['Professional Qualifications Assessment Act (BQFG), section 6 (German)', law('bqfg', '6')],
      ['Make it in Germany – recognition', src.makeItEn],
    ],
    seo: 'Getting a foreign vocational or university qualification recognised: responsible offices for the Erzgebirge, documents, steps.',
    body: md`
      ## Good to know

      Recognition is worth it even where your profession does not require it: the decision shows employers what your qualification is worth, and many residence permits need it. Our guide [Residence and visa for skilled workers](/en/welcome/residence-and-visa-for-skilled-workers/) explains how recognition and visa fit together.

      Fees and processing times differ between professions and offices, so we do not give figures. The responsible office has the current details.
    `,
  }),

  // -------------------------------------------------------------------------------------------
  // German courses
  guide(ctx, 'deutsch-lernen', 'de', 'guide-sprache', {
    title: 'Deutsch lernen: Integrationskurs und Berufssprachkurs',
    slug: 'deutsch-lernen',
    summary:
      'Deutsch öffnet im Erzgebirge viele Türen – im Betrieb, bei Behörden und im Verein. Dieser Leitfaden erklärt die staatlich geförderten Kurse: den Integrationskurs für den Alltag und die Berufssprachkurse für den Job. Und wo Sie Kurse in der Nähe finden.',
    audience: ['international', 'unternehmen'],
    topic: 'sprache',
    steps: [
      step(
        'Ihr Sprachniveau kennen',
        'Deutschkenntnisse werden in Stufen von A1 (Anfänger) bis C2 (sehr gut) beschrieben, nach dem Gemeinsamen Europäischen Referenzrahmen. Viele Anerkennungsstellen, Arbeitgeber und Aufenthaltstitel verlangen ein bestimmtes Niveau mit Zertifikat. Ein Einstufungstest beim Kursträger zeigt, wo Sie stehen.',
      ),
      step(
        'Integrationskurs besuchen',
        'Der Integrationskurs des BAMF besteht aus einem Sprachkurs und einem Orientierungskurs über Rechtsordnung, Geschichte und Kultur in Deutschland. Er endet mit dem „Deutsch-Test für Zuwanderer“ und dem Test „Leben in Deutschland“. Wer neu eingewandert ist und einen Aufenthaltstitel hat, hat oft einen Anspruch darauf (§ 44 Aufenthaltsgesetz); die Ausländerbehörde stellt die Berechtigung aus. Andere, zum Beispiel Bürgerinnen und Bürger der EU, können beim BAMF eine Zulassung beantragen. In der Regel zahlen Sie einen Kostenbeitrag pro Unterrichtsstunde, wenn Sie nicht davon befreit sind.',
        ['Integrationskurse beim BAMF', src.bamf],
      ),
      step(
        'Berufssprachkurs anschließen',
        'Berufssprachkurse bauen auf dem Integrationskurs auf (§ 45a Aufenthaltsgesetz, Deutschsprachförderverordnung). Es gibt Basiskurse mit den Zielen B2, C1 oder C2 und Spezialkurse, zum Beispiel für Menschen im Anerkennungsverfahren, für bestimmte Berufe wie Gesundheitsberufe oder für alle, die im Integrationskurs das Niveau B1 noch nicht erreicht haben. Wer Arbeit sucht, bekommt die Berechtigung über die Agentur für Arbeit oder das Jobcenter. Wer schon arbeitet, in Ausbildung ist oder im Anerkennungsverfahren steckt, beantragt die Zulassung beim BAMF oder über einen Kursträger.',
        ['Berufssprachkurse beim BAMF', src.bamf],
      ),
      step(
        'Kurs in der Nähe finden',
        'Im Kursfinder BAMF-NAvI sehen Sie Kursträger und Kurse im Erzgebirgskreis, auch Online-Kurse. Fragen Sie nach Zeiten, die zu Ihrer Arbeit passen, zum Beispiel Abend- oder Teilzeitkurse.',
        ['Kursfinder BAMF-NAvI', 'https://bamf-navi.bamf.de'],
      ),
      step(
        'Im Alltag weiterlernen',
        'Kostenlose Angebote helfen zwischen den Kursstunden: das VHS-Lernportal des Deutschen Volkshochschul-Verbands und die Deutschkurse der Deutschen Welle. Am schnellsten lernen Sie im Gespräch – im Betrieb, im Sportverein oder auf einer Welcome-Hutzn des Welcome Center Erzgebirge.',
        ['VHS-Lernportal', 'https://www.vhs-lernportal.de'],
      ),
    ],
    faq: [
      faq(
        'Muss ich einen Integrationskurs besuchen?',
        'Manche Menschen sind dazu verpflichtet, zum Beispiel wenn sie sich nicht auf einfache Art auf Deutsch verständigen können. Das entscheidet die Ausländerbehörde oder das Jobcenter (§ 44a Aufenthaltsgesetz). Freiwillig teilnehmen können viele weitere – fragen Sie nach.',
      ),
      faq(
        'Was kostet ein Kurs?',
        'Das hängt von Kurs und Situation ab. Beim Integrationskurs zahlen Sie in der Regel einen Kostenbeitrag pro Unterrichtsstunde; wer zum Beispiel Bürgergeld bezieht, kann davon befreit werden. Berufssprachkurse sind für viele Teilnehmende kostenlos; Beschäftigte mit höherem Einkommen zahlen einen Beitrag. Die aktuellen Beträge nennt das BAMF.',
      ),
      faq(
        'Kann mein Betrieb einen Kurs organisieren?',
        'Ja. Arbeitgeber können mit einem Kursträger Berufssprachkurse für ihre Beschäftigten oder Auszubildenden organisieren, auch im Betrieb. Das Welcome Center Erzgebirge berät Unternehmen dazu – zum Beispiel, wie sich mehrere Betriebe für einen Kurs vor Ort zusammentun können.',
      ),
      faq(
        'Welches Zertifikat brauche ich?',
        'Das hängt davon ab, wofür. Anerkennungsstellen, Arbeitgeber und Ausländerbehörde nennen das nötige Niveau. Für die Einbürgerung sind zum Beispiel Deutschkenntnisse auf dem Niveau B1 nötig (§ 10 Staatsangehörigkeitsgesetz).',
      ),
    ],
    contacts: ['bamf', 'welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'jobcenter-erzgebirgskreis'],
    sources: [
      ['Bundesamt für Migration und Flüchtlinge (BAMF) – Integrationskurse und Berufssprachkurse', src.bamf],
      ['BAMF-NAvI – Kursfinder des BAMF', 'https://bamf-navi.bamf.de'],
      ['Aufenthaltsgesetz § 44: Berechtigung zur Teilnahme an einem Integrationskurs', law('aufenthg_2004', '44')],
      ['Aufenthaltsgesetz § 45a: Berufsbezogene Deutschsprachförderung', law('aufenthg_2004', '45a')],
      ['Staatsangehörigkeitsgesetz § 10: Einbürgerung', law('stag', '10')],
      ['Make it in Germany – Deutsch lernen', src.makeItDe],
    ],
    seo: 'Deutsch lernen im Erzgebirge: Integrationskurs, Berufssprachkurs nach DeuFöV, Kursfinder und kostenlose Lernangebote.',
  }),

  guide(ctx, 'deutsch-lernen', 'en', 'guide-sprache', {
    title: 'Learning German: integration course and job-related German course',
    seoTitle: 'Learning German: integration and job-related German courses',
    slug: 'learning-german',
    summary:
      'German opens many doors in the Erzgebirge – at work, at the authorities and in local clubs. This guide explains the state-funded courses: the integration course for everyday life and the job-related German courses (Berufssprachkurse). And where to find a course near you.',
    audience: ['international', 'unternehmen'],
    topic: 'sprache',
    steps: [
      step(
        'Know your level',
        'Language skills are described in levels from A1 (beginner) to C2 (very good), according to the Common European Framework of Reference. Many recognition offices, employers and residence permits require a certain level with a certificate. A placement test at a course provider shows where you stand.',
      ),
      step(
        'Attend an integration course',
        'The BAMF integration course consists of a language course and an orientation course on the legal system, history and culture of Germany. It ends with the “German Test for Immigrants” (DTZ) and the test “Living in Germany”. New immigrants with a residence permit are often entitled to it (section 44 Residence Act); the foreigners’ authority issues the certificate of entitlement. Others, for example EU citizens, can apply to the BAMF for admission. You usually pay a contribution per lesson unless you are exempt.',
        ['Integration courses at the BAMF', src.bamf],
      ),
      step(
        'Continue with a job-related German course',
        'Job-related German courses (Berufssprachkurse) build on the integration course (section 45a Residence Act). There are basic courses leading to level B2, C1 or C2 and special courses, for example for people in a recognition procedure, for certain professions such as health care, or for people who did not reach B1 in the integration course. Jobseekers get their entitlement from the Federal Employment Agency or the job centre. If you already work, are in training or in a recognition procedure, apply for admission to the BAMF or through a course provider.',
        ['Job-related German courses at the BAMF', src.bamf],
      ),
      step(
        'Find a course nearby',
        'The course finder BAMF-NAvI shows course providers and courses in the Erzgebirgskreis district, including online courses. Ask for times that fit your work, such as evening or part-time courses.',
        ['Course finder BAMF-NAvI', 'https://bamf-navi.bamf.de'],
      ),
      step(
        'Keep learning every day',
        'Free offers help between lessons: the VHS learning portal of the German adult education association and the German courses of Deutsche Welle. You learn fastest by talking – at work, in a sports club or at a Welcome-Hutzn get-together of the Welcome Center Erzgebirge.',
        ['Learn German with Deutsche Welle', 'https://learngerman.dw.com'],
      ),
    ],
    faq: [
      faq(
        'Do I have to attend an integration course?',
        'Some people are obliged to, for example if they cannot communicate in simple German. The foreigners’ authority or the job centre decides (section 44a Residence Act). Many others can take part voluntarily – just ask.',
      ),
      faq(
        'What does a course cost?',
        'That depends on the course and your situation. For the integration course you usually pay a contribution per lesson; people receiving basic income support, for example, can be exempt. Job-related German courses are free for many participants; employees with a higher income pay a contribution. The BAMF publishes the current amounts.',
      ),
      faq(
        'Can my employer organise a course?',
        'Yes. Employers can work with a course provider to organise job-related German courses for their employees or apprentices, including on company premises. The Welcome Center Erzgebirge advises employers on this – for example on how several companies can team up for a local course.',
      ),
      faq(
        'Which certificate do I need?',
        'That depends on what for. Recognition offices, employers and the foreigners’ authority tell you the level required. For naturalisation, for example, German at level B1 is required (section 10 Nationality Act).',
      ),
    ],
    contacts: ['bamf', 'welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'jobcenter-erzgebirgskreis'],
    sources: [
      ['Federal Office for Migration and Refugees (BAMF) – integration courses and job-related German courses', src.bamf],
      ['BAMF-NAvI – the BAMF course finder', 'https://bamf-navi.bamf.de'],
      ['Residence Act, section 44: entitlement to an integration course (German)', law('aufenthg_2004', '44')],
      ['Residence Act, section 45a: job-related German language support (German)', law('aufenthg_2004', '45a')],
      ['Nationality Act, section 10: naturalisation (German)', law('stag', '10')],
      ['Make it in Germany – learning German', src.makeItEn],
    ],
    seo: 'Learning German in the Erzgebirge: integration course, job-related German courses, the BAMF course finder and free online offers.',
  }),

  // -------------------------------------------------------------------------------------------
  // Employers: hiring from abroad, fairly
  guide(ctx, 'fachkraefte-aus-dem-ausland-gewinnen', 'de', 'guide-arbeitgeber', {
    title: 'Fachkräfte aus dem Ausland gewinnen – fair und Schritt für Schritt',
    seoTitle: 'Fachkräfte aus dem Ausland gewinnen: Schritt für Schritt',
    slug: 'fachkraefte-aus-dem-ausland-gewinnen',
    summary:
      'Für Unternehmen im Erzgebirge: wie Sie Fachkräfte und Auszubildende aus dem Ausland finden, fair anwerben und gut einarbeiten. Mit dem beschleunigten Fachkräfteverfahren, den Angeboten der Bundesagentur für Arbeit und der Unterstützung durch das Welcome Center Erzgebirge.',
    audience: ['unternehmen'],
    topic: 'arbeit-jobsuche',
    steps: [
      step(
        'Bedarf klären und beraten lassen',
        'Welche Qualifikation brauchen Sie, welches Deutschniveau ist im Betrieb wirklich nötig, wer kümmert sich um die Einarbeitung? Das Welcome Center Erzgebirge berät Unternehmen zu allen Fragen der Zuwanderung – auch zum Aufenthaltsrecht – und kennt die Erfahrungen anderer Betriebe in der Region.',
      ),
      step(
        'Den Rekrutierungsweg wählen',
        'Die Zentrale Auslands- und Fachvermittlung (ZAV) der Bundesagentur für Arbeit sucht im Auftrag von Unternehmen im Ausland nach Fachkräften; erster Ansprechpartner ist der Arbeitgeber-Service der Agentur für Arbeit. Auf make-it-in-germany.com finden Sie staatliche Programme und Informationen für Arbeitgeber. Wenn Sie mit privaten Personalvermittlern arbeiten, prüfen Sie sie sorgfältig (nächster Schritt).',
        ['Make it in Germany – Informationen für Unternehmen', src.makeItDe],
      ),
      step(
        'Fair anwerben',
        'Im Projekt NAFKA der Fachkräfteallianz wurde der Kriterienkatalog „Faire Anwerbung“ mit 28 Einzelkriterien entwickelt; mit ihm registrieren sich private Anwerbeakteure über ein Online-Formular. Fragen Sie Vermittler, wer die Kosten der Anwerbung trägt: Nach den Grundsätzen der Internationalen Arbeitsorganisation (ILO) für faire Anwerbung sollen Arbeitskräfte keine Vermittlungsgebühren zahlen. Geben Sie den Arbeitsvertrag vor der Ausreise in einer Sprache, die die Person versteht. In der Pflege gibt es das staatliche Gütezeichen „Faire Anwerbung Pflege Deutschland“.',
        ['Gütezeichen Faire Anwerbung Pflege Deutschland', src.faireAnwerbungPflege],
      ),
      step(
        'Anerkennung früh anstoßen',
        'Für die meisten Aufenthaltstitel muss der ausländische Abschluss anerkannt sein. Zuständig sind je nach Beruf zum Beispiel die IHK FOSA, die Handwerkskammer Chemnitz oder der Kommunale Sozialverband Sachsen. Im beschleunigten Fachkräfteverfahren leitet die Ausländerbehörde das Anerkennungsverfahren für Sie ein.',
        ['Leitfaden: Ausländische Abschlüsse anerkennen lassen', '/willkommen/auslaendische-abschluesse-anerkennen/'],
      ),
      step(
        'Beschleunigtes Fachkräfteverfahren beantragen',
        'Mit Vollmacht der Fachkraft beantragen Sie das Verfahren bei der Ausländerbehörde (§ 81a Aufenthaltsgesetz) – für Betriebe im Erzgebirgskreis beim Landratsamt. Sie schließen mit der Behörde eine Vereinbarung über Unterlagen, Abläufe und Fristen. Die Behörde holt, wenn nötig, die Zustimmung der Bundesagentur für Arbeit ein; dafür füllen Sie die „Erklärung zum Beschäftigungsverhältnis“ aus. Das Verfahren ist gebührenpflichtig; die Gebühr zahlt der Arbeitgeber.',
        ['§ 81a Aufenthaltsgesetz auf gesetze-im-internet.de', law('aufenthg_2004', '81a')],
      ),
      step(
        'Ankommen vorbereiten',
        'Helfen Sie bei der Wohnungssuche, bei der Anmeldung, beim Bankkonto und bei der Krankenversicherung. Benennen Sie eine Patin oder einen Paten im Team. Planen Sie Deutschkurse ein – Berufssprachkurse können auch im Betrieb stattfinden. Die Welcome-Hutzn des Welcome Center Erzgebirge bringen neue Fachkräfte mit anderen Neu-Erzgebirgern zusammen.',
        ['Leitfaden: Ankommen und anmelden', '/willkommen/ankommen-und-anmelden/'],
      ),
      step(
        'Pflichten als Arbeitgeber einhalten',
        'Prüfen Sie vor Arbeitsbeginn, ob der Aufenthaltstitel die Beschäftigung erlaubt, und bewahren Sie eine Kopie für die Dauer der Beschäftigung auf. Endet die Beschäftigung vorzeitig, müssen Sie das der Ausländerbehörde innerhalb von vier Wochen mitteilen (§ 4a Absatz 5 Aufenthaltsgesetz). Die Arbeitsbedingungen dürfen nicht ungünstiger sein als die vergleichbarer inländischer Beschäftigter – das prüft die Bundesagentur für Arbeit bei ihrer Zustimmung (§ 39 Aufenthaltsgesetz).',
        ['§ 4a Aufenthaltsgesetz auf gesetze-im-internet.de', law('aufenthg_2004', '4a')],
      ),
      step(
        'Austauschen und dazulernen',
        'Im Projekt NAFKA der Fachkräfteallianz wurden für Unternehmen zwei Veranstaltungsformate entwickelt: der „Welcome-Dialog: EINBLICK. ÜBERBLICK. WEITBLICK“ und das „Welcome-Fachwissen: INFORMIEREN. LERNEN. ANWENDEN“. Termine finden Sie im Veranstaltungskalender.',
        ['Veranstaltungen im Erzgebirge', '/veranstaltungen/'],
      ),
    ],
    faq: [
      faq(
        'Was kostet die Anwerbung aus dem Ausland?',
        'Das hängt vom Weg ab: Gebühren für Anerkennung, beschleunigtes Fachkräfteverfahren und Visum, gegebenenfalls Honorare privater Vermittler, Sprachkurse, Reise- und Umzugshilfe. Die Gebühren ändern sich; die zuständigen Stellen nennen die aktuellen Beträge. Das Welcome Center Erzgebirge hilft, die Kosten realistisch zu planen.',
      ),
      faq(
        'Können wir auch Auszubildende aus dem Ausland einstellen?',
        'Ja. Für eine Berufsausbildung gibt es eine eigene Aufenthaltserlaubnis (§ 16a Aufenthaltsgesetz); auch dafür steht das beschleunigte Fachkräfteverfahren offen. Wichtig sind ausreichende Deutschkenntnisse für die Berufsschule. Die Kammern beraten zu Ausbildungsverträgen.',
      ),
      faq(
        'Wie erkennen wir eine seriöse Vermittlungsagentur?',
        'Fragen Sie nach Referenzen, Herkunftsländern, Kostenverteilung und Begleitung nach der Ankunft. Der im Projekt NAFKA entwickelte Kriterienkatalog „Faire Anwerbung“ hilft bei der Einordnung; das Welcome Center Erzgebirge berät Sie. In der Pflege zeigt das Gütezeichen „Faire Anwerbung Pflege Deutschland“ geprüfte Anbieter.',
      ),
      faq(
        'Wohin können sich unsere neuen Beschäftigten bei Fragen zum Arbeitsrecht wenden?',
        'Die Beratungsstellen „Faire Integration“ beraten Geflüchtete und Beschäftigte aus Drittstaaten kostenlos zu Arbeits- und Sozialrecht, auch in mehreren Sprachen.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'auslaenderbehoerde-erzgebirgskreis', 'ihk-regionalkammer-erzgebirge', 'handwerkskammer-chemnitz'],
    sources: [
      ['Make it in Germany – Informationen für Unternehmen', src.makeItDe],
      ['Bundesagentur für Arbeit – Arbeitgeber-Service und Zentrale Auslands- und Fachvermittlung (ZAV)', src.arbeitsagentur],
      ['Aufenthaltsgesetz § 81a: Beschleunigtes Fachkräfteverfahren', law('aufenthg_2004', '81a')],
      ['Aufenthaltsgesetz § 4a: Pflichten der Arbeitgeber', law('aufenthg_2004', '4a')],
      ['Aufenthaltsgesetz § 39: Zustimmung der Bundesagentur für Arbeit', law('aufenthg_2004', '39')],
      ['Gütezeichen Faire Anwerbung Pflege Deutschland', src.faireAnwerbungPflege],
      ['Faire Integration – Beratung zu Arbeits- und Sozialrecht', src.faireIntegration],
      ['Internationale Arbeitsorganisation (ILO) – Grundsätze für faire Anwerbung', 'https://www.ilo.org'],
      ['Fachkräfteallianz Erzgebirge: Handlungskonzept 2024 (Projekt NAFKA)', '/allianz/projekte/nafka/'],
    ],
    seo: 'Fachkräfte aus dem Ausland fair anwerben: beschleunigtes Fachkräfteverfahren, ZAV, Kriterien „Faire Anwerbung“ und Hilfe im Erzgebirge.',
    body: md`
      ## Warum das Thema im Erzgebirge wichtig ist

      Im Erzgebirgskreis ist die Gruppe der Berufseinsteiger schon seit 2010 kleiner als die der Menschen, die in Rente gehen – so steht es im Handlungskonzept der Fachkräfteallianz. Deshalb gehören gesteuerte Zuwanderung und eine offene Willkommenskultur zu den Zielen der Allianz.

      ## Wie die Allianz hilft

      - Das **Welcome Center Erzgebirge** berät Unternehmen und zuwanderungsinteressierte Menschen. 2023 wurden laut Handlungskonzept über 70 Fallanfragen von Unternehmen individuell betreut.
      - Im Projekt [NAFKA](/allianz/projekte/nafka/) entstanden eine Kontaktdatenbank staatlicher Rekrutierungsprogramme und privater Anwerbeakteure, der Kriterienkatalog „Faire Anwerbung“ mit 28 Einzelkriterien und ein Formular, mit dem Unternehmen ihren Bedarf melden können.
      - Im Projekt [WelcomERZ](/allianz/projekte/welcomerz/) sensibilisiert das Welcome Center Unternehmen, Kommunen und Bevölkerung für eine gelebte Willkommenskultur.

      Dieser Leitfaden ersetzt keine Rechtsberatung. Gebühren und Fristen ändern sich; maßgeblich sind die Angaben der zuständigen Stellen.
    `,
  }),

  guide(ctx, 'fachkraefte-aus-dem-ausland-gewinnen', 'en', 'guide-arbeitgeber', {
    title: 'Hiring skilled workers from abroad – fairly and step by step',
    slug: 'hiring-skilled-workers-from-abroad',
    summary:
      'For employers in the Erzgebirge: how to find skilled workers and apprentices abroad, recruit them fairly and help them settle in. With the fast-track procedure, the services of the Federal Employment Agency and the support of the Welcome Center Erzgebirge.',
    audience: ['unternehmen'],
    topic: 'arbeit-jobsuche',
    steps: [
      step(
        'Clarify your needs and get advice',
        'Which qualification do you need, which level of German is really necessary at work, and who will look after the onboarding? The Welcome Center Erzgebirge advises employers on all aspects of immigration, including residence law, and knows the experience of other companies in the region.',
      ),
      step(
        'Choose a recruitment route',
        'The International Placement Services (ZAV) of the Federal Employment Agency search for skilled workers abroad on behalf of employers; your first point of contact is the employer service of your local employment agency. make-it-in-germany.com lists government programmes and information for employers. If you work with private recruitment agencies, check them carefully (next step).',
        ['Make it in Germany – information for employers', src.makeItEn],
      ),
      step(
        'Recruit fairly',
        'In the alliance’s NAFKA project, a criteria catalogue for fair recruitment (“Faire Anwerbung”) with 28 individual criteria was developed; private recruiters register with it through an online form. Ask agencies who pays the recruitment costs: under the International Labour Organization’s principles for fair recruitment, workers should not pay recruitment fees. Provide the employment contract before departure in a language the person understands. In nursing there is the state quality seal “Faire Anwerbung Pflege Deutschland”.',
        ['Quality seal Faire Anwerbung Pflege Deutschland (German)', src.faireAnwerbungPflege],
      ),
      step(
        'Start recognition early',
        'For most residence permits the foreign qualification must be recognised. Depending on the occupation, IHK FOSA, the Chamber of Skilled Crafts Chemnitz or the Kommunaler Sozialverband Sachsen is responsible. In the fast-track procedure the foreigners’ authority starts the recognition procedure for you.',
        ['Guide: Recognition of foreign qualifications', '/en/welcome/recognition-of-foreign-qualifications/'],
      ),
      step(
        'Apply for the fast-track procedure',
        'With a power of attorney from the skilled worker, you apply for the procedure at the foreigners’ authority (section 81a Residence Act) – for companies in the Erzgebirgskreis district at the district office (Landratsamt). You sign an agreement with the authority on documents, steps and deadlines. Where needed, the authority obtains the approval of the Federal Employment Agency; for this you fill in the form “Erklärung zum Beschäftigungsverhältnis” (declaration on the employment relationship). The employer pays the fee.',
        ['Section 81a Residence Act (German)', law('aufenthg_2004', '81a')],
      ),
      step(
        'Prepare the arrival',
        'Help with finding a flat, registering the address, opening a bank account and choosing health insurance. Name a buddy in the team. Plan German courses – job-related German courses can also take place at the company. The Welcome-Hutzn get-togethers of the Welcome Center Erzgebirge connect new staff with other newcomers.',
        ['Guide: Arriving and registering', '/en/welcome/arriving-and-registering/'],
      ),
      step(
        'Meet your duties as an employer',
        'Before work starts, check that the residence permit allows the employment, and keep a copy for as long as the employment lasts. If the employment ends early, you must inform the foreigners’ authority within four weeks (section 4a (5) Residence Act). Working conditions must not be less favourable than those of comparable domestic employees – the Federal Employment Agency checks this when it gives its approval (section 39 Residence Act).',
        ['Section 4a Residence Act (German)', law('aufenthg_2004', '4a')],
      ),
      step(
        'Exchange experience',
        'In the alliance’s NAFKA project, two event formats for employers were developed: “Welcome-Dialog” and “Welcome-Fachwissen” (both in German). Dates are listed in the events calendar.',
        ['Events in the Erzgebirge', '/en/events/'],
      ),
    ],
    faq: [
      faq(
        'What does recruiting from abroad cost?',
        'That depends on the route: fees for recognition, the fast-track procedure and the visa, possibly fees of private agencies, language courses, travel and relocation support. Fees change; the responsible offices publish the current amounts. The Welcome Center Erzgebirge helps you plan the costs realistically.',
      ),
      faq(
        'Can we hire apprentices from abroad?',
        'Yes. There is a separate residence permit for vocational training (section 16a Residence Act), and the fast-track procedure is open for it too. Enough German for vocational school is important. The chambers advise on training contracts.',
      ),
      faq(
        'How do we recognise a trustworthy recruitment agency?',
        'Ask for references, countries of origin, who pays which costs and what support is given after arrival. The criteria catalogue “Faire Anwerbung” developed in the NAFKA project helps you assess agencies; the Welcome Center Erzgebirge advises you. In nursing, the seal “Faire Anwerbung Pflege Deutschland” shows certified providers.',
      ),
      faq(
        'Where can our new employees get advice on labour law?',
        'The “Faire Integration” advice centres give refugees and employees from non-EU countries free advice on labour and social law, in several languages.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'auslaenderbehoerde-erzgebirgskreis', 'ihk-regionalkammer-erzgebirge', 'handwerkskammer-chemnitz'],
    sources: [
      ['Make it in Germany – information for employers', src.makeItEn],
      ['Federal Employment Agency – employer service and International Placement Services (ZAV)', src.arbeitsagentur],
      ['Residence Act, section 81a: fast-track procedure (German)', law('aufenthg_2004', '81a')],
      ['Residence Act, section 4a: duties of employers (German)', law('aufenthg_2004', '4a')],
      ['Residence Act, section 39: approval of the Federal Employment Agency (German)', law('aufenthg_2004', '39')],
      ['Quality seal Faire Anwerbung Pflege Deutschland (German)', src.faireAnwerbungPflege],
      ['Faire Integration – advice on labour and social law', src.faireIntegration],
      ['International Labour Organization (ILO) – principles for fair recruitment', 'https://www.ilo.org'],
      ['Fachkräfteallianz Erzgebirge: strategy paper 2024', '/en/alliance/documents/action-plan-2024/'],
    ],
    seo: 'Recruiting skilled workers from abroad fairly: fast-track procedure, ZAV, fair recruitment criteria and support in the Erzgebirge.',
    body: md`
      ## Why this matters in the Erzgebirge

      In the Erzgebirgskreis district, the group of young people starting work has been smaller than the group retiring since 2010 – as the alliance’s strategy paper states. Managed immigration and an open welcoming culture are therefore among the alliance’s goals.

      ## How the alliance helps

      - The **Welcome Center Erzgebirge** advises employers and people interested in moving here. According to the strategy paper, it handled over 70 enquiries from companies individually in 2023.
      - The NAFKA project described in the [strategy paper](/en/alliance/documents/action-plan-2024/) created a contact database of government recruitment programmes and private recruiters, the fair recruitment criteria catalogue with 28 criteria, and a form for companies to report their needs.

      This guide is not legal advice. Fees and deadlines change; the responsible offices’ information is authoritative.
    `,
  }),
]


