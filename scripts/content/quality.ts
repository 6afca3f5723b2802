/**
 * Editorial quality rules for the embedded dataset (issue 3), on top of the Studio's schema rules:
 *
 *   - every welcome guide has sources (label + http(s) or internal href) and a lastReviewed date,
 *     and exists in German and English, linked as translations
 *   - every translation link points to a document of the group's type and language
 *   - every story, guide, post and event has an image; every image has a real alt text and its file
 *   - every story says whether it is an example (`isExample` is a boolean)
 *   - no document contains placeholder words (Lorem, TODO, TBD, FIXME, xxx) outside a marked
 *     placeholder ([[Platzhalter: …]] in rich text, [Platzhalter: …] in plain text)
 *   - every seo.description has 50–160 characters
 *
 * Used by tests/unit/content-quality.test.ts; also runnable:
 *   npx tsx scripts/content/quality.ts [contentDir]
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'

export type Doc = {_id: string; _type: string; [field: string]: unknown}

export interface QualityProblem {
  documentId: string
  rule: 'guide-sources' | 'guide-last-reviewed' | 'guide-translation' | 'translation-type' | 'image-missing' | 'image-alt' | 'image-file' | 'story-example' | 'placeholder-word' | 'german-spelling' | 'seo-description'
  message: string
}

/** Types whose documents must carry an image made for the site. */
export const TYPES_WITH_IMAGE = ['story', 'welcomeGuide', 'post', 'event'] as const

const PLACEHOLDER_WORDS = /\b(lorem|ipsum dolor|todo|tbd|fixme)\b|x{3,}/i
const PLAIN_PLACEHOLDER = /\[Platzhalter:[^\]]*\]/g
/** Umlauts and ß typed as ae/oe/ue/ss in frequent words: fine in ids and slugs, wrong in text. */
const TRANSLITERATED = /\b(fuer|ueber\w*|schueler\w*|koenn\w*|muess\w*|moeglich\w*|groess\w*|strasse|waehrend|natuerlich\w*|spaeter\w*|haeufig\w*|zurueck\w*|buero\w*|gebuehr\w*|pruefung\w*|behoerde\w*|fuehr\w*|taeglich\w*|aerzt\w*|maedchen)\b/i
const ALT_MIN_LENGTH = 20
/** Keys whose string values are not reader-facing text (ids, URLs, enums, asset paths). */
const NON_TEXT_KEYS = new Set(['_id', '_ref', '_key', '_type', '_sanityAsset', 'href', 'current', 'website', 'url', 'email', 'phone', 'makerzUrl', 'portalUrl', 'sourceUrl', 'onlineUrl', 'registrationUrl', 'language', 'kind', 'topic', 'category', 'status', 'role', 'framework', 'key', 'route', 'previousSlugs', 'style', 'listItem'])
const ASSET = /^image@file:\/\/\.\/(images\/[^/]+)$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export function readDocs(contentDir: string): Doc[] {
  return readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc)
}

function isImage(value: Record<string, unknown>): boolean {
  return value._type === 'imageWithAlt' || typeof value._sanityAsset === 'string' || (typeof value.asset === 'object' && value.asset !== null)
}

