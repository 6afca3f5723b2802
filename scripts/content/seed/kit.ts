/**
 * Builders and shared facts for the editorial seed modules (stories, guides, posts, orientation
 * pages). Links that several documents use are defined once here, so a moved URL changes in one
 * place.
 */
import {contactId} from './members.ts'
import {link, ref} from './helpers.ts'

/** The day the editors last checked every guide against its sources. */
export const LAST_REVIEWED = '2026-11-25'

/**
 * Prefilled search in the Jobsuche of the Bundesagentur für Arbeit (see ../../../shared/REFERENCE.md):
 * angebotsart 1 = job, 4 = apprenticeship / dual study, 34 = internship / trainee.
 */
export const jobSearch = (kind: 1 | 4 | 34, term?: string, place = 'Annaberg-Buchholz', radius = 25) =>
  `https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=${kind}${term ? `&was=${encodeURIComponent(term)}` : ''}&wo=${encodeURIComponent(place)}&umkreis=${radius}`

export const MAKERZ = 'https://www.makerz.me'
export const PORTAL = 'https://www.fachkraefte-erzgebirge.de'
export const PORTAL_FAIR = 'https://www.fachkraefte-erzgebirge.de/messe'

/** gesetze-im-internet.de, the Federal Ministry of Justice's official collection of federal law. */
export const law = (code: string, section?: string) =>
  `https://www.gesetze-im-internet.de/${code}/${section ? `__${section}.html` : ''}`

/** Official sources used by several documents. */
export const src = {
  makeItDe: 'https://www.make-it-in-germany.com/de/',
  makeItEn: 'https://www.make-it-in-germany.com/en/',
  anerkennung: 'https://www.anerkennung-in-deutschland.de',
  bamf: 'https://www.bamf.de',
  auswaertigesAmt: 'https://www.auswaertiges-amt.de',
  arbeitsagentur: 'https://www.arbeitsagentur.de',
  landratsamt: 'https://www.erzgebirgskreis.de',
  bzst: 'https://www.bzst.de',
  rentenversicherung: 'https://www.deutsche-rentenversicherung.de',
  gkv: 'https://www.gkv-spitzenverband.de',
  bibb: 'https://www.bibb.de',
  aufstiegsBafoeg: 'https://www.aufstiegs-bafoeg.de',
  dhsn: 'https://www.dhsn.de',
  dhsnApply: 'https://www.dhsn.de/studium/bewerben',
  planetBeruf: 'https://planet-beruf.de',
  berufenet: 'https://web.arbeitsagentur.de/berufenet/',
  studiensuche: 'https://web.arbeitsagentur.de/studiensuche/',
  entgeltatlas: 'https://web.arbeitsagentur.de/entgeltatlas/',
  ihkFosa: 'https://www.ihk-fosa.de',
  hwkChemnitz: 'https://www.hwk-chemnitz.de',
  ihkChemnitz: 'https://www.ihk.de/chemnitz',
  ksvSachsen: 'https://www.ksv-sachsen.de',
  landesdirektion: 'https://www.lds.sachsen.de',
  /** the portal root: the deep link to "Aufnahme in die Schule" could not be confirmed */
  schuleSachsen: 'https://www.schule.sachsen.de',
  faireAnwerbungPflege: 'https://www.faire-anwerbung-pflege-deutschland.de',
  faireIntegration: 'https://www.faire-integration.de',
} as const

export const keyed = <T extends object>(items: T[], prefix: string) =>
  items.map((item, i) => ({...item, _key: `${prefix}${i + 1}`}))

export const step = (title: string, text: string, l?: [label: string, href: string]) => ({
  _type: 'guideStep',
  title,
  text,
  ...(l ? {link: link(l[0], l[1])} : {}),
})

export const faq = (question: string, answer: string) => ({_type: 'faqItem', question, answer})

export const contacts = (...slugs: string[]) => slugs.map((s) => ({...ref(contactId(s)), _key: s}))

export const links = (items: Array<[label: string, href: string]>, prefix = 'link') =>
  keyed(items.map(([label, href]) => link(label, href)), prefix)
