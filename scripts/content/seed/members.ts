/**
 * The 13 members of the Fachkräfteallianz Erzgebirge exactly as listed in section 2.3 of the
 * Handlungskonzept (06.06.2024), the contact points used by the welcome guides, and the editorial
 * team as author. Websites only where the domain is certain; unknown details are marked
 * "[Platzhalter: …]".
 */
import {doc, localized, localizedText, ref, slug, type SanityDoc, type SeedModule} from './helpers.ts'

interface Member {
  slug: string
  /** What the member is, in English, after its German name in English texts. */
  english: string
  name: string
  shortName?: string
  kind: string
  website?: string
  role?: 'geschaeftsfuehrend'
}

const members: Member[] = [
  {slug: 'agentur-fuer-arbeit-annaberg-buchholz', english: 'Federal Employment Agency, local office', name: 'Agentur für Arbeit Annaberg-Buchholz', kind: 'arbeitsagentur', website: 'https://www.arbeitsagentur.de'},
  {slug: 'dgb-region-suedwestsachsen', english: 'German Trade Union Confederation', name: 'DGB Region Südwestsachsen', shortName: 'DGB', kind: 'gewerkschaft'},
  {slug: 'stadt-annaberg-buchholz', english: 'town', name: 'Große Kreisstadt Annaberg-Buchholz', kind: 'kommune', website: 'https://www.annaberg-buchholz.de'},
  {slug: 'stadt-stollberg', english: 'town', name: 'Große Kreisstadt Stollberg', kind: 'kommune', website: 'https://www.stollberg-erzgebirge.de'},
  {slug: 'iga-westerzgebirge', english: 'industry association', name: 'IGA Industrie- & Gewerbevereinigung Westerzgebirge e.V.', shortName: 'IGA', kind: 'verband'},
  {slug: 'ihk-chemnitz-regionalkammer-erzgebirge', english: 'Chamber of Industry and Commerce', name: 'IHK Chemnitz, Regionalkammer Erzgebirge', shortName: 'IHK', kind: 'kammer', website: 'https://www.ihk.de/chemnitz'},
  {slug: 'jobcenter-erzgebirgskreis', english: 'job centre', name: 'Jobcenter Erzgebirgskreis', kind: 'jobcenter'},
  {slug: 'kreishandwerkerschaft-erzgebirge', english: 'district crafts association', name: 'Kreishandwerkerschaft Erzgebirge', kind: 'verband'},
  {slug: 'lasub', english: 'State Office for Schools and Education', name: 'Landesamt für Schule und Bildung (LaSuB)', shortName: 'LaSuB', kind: 'bildung', website: 'https://www.lasub.smk.sachsen.de'},
  {slug: 'liga-wohlfahrtspflege-erzgebirge', english: 'welfare organisations', name: 'Liga der freien Wohlfahrtspflege in Sachsen – Kreisarbeitsgemeinschaft Erzgebirge', shortName: 'Liga der freien Wohlfahrtspflege', kind: 'wohlfahrt'},
  {slug: 'rbv-erzgebirge', english: 'farmers’ association', name: 'RBV Regionalbauernverband Erzgebirge e.V.', shortName: 'RBV', kind: 'verband'},
  {slug: 'verband-erzgebirgischer-kunsthandwerker', english: 'association of craft and toy makers', name: 'Verband erzgebirgischer Kunsthandwerker und Spielzeughersteller e.V.', kind: 'verband'},
  {slug: 'wfe', english: 'WFE, business development agency of the district', name: 'Wirtschaftsförderung Erzgebirge GmbH', shortName: 'WFE', kind: 'wirtschaftsfoerderung', website: 'https://wfe-erzgebirge.de', role: 'geschaeftsfuehrend'},
]

export const memberId = (s: string) => {
  if (!members.some((m) => m.slug === s)) throw new Error(`Unknown member: ${s}`)
  return `member-${s}`
}

/** The members as a Markdown list for English texts: German name, English gloss, role. */
export const MEMBER_LIST_EN = members
  .map((m) => `- ${m.name} (${m.english})${m.role === 'geschaeftsfuehrend' ? ' – managing member' : ''}`)
  .join('\n')

export const WFE = memberId('wfe')
export const WFE_EMAIL = 'info@wfe-erzgebirge.de'
export const WFE_ADDRESS = 'Wirtschaftsförderung Erzgebirge GmbH, [Platzhalter: Straße und Hausnummer], 09456 Annaberg-Buchholz'