export function checkContentQuality(docs: Doc[], contentDir: string): QualityProblem[] {
  const problems: QualityProblem[] = []
  const add = (documentId: string, rule: QualityProblem['rule'], message: string) => problems.push({documentId, rule, message})
  const byId = new Map(docs.map((d) => [d._id, d]))

  // --- guides: sources and lastReviewed ---------------------------------------------------------
  for (const d of docs.filter((x) => x._type === 'welcomeGuide')) {
    const sources = Array.isArray(d.sources) ? (d.sources as Array<{label?: unknown; href?: unknown}>) : []
    const usable = sources.filter((s) => typeof s.label === 'string' && s.label.trim() && typeof s.href === 'string' && /^(https?:\/\/|\/)/.test(s.href))
    if (usable.length === 0) add(d._id, 'guide-sources', 'guide has no sources (at least one link with label and URL)')
    if (usable.length !== sources.length) add(d._id, 'guide-sources', 'guide has a source without label or URL')
    if (typeof d.lastReviewed !== 'string' || !DATE.test(d.lastReviewed) || Number.isNaN(Date.parse(d.lastReviewed))) {
      add(d._id, 'guide-last-reviewed', 'guide has no valid lastReviewed date (YYYY-MM-DD)')
    }
  }

  // --- translations: same type, right language; guides exist in de and en -------------------------
  const translated = new Map<string, Set<string>>()
  for (const meta of docs.filter((x) => x._type === 'translation.metadata')) {
    const types = Array.isArray(meta.schemaTypes) ? (meta.schemaTypes as string[]) : []
    const items = Array.isArray(meta.translations) ? (meta.translations as Array<{_key?: string; language?: string; value?: {_ref?: string}}>) : []
    const seenTypes = new Set<string>()
    for (const item of items) {
      const target = byId.get(item.value?._ref ?? '')
      if (!target) {
        add(meta._id, 'translation-type', `translation points to a missing document ${item.value?._ref ?? '(none)'}`)
        continue
      }
      seenTypes.add(target._type)
      if (!types.includes(target._type)) add(meta._id, 'translation-type', `translation points to ${target._id}, a ${target._type}, not a ${types.join('/') || '(no type)'}`)
      const lang = item.language ?? item._key
      if (target.language !== lang) add(meta._id, 'translation-type', `entry "${lang}" points to ${target._id} in language "${String(target.language)}"`)
      translated.set(target._id, new Set(items.map((i) => i.language ?? i._key ?? '')))
    }
    if (seenTypes.size > 1) add(meta._id, 'translation-type', `translation group mixes types: ${[...seenTypes].join(', ')}`)
  }
  for (const d of docs.filter((x) => x._type === 'welcomeGuide')) {
    const langs = translated.get(d._id)
    if (!langs || !langs.has('de') || !langs.has('en')) add(d._id, 'guide-translation', 'guide is not linked to both a German and an English version')
  }

  // --- images -------------------------------------------------------------------------------------
  for (const d of docs) {
    if ((TYPES_WITH_IMAGE as readonly string[]).includes(d._type)) {
      const img = d.image as Record<string, unknown> | undefined
      if (!img || typeof img !== 'object' || !isImage(img)) add(d._id, 'image-missing', `${d._type} has no image`)
    }
  }
  const walkImages = (value: unknown, doc: Doc, where: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walkImages(v, doc, `${where}[${i}]`))
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (isImage(obj)) {
        const alt = typeof obj.alt === 'string' ? obj.alt.replace(/^Illustration:\s*/, '').trim() : ''
        if (alt.length < ALT_MIN_LENGTH) add(doc._id, 'image-alt', `${where || 'image'}: image without a real alt text`)
        const m = typeof obj._sanityAsset === 'string' ? ASSET.exec(obj._sanityAsset) : null
        if (typeof obj._sanityAsset === 'string' && (!m || !existsSync(path.join(contentDir, m[1]!)))) {
          add(doc._id, 'image-file', `${where || 'image'}: file for ${obj._sanityAsset} is missing`)
        } else if (typeof obj._sanityAsset !== 'string' && !(obj.asset && typeof (obj.asset as {_ref?: unknown})._ref === 'string')) {
          add(doc._id, 'image-file', `${where || 'image'}: image without a file`)
        }
      }
      for (const [k, v] of Object.entries(obj)) walkImages(v, doc, where ? `${where}.${k}` : k)
    }
  }
  for (const d of docs) walkImages(d, d, '')

  // --- stories: isExample -------------------------------------------------------------------------
  for (const d of docs.filter((x) => x._type === 'story')) {
    if (typeof d.isExample !== 'boolean') add(d._id, 'story-example', 'story does not say whether it is an example (isExample)')
  }

  // --- placeholder words outside marked placeholders; German words without umlauts -------------------
  const walkText = (value: unknown, doc: Doc, where: string, key?: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walkText(v, doc, `${where}[${i}]`))
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (obj._type === 'span') {
        const marks = Array.isArray(obj.marks) ? (obj.marks as string[]) : []
        if (!marks.includes('placeholder') && typeof obj.text === 'string') check(obj.text, doc, where)
        return
      }
      for (const [k, v] of Object.entries(obj)) walkText(v, doc, where ? `${where}.${k}` : k, k)
      return
    }
    if (typeof value === 'string' && key && !NON_TEXT_KEYS.has(key)) check(value.replace(PLAIN_PLACEHOLDER, ''), doc, where)
  }
  const check = (text: string, doc: Doc, where: string) => {
    const m = PLACEHOLDER_WORDS.exec(text)
    if (m) add(doc._id, 'placeholder-word', `${where}: "${m[0]}" outside a marked placeholder`)
    const spelled = TRANSLITERATED.exec(text)
    if (spelled) add(doc._id, 'german-spelling', `${where}: "${spelled[0]}" – write umlauts and ß`)
  }
  for (const d of docs) walkText(d, d, '')

  // --- SEO descriptions -------------------------------------------------------------------------------
  for (const d of docs) {
    const s = d.seo as {description?: unknown} | undefined
    if (!s) continue
    const len = typeof s.description === 'string' ? s.description.length : 0
    if (len < 50 || len > 160) add(d._id, 'seo-description', `seo.description has ${len} characters (50–160)`)
  }

  return problems
}

export const formatQualityProblem = (p: QualityProblem) => `${p.documentId} [${p.rule}] ${p.message}`

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? 'content')
  const problems = checkContentQuality(readDocs(dir), dir)
  for (const p of problems) console.log(`ERROR ${formatQualityProblem(p)}`)
  console.log(`${problems.length} content-quality problems`)
  process.exit(problems.length ? 1 : 0)
}
