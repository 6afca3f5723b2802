/**
 * Self-check of the embedded dataset in content/ (run after content:build):
 *   - data.ndjson parses, is sorted by _id, ids are unique and contain no dots
 *   - every reference resolves; translation.metadata points to documents of its schemaTypes and
 *     the right language
 *   - every _sanityAsset file exists, its sha1 and dimensions match the file name, images ≤ 2400 px
 *   - every object in an array has a _key, unique within the array
 *   - slugs are unique per type + language, and lowercase ASCII
 *   - Portable Text: allowed styles, lists and decorators; every mark resolves
 *   - seo.description 50–160 characters, alt texts present
 *   - internal links ("/…") point to a page the site builds (when site/routes.ts is available)
 *   - German text without ASCII transliterations (fuer, ueber, …)
 *
 * Usage: npx tsx scripts/content/check-dataset.ts [contentDir]   (exit code 1 on errors)
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import {CONTENT_DIR} from './add-image.ts'

type Doc = {_id: string; _type: string; [k: string]: unknown}

const dir = path.resolve(process.argv[2] ?? CONTENT_DIR)
const errors: string[] = []
const warnings: string[] = []
const fail = (msg: string) => errors.push(msg)

const STYLES = new Set(['normal', 'h2', 'h3', 'h4', 'blockquote'])
const LISTS = new Set(['bullet', 'number'])
const DECORATORS = new Set(['strong', 'em', 'placeholder'])
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ASSET = /^(image|file)@file:\/\/\.\/((images|files)\/([a-f0-9]{40})(?:-(\d+)x(\d+))?\.([a-z0-9]+))$/
const TRANSLITERATION = /\b(fuer|ueber|Fachkraefte|Strasse|Massnahmen?|koennen|muessen|waehrend|Buergergeld|Groesse|Schueler(innen)?)\b/
const SKIP_TEXT_KEYS = new Set(['_id', '_ref', '_key', '_type', 'href', 'current', '_sanityAsset', 'website', 'url', 'makerzUrl', 'portalUrl', 'sourceUrl', 'onlineUrl', 'registrationUrl', 'email', 'key', 'route', 'previousSlugs', 'kind', 'topic', 'category', 'framework', 'status', 'role'])

// --- parse -----------------------------------------------------------------------------------
const lines = readFileSync(path.join(dir, 'data.ndjson'), 'utf8').split('\n').filter(Boolean)
const docs: Doc[] = lines.map((line, i) => {
  try {
    return JSON.parse(line) as Doc
  } catch (e) {
    fail(`data.ndjson line ${i + 1}: ${(e as Error).message}`)
    return {_id: `?${i}`, _type: '?'}
  }
})
const byId = new Map<string, Doc>()
docs.forEach((d, i) => {
  if (byId.has(d._id)) fail(`duplicate _id ${d._id}`)
  byId.set(d._id, d)
  if (d._id.includes('.')) fail(`${d._id}: dotted ids are private in Sanity`)
  if (i > 0 && docs[i - 1]!._id >= d._id) fail(`data.ndjson is not sorted by _id at ${d._id}`)
  if (typeof d.language === 'string' && !d._id.endsWith(`-${d.language}`)) fail(`${d._id}: id does not end in -${d.language}`)
  if (d._type !== 'translation.metadata' && !['siteSettings', 'regionFacts'].includes(d._id) && !d._id.startsWith(`${d._type}-`)) {
    fail(`${d._id}: id does not start with "${d._type}-"`)
  }
})

// --- walk every document -----------------------------------------------------------------------
const assetRefs = new Map<string, string[]>()
let internalLinks = 0
function walk(value: unknown, doc: Doc, where: string, key?: string): void {
  if (Array.isArray(value)) {
    const keys = new Set<string>()
    value.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const k = (item as {_key?: unknown})._key
        if (typeof k !== 'string' || !k) fail(`${doc._id} ${where}[${i}]: array item without _key`)
        else if (keys.has(k)) fail(`${doc._id} ${where}: duplicate _key ${k}`)
        else keys.add(k)
      }
      walk(item, doc, `${where}[${i}]`)
    })
    return
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (typeof obj._ref === 'string' && !byId.has(obj._ref)) fail(`${doc._id} ${where}: reference to missing ${obj._ref}`)
    if (typeof obj._sanityAsset === 'string') {
      assetRefs.set(obj._sanityAsset, [...(assetRefs.get(obj._sanityAsset) ?? []), `${doc._id} ${where}`])
      if (obj._type === 'imageWithAlt' && (typeof obj.alt !== 'string' || obj.alt.trim().length < 10)) {
        fail(`${doc._id} ${where}: image without a real alt text`)
      }
    }
    if (obj._type === 'block') checkBlock(obj, doc, where)
    if (obj._type === 'seo') {
      const len = typeof obj.description === 'string' ? obj.description.length : 0
      if (len < 50 || len > 160) fail(`${doc._id} ${where}.description: ${len} characters (50–160)`)
      if (typeof obj.title === 'string' && obj.title.length > 60) warnings.push(`${doc._id} ${where}.title: ${obj.title.length} characters (≤ 60)`)
    }
    for (const [k, v] of Object.entries(obj)) walk(v, doc, where ? `${where}.${k}` : k, k)
    return
  }
  if (typeof value === 'string' && key && !SKIP_TEXT_KEYS.has(key) && doc.language !== 'en') {
    const m = TRANSLITERATION.exec(value)
    if (m) fail(`${doc._id} ${where}: "${m[0]}" – bitte Umlaute/ß verwenden`)
  }
}

function checkBlock(block: Record<string, unknown>, doc: Doc, where: string) {
  if (!STYLES.has(block.style as string)) fail(`${doc._id} ${where}: style "${block.style}"`)
  if (block.listItem !== undefined && !LISTS.has(block.listItem as string)) fail(`${doc._id} ${where}: listItem "${block.listItem}"`)
  if (block.listItem !== undefined && typeof block.level !== 'number') fail(`${doc._id} ${where}: list item without level`)
  const defs = new Set(((block.markDefs as Array<{_key: string; _type: string; href?: string}>) ?? []).map((d) => d._key))
  for (const def of (block.markDefs as Array<{_key: string; _type: string; href?: string}>) ?? []) {
    if (def._type !== 'link' || typeof def.href !== 'string') fail(`${doc._id} ${where}: markDef ${def._key} is not a link with href`)
  }
  const children = (block.children as Array<{_type: string; text: string; marks: string[]}>) ?? []
  if (children.length === 0) fail(`${doc._id} ${where}: block without children`)
  for (const span of children) {
    if (span._type !== 'span' || typeof span.text !== 'string') fail(`${doc._id} ${where}: child is not a span`)
    for (const mark of span.marks ?? []) {
      if (!DECORATORS.has(mark) && !defs.has(mark)) fail(`${doc._id} ${where}: unknown mark "${mark}"`)
    }
    if (/\*\*|\[\[|\]\]/.test(span.text)) fail(`${doc._id} ${where}: unconverted Markdown in "${span.text.slice(0, 40)}"`)
  }
}

for (const d of docs) walk(d, d, '')

// --- slugs -------------------------------------------------------------------------------------
const slugs = new Map<string, string>()
for (const d of docs) {
  const s = (d.slug as {current?: string} | undefined)?.current
  if (s === undefined) continue
  if (!SLUG.test(s)) fail(`${d._id}: slug "${s}" is not lowercase ASCII with hyphens`)
  const k = `${d._type}|${d.language ?? ''}|${s}`
  if (slugs.has(k)) fail(`${d._id}: slug "${s}" also used by ${slugs.get(k)}`)
  slugs.set(k, d._id)
}

// --- translations ------------------------------------------------------------------------------
const translatedIds = new Set<string>()
for (const d of docs.filter((x) => x._type === 'translation.metadata')) {
  const types = (d.schemaTypes as string[]) ?? []
  const langs = new Set<string>()
  for (const t of (d.translations as Array<{_key: string; language?: string; value?: {_ref?: string}}>) ?? []) {
    const target = byId.get(t.value?._ref ?? '')
    const lang = t.language ?? t._key
    if (!target) continue // reported as missing reference above
    if (!types.includes(target._type)) fail(`${d._id}: ${target._id} is a ${target._type}, expected ${types.join('/')}`)
    if (target.language !== lang) fail(`${d._id}: entry "${lang}" points to a document in "${String(target.language)}"`)
    if (langs.has(lang)) fail(`${d._id}: language ${lang} twice`)
    langs.add(lang)
    if (translatedIds.has(target._id)) fail(`${target._id} is in two translation groups`)
    translatedIds.add(target._id)
  }
}

// --- assets ------------------------------------------------------------------------------------
const assetsJson = JSON.parse(readFileSync(path.join(dir, 'assets.json'), 'utf8')) as Record<string, unknown>
for (const [ref, users] of assetRefs) {
  const m = ASSET.exec(ref)
  if (!m) {
    fail(`${users[0]}: malformed _sanityAsset "${ref}"`)
    continue
  }
  const [, kind, rel, , sha1, w, h] = m
  const file = path.join(dir, rel!)
  if (!existsSync(file)) {
    fail(`${users[0]}: missing file content/${rel}`)
    continue
  }
  const bytes = readFileSync(file)
  const actual = createHash('sha1').update(bytes).digest('hex')
  if (actual !== sha1) fail(`content/${rel}: sha1 is ${actual}`)
  if (kind === 'image') {
    const meta = await sharp(bytes).metadata()
    if (String(meta.width) !== w || String(meta.height) !== h) fail(`content/${rel}: is ${meta.width}x${meta.height}`)
    if ((meta.width ?? 0) > 2400) fail(`content/${rel}: wider than 2400 px`)
  }
}
for (const k of Object.keys(assetsJson)) {
  const sha1 = k.replace(/^(image|file)-/, '')
  if (![...assetRefs.keys()].some((r) => r.includes(sha1))) fail(`assets.json: ${k} is not used by any document`)
}

// --- internal links ----------------------------------------------------------------------------
try {
  const routes = await import(path.resolve(dir, '../site/routes.ts'))
  const {languageIds, locale} = await import(path.resolve(dir, '../site/i18n/index.ts'))
  const known = new Set<string>()
  for (const lang of languageIds as string[]) {
    for (const section of Object.keys(locale(lang).sections)) known.add(routes.sectionPath(lang, section))
  }
  for (const d of docs) {
    if (typeof d.language === 'string' && (d.slug as {current?: string})?.current) {
      try {
        known.add(routes.documentPath({_type: d._type, language: d.language, slug: (d.slug as {current: string}).current}))
      } catch {
        /* types without a page of their own */
      }
    }
  }
  const hrefs: Array<[string, string]> = []
  const collect = (v: unknown, id: string): void => {
    if (Array.isArray(v)) v.forEach((x) => collect(x, id))
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'href' && typeof x === 'string') hrefs.push([id, x])
        else collect(x, id)
      }
    }
  }
  docs.forEach((d) => collect(d, d._id))
  for (const [id, href] of hrefs) {
    if (!href.startsWith('/')) continue
    internalLinks++
    if (!known.has(href.split('#')[0]!)) fail(`${id}: internal link ${href} has no page`)
  }
} catch (e) {
  warnings.push(`internal links not checked (site/routes.ts not loadable: ${(e as Error).message})`)
}

// --- report ------------------------------------------------------------------------------------
for (const w of warnings) console.log(`WARNING ${w}`)
for (const e of errors) console.log(`ERROR ${e}`)
console.log(`${docs.length} documents, ${assetRefs.size} assets, ${internalLinks} internal links: ${errors.length} errors, ${warnings.length} warnings`)
process.exit(errors.length ? 1 : 0)