export const contactId = (s: string) => `contact-${s}`
export const authorId = 'person-redaktion-herzland'

export const membersAndContacts: SeedModule = () => {
  const docs: SanityDoc[] = members.map((m, i) =>
    doc('member', m.slug, {
      name: m.name,
      ...(m.shortName ? {shortName: m.shortName} : {}),
      kind: m.kind,
      ...(m.website ? {website: m.website} : {}),
      role: m.role ?? 'mitglied',
      order: i + 1,
    }),
  )

  docs.push(
    doc('contact', 'welcome-center-erzgebirge', {
      name: 'Welcome Center Erzgebirge (WCE)',
      organisation: ref(WFE),
      description: localizedText(
        'Das Welcome Center Erzgebirge der Wirtschaftsförderung Erzgebirge GmbH berät Rückkehrerinnen und Rückkehrer, Zugewanderte aus dem In- und Ausland und Unternehmen: zu Arbeit, Aufenthalt, Anerkennung und zum Ankommen im Erzgebirge. Es berät individuell und lädt zu Welcome-Hutzn und Veranstaltungen für Unternehmen ein.',
        'The Welcome Center Erzgebirge at the district’s business development agency (WFE) advises people coming back, newcomers from Germany and abroad, and employers: on work, residence, recognition of qualifications and settling in. It gives individual advice and hosts Welcome-Hutzn get-togethers and events for employers.',
      ),
      address: WFE_ADDRESS,
      email: WFE_EMAIL,
      // phone: unknown to the editors; the field only accepts a real number
    }),
    doc('contact', 'agentur-fuer-arbeit-annaberg-buchholz', {
      name: 'Agentur für Arbeit Annaberg-Buchholz',
      organisation: ref(memberId('agentur-fuer-arbeit-annaberg-buchholz')),
      description: localizedText(
        'Berufsberatung, Arbeitsvermittlung und Jobsuche; Beratung zu Ausbildung und Studium. Die Servicenummer für Arbeitnehmerinnen und Arbeitnehmer ist bundesweit gebührenfrei.',
        'Career guidance, job placement and job search; advice on vocational training and study. The service number for employees is free of charge throughout Germany.',
      ),
      address: '[Platzhalter: Anschrift der Agentur für Arbeit Annaberg-Buchholz]',
      phone: '0800 4 5555 00',
      website: 'https://www.arbeitsagentur.de',
    }),
    doc('contact', 'jobcenter-erzgebirgskreis', {
      name: 'Jobcenter Erzgebirgskreis',
      organisation: ref(memberId('jobcenter-erzgebirgskreis')),
      description: localizedText(
        'Beratung, Vermittlung und Leistungen der Grundsicherung für Arbeitsuchende (SGB II) im Erzgebirgskreis, auch für Geflüchtete auf dem Weg in Arbeit.',
        'Advice, job placement and basic income support for jobseekers (SGB II) in the district, including refugees on their way into work.',
      ),
      address: '[Platzhalter: Anschrift des Jobcenters Erzgebirgskreis]',
    }),
    doc('contact', 'ihk-regionalkammer-erzgebirge', {
      name: 'IHK Chemnitz, Regionalkammer Erzgebirge',
      organisation: ref(memberId('ihk-chemnitz-regionalkammer-erzgebirge')),
      description: localizedText(
        'Ansprechpartner für Unternehmen aus Industrie, Handel und Dienstleistung, für Ausbildung in IHK-Berufen und für Fragen zur Anerkennung ausländischer Abschlüsse in IHK-Berufen.',
        'Contact point for companies in industry, trade and services, for vocational training in IHK occupations and for questions about the recognition of foreign qualifications in these occupations.',
      ),
      address: '[Platzhalter: Anschrift der Regionalkammer Erzgebirge]',
      website: 'https://www.ihk.de/chemnitz',
    }),
    // Contacts outside the alliance: only facts the editors could confirm (name, task, website).
    doc('contact', 'handwerkskammer-chemnitz', {
      name: 'Handwerkskammer Chemnitz',
      description: localizedText(
        'Zuständig für Ausbildung und Meisterprüfungen im Handwerk im Kammerbezirk Chemnitz, zu dem der Erzgebirgskreis gehört. Prüft auch, ob ausländische Abschlüsse in Handwerksberufen gleichwertig sind.',
        'Responsible for apprenticeships and master craftsperson exams in the skilled trades in the Chemnitz chamber district, which includes the Erzgebirgskreis. Also checks whether foreign qualifications in craft occupations are equivalent.',
      ),
      website: 'https://www.hwk-chemnitz.de',
    }),
    doc('contact', 'ihk-fosa', {
      name: 'IHK FOSA – IHK Foreign Skills Approval',
      description: localizedText(
        'Die zentrale Stelle der Industrie- und Handelskammern für die Anerkennung ausländischer Abschlüsse in IHK-Berufen (zum Beispiel Industrie, Handel, Gastronomie). Der Antrag ist auch aus dem Ausland möglich.',
        'The chambers of industry and commerce’s central office for recognising foreign qualifications in IHK occupations (for example industry, trade, hospitality). You can apply from abroad.',
      ),
      address: 'Ulmenstraße 52g, 90443 Nürnberg',
      website: 'https://www.ihk-fosa.de',
    }),
    doc('contact', 'auslaenderbehoerde-erzgebirgskreis', {
      name: 'Ausländerbehörde des Landratsamts Erzgebirgskreis',
      description: localizedText(
        'Aufenthaltstitel für Menschen, die im Erzgebirgskreis wohnen. Für Arbeitgeber mit Betrieb im Landkreis führt sie das beschleunigte Fachkräfteverfahren (§ 81a Aufenthaltsgesetz) durch.',
        'Residence permits for people living in the Erzgebirgskreis district. For employers based in the district it runs the fast-track procedure for skilled workers (section 81a Residence Act).',
      ),
      address: '[Platzhalter: Anschrift und Sprechzeiten der Ausländerbehörde]',
      website: 'https://www.erzgebirgskreis.de',
    }),
    doc('contact', 'kommunaler-sozialverband-sachsen', {
      name: 'Kommunaler Sozialverband Sachsen (KSV)',
      description: localizedText(
        'In Sachsen zuständig für die Anerkennung ausländischer Abschlüsse in Gesundheitsfachberufen, zum Beispiel in der Pflege, als Hebamme oder in der Physiotherapie.',
        'In Saxony, the authority for recognising foreign qualifications in health professions such as nursing, midwifery or physiotherapy.',
      ),
      website: 'https://www.ksv-sachsen.de',
    }),
    doc('contact', 'landesdirektion-sachsen', {
      name: 'Landesdirektion Sachsen',
      description: localizedText(
        'In Sachsen zuständig für die Approbation und Berufserlaubnis von Ärztinnen und Ärzten, Zahnärztinnen und Zahnärzten sowie Apothekerinnen und Apothekern – auch mit ausländischem Abschluss.',
        'In Saxony, the authority for licences to practise (Approbation) for doctors, dentists and pharmacists – including those with foreign qualifications.',
      ),
      website: 'https://www.lds.sachsen.de',
    }),
    doc('contact', 'bamf', {
      name: 'Bundesamt für Migration und Flüchtlinge (BAMF)',
      description: localizedText(
        'Organisiert die Integrationskurse und die Berufssprachkurse. Kurse in Ihrer Nähe finden Sie im Kursfinder des BAMF.',
        'Runs the integration courses and the job-related German courses (Berufssprachkurse). Use the BAMF course finder to find courses near you.',
      ),
      website: 'https://www.bamf.de',
    }),
    doc('contact', 'lasub', {
      name: 'Landesamt für Schule und Bildung (LaSuB)',
      organisation: ref(memberId('lasub')),
      description: localizedText(
        'Die Schulaufsicht im Freistaat Sachsen und Mitglied der Fachkräfteallianz. Ansprechpartner in Schulfragen, wenn Schule und Schulträger nicht weiterhelfen können.',
        'The school authority of the Free State of Saxony and a member of the alliance. Contact point for school matters when the school and the municipality cannot help.',
      ),
      website: 'https://www.lasub.smk.sachsen.de',
    }),
  )

  docs.push(
    doc('person', 'redaktion-herzland', {
      name: 'Redaktion hERZland',
      slug: slug('redaktion-herzland'),
      role: localized('Redaktion der Fachkräfteallianz Erzgebirge', 'Editorial team of the Fachkräfteallianz Erzgebirge'),
      bio: localizedText(
        'Die Redaktion von hERZland schreibt für die Fachkräfteallianz Erzgebirge über Ausbildung, Studium und Arbeit in der Region. Sie prüft ihre Angaben bei den Partnern der Allianz.',
        'The hERZland editorial team writes for the Fachkräfteallianz Erzgebirge about training, study and work in the region. It checks its facts with the alliance’s partners.',
      ),
    }),
  )

  return docs
}
