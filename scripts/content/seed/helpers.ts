/**
 * Small builders shared by the seed modules. Field and type names follow docs/content-model.md
 * and studio/schemaTypes/.
 */
import {markdownToPortableText, type PtBlock} from '../portable-text.ts'

export type Lang = 'de' | 'en'
export const LANGS: readonly Lang[] = ['de', 'en']

export interface SanityDoc {
  _id: string
  _type: string
  [field: string]: unknown
}

/** A translatable document before the build links it to its translations. */
export interface TranslatableDoc extends SanityDoc {
  language: Lang
  /** build-time only: documents with the same group are translations of each other */
  __group: string
}

export interface ImageWithAlt {
  _type: 'imageWithAlt'
  _sanityAsset: string
  alt: string
  caption?: string
  credit?: string
}

/** What the build passes to every seed module. */
export interface SeedContext {
  /** a generated illustration (see ../illustrations.ts) with its alt text in `lang` */
  image(illustrationId: string, lang: Lang): ImageWithAlt
}

export type SeedModule = (ctx: SeedContext) => SanityDoc[]

/** The translatable types of the content model. */
export const TRANSLATABLE_TYPES = [
  'story',
  'welcomeGuide',
  'post',
  'allianceDocument',
  'project',
  'event',
  'orientationPage',
  'page',
  'actionField',
] as const

/**
 * A translatable document. The id is `<type>-<group>-<lang>`, where `group` is the German slug
 * shared by all language versions (so ids stay predictable even when the English slug differs).
 */
export function tdoc(type: string, group: string, lang: Lang, fields: Record<string, unknown>): TranslatableDoc {
  return {_id: `${type}-${group}-${lang}`, _type: type, language: lang, __group: group, ...fields}
}

/** A document without translations: id `<type>-<slug>`. */
export function doc(type: string, slugOrId: string, fields: Record<string, unknown>): SanityDoc {
  return {_id: `${type}-${slugOrId}`, _type: type, ...fields}
}

export const ref = (id: string) => ({_type: 'reference', _ref: id})
export const slug = (current: string) => ({_type: 'slug', current})

export function localized(de: string, en?: string) {
  return {_type: 'localizedString', de, ...(en === undefined ? {} : {en})}
}
export function localizedText(de: string, en?: string) {
  return {_type: 'localizedText', de, ...(en === undefined ? {} : {en})}
}

export function seo(description: string, extra: {title?: string; image?: ImageWithAlt; noIndex?: boolean} = {}) {
  return {_type: 'seo', ...(extra.title ? {title: extra.title} : {}), description, ...(extra.image ? {image: extra.image} : {}), ...(extra.noIndex ? {noIndex: true} : {})}
}

export const link = (label: string, href: string) => ({_type: 'link', label, href})

/** Portable Text from the Markdown subset; keys derive from the document id and field. */
export function rich(docId: string, field: string, markdown: string): PtBlock[] {
  return markdownToPortableText(markdown, `${docId}/${field}`)
}

/** Removes the common indentation of template literals so Markdown stays readable in code. */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '')
  const lines = raw.replace(/^\n/, '').split('\n')
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length))
  return lines.map((l) => l.slice(indent)).join('\n').trimEnd()
}

/**
 * A moment in Europe/Berlin as UTC ISO string. `time` omitted = 00:00 local, which the site
 * should read as "date known, time not announced".
 */
export function berlin(date: string, time = '00:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  // Central European (Summer) Time: UTC+2 from the last Sunday of March to the last Sunday of October
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0))
    return last.getUTCDate() - last.getUTCDay()
  }
  const summer =
    (m > 3 && m < 10) || (m === 3 && d > lastSunday(3)) || (m === 10 && d <= lastSunday(10))
  const offset = summer ? 2 : 1
  return new Date(Date.UTC(y, m - 1, d, hh - offset, mm)).toISOString()
}
