/**
 * The 13 members of the Fachkräfteallianz Erzgebirge exactly as listed in section 2.3 of the
 * Handlungskonzept (06.06.2024), the contact points used by the welcome guides, and the editorial
 * team as author. Websites only where the domain is certain; unknown details are marked
 * "[Platzhalter: …]".
 */
import {doc, localized, localizedText, ref, slug, type SanityDoc, type SeedModule} from './helpers.ts'

interface Member {
  slug: string
  name: string
  shortName?: string
  kind: string
  website?: string
  role?: 'geschaeftsfuehrend'
}

const members: Member[] = [
  {slug: 'agentur-fuer-arbeit-annaberg-buchholz', name: 'Agentur für Arbeit Annaberg-Buchholz', kind: 'arbeitsagentur', website: 'https://www.arbeitsagentur.de'},
  {slug: 'dgb-region-suedwestsachsen', name: 'DGB Region Südwestsachsen', shortName: 'DGB', kind: 'gewerkschaft'},
  {slug: 'stadt-annaberg-buchholz', name: 'Große Kreisstadt Annaberg-Buchholz', kind: 'kommune', website: 'https://www.annaberg-buchholz.de'},
  {slug: 'stadt-stollberg', name: 'Große Kreisstadt Stollberg', kind: 'kommune', website: 'https://www.stollberg-erzgebirge.de'},
  {slug: 'iga-westerzgebirge', name: 'IGA Industrie- & Gewerbevereinigung Westerzgebirge e.V.', shortName: 'IGA', kind: 'verband'},
  {slug: 'ihk-chemnitz-regionalkammer-erzgebirge', name: 'IHK Chemnitz, Regionalkammer Erzgebirge', shortName: 'IHK', kind: 'kammer', website: 'https://www.ihk.de/chemnitz'},
  {slug: 'jobcenter-erzgebirgskreis', name: 'Jobcenter Erzgebirgskreis', kind: 'jobcenter'},
  {slug: 'kreishandwerkerschaft-erzgebirge', name: 'Kreishandwerkerschaft Erzgebirge', kind: 'verband'},
  {slug: 'lasub', name: 'Landesamt für Schule und Bildung (LaSuB)', shortName: 'LaSuB', kind: 'bildung', website: 'https://www.lasub.smk.sachsen.de'},
  {slug: 'liga-wohlfahrtspflege-erzgebirge', name: 'Liga der freien Wohlfahrtspflege in Sachsen – Kreisarbeitsgemeinschaft Erzgebirge', shortName: 'Liga der freien Wohlfahrtspflege', kind: 'wohlfahrt'},
  {slug: 'rbv-erzgebirge', name: 'RBV Regionalbauernverband Erzgebirge e.V.', shortName: 'RBV', kind: 'verband'},
  {slug: 'verband-erzgebirgischer-kunsthandwerker', name: 'Verband erzgebirgischer Kunsthandwerker und Spielzeughersteller e.V.', kind: 'verband'},
  {slug: 'wfe', name: 'Wirtschaftsförderung Erzgebirge GmbH', shortName: 'WFE', kind: 'wirtschaftsfoerderung', website: 'https://wfe-erzgebirge.de', role: 'geschaeftsfuehrend'},
]

export const memberId = (s: string) => {
  if (!members.some((m) => m.slug === s)) throw new Error(`Unknown member: ${s}`)
  return `member-${s}`
}

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
        'Das Welcome Center Erzgebirge der Wirtschaftsförderung Erzgebirge GmbH berät Rückkehrerinnen und Rückkehrer, Zugewanderte aus dem In- und Ausland und Unternehmen: zu Arbeit, Aufenthalt, Anerkennung und zum Ankommen im Erzgebirge. Die Beratung ist kostenlos.',
        'The Welcome Center Erzgebirge at the district’s business development agency (WFE) advises people coming back, newcomers from Germany and abroad, and employers: on work, residence, recognition of qualifications and settling in. Advice is free of charge.',
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
