/**
 * Builds the embedded dataset in content/ in Sanity's export format, importable unchanged with
 * `sanity dataset import content/ <dataset>`:
 *
 *   content/data.ndjson   one document per line, sorted by _id
 *   content/images/       <sha1>-<w>x<h>.<ext>, referenced as "image@file://./images/…"
 *   content/files/        <sha1>.<ext> (only if a document references a file)
 *   content/assets.json   asset metadata keyed "image-<sha1>" / "file-<sha1>" (what @sanity/import reads)
 *
 * Deterministic: running it twice gives identical bytes. Images that no document references are
 * removed (the importer would upload every file it finds).
 *
 * Usage: npm run content:build   (or npx tsx scripts/content/build-dataset.ts)
 */
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {CONTENT_DIR, describeImage, type StoredAsset} from './add-image.ts'
import {illustrations, renderIllustration, type Illustration} from './illustrations.ts'
import {shortHash} from './keys.ts'
import {editorial} from './seed/editorial.ts'
import {eventDocs} from './seed/events.ts'
import {TRANSLATABLE_TYPES, LANGS, type SanityDoc, type SeedContext, type SeedModule} from './seed/helpers.ts'
import {legalPages} from './seed/legal.ts'
import {membersAndContacts} from './seed/members.ts'
import {projectDocs} from './seed/projects.ts'
import {region} from './seed/region.ts'
import {settings} from './seed/settings.ts'
import {strategy} from './seed/strategy.ts'

const MODULES: SeedModule[] = [settings, region, membersAndContacts, strategy, projectDocs, eventDocs, editorial, legalPages]

interface RenderedIllustration {
  ill: Illustration
  bytes: Buffer
  asset: StoredAsset
}

/** Every array item that is an object gets a `_key`: kept if present, else derived from doc id + path. */
function assignKeys(value: unknown, docId: string, pathParts: string[]): void {
  if (Array.isArray(value)) {
    const seen = new Set<string>()
    value.forEach((item, index) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const record = item as Record<string, unknown>
        if (typeof record._key !== 'string') record._key = shortHash(docId, ...pathParts, index)
        if (seen.has(record._key as string)) {
          throw new Error(`${docId}: duplicate _key "${record._key}" in ${pathParts.join('.')}`)
        }
        seen.add(record._key as string)
      }
      assignKeys(item, docId, [...pathParts, String(index)])
    })
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assignKeys(v, docId, [...pathParts, k])
  }
}

function assertNoUndefined(value: unknown, where: string): void {
  if (value === undefined) throw new Error(`undefined value at ${where}`)
  if (Array.isArray(value)) value.forEach((v, i) => assertNoUndefined(v, `${where}[${i}]`))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertNoUndefined(v, `${where}.${k}`)
  }
}

function collectAssetRefs(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectAssetRefs(v, out))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '_sanityAsset' && typeof v === 'string') out.add(v)
      else collectAssetRefs(v, out)
    }
  }
}

/** When a document carries none of its own dates: the date the content was last reviewed as a whole. */
export const CONTENT_DATE = '2026-11-25T09:00:00Z'
/** A document's own editorial dates, in the order of the content model. */
const OWN_DATE_FIELDS = ['publishedAt', 'lastReviewed', 'updatedOn', 'adoptedOn'] as const

/** Sanity's timestamp format (`2026-11-25T09:00:00Z`); a date without time is read as 09:00 UTC. */
function isoTimestamp(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T09:00:00Z` : value)
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${value}`)
  return date.toISOString().replace(/\.000Z$/, 'Z')
}

/**
 * The system fields a Sanity export carries, derived deterministically: `_createdAt` is the
 * oldest, `_updatedAt` the newest of the document's own dates, else CONTENT_DATE. Placed right
 * after `_id`/`_type` as in an export.
 */
function withTimestamps(d: SanityDoc): SanityDoc {
  const own = OWN_DATE_FIELDS.map((f) => d[f]).filter((v): v is string => typeof v === 'string' && v !== '').map(isoTimestamp).sort()
  const {_id, _type, ...rest} = d
  delete rest._createdAt
  delete rest._updatedAt
  return {_id, _type, _createdAt: own[0] ?? CONTENT_DATE, _updatedAt: own.at(-1) ?? CONTENT_DATE, ...rest}
}

/** translation.metadata documents as written by @sanity/document-internationalization (v6). */
function translationMetadata(docs: SanityDoc[]): SanityDoc[] {
  const groups = new Map<string, SanityDoc[]>()
  for (const d of docs) {
    if (!(TRANSLATABLE_TYPES as readonly string[]).includes(d._type)) continue
    if (typeof d.__group !== 'string' || typeof d.language !== 'string') {
      throw new Error(`${d._id}: translatable document without group or language`)
    }
    const id = `${d._type}-${d.__group}`
    groups.set(id, [...(groups.get(id) ?? []), d])
  }
  const metadata: SanityDoc[] = []
  for (const [group, members] of groups) {
    const languages = members.map((m) => m.language as string)
    if (new Set(languages).size !== languages.length) throw new Error(`${group}: two documents with the same language`)
    if (members.length < 2) continue
    members.sort((a, b) => LANGS.indexOf(a.language as never) - LANGS.indexOf(b.language as never))
    metadata.push({
      _id: `translation-metadata-${group}`,
      _type: 'translation.metadata',
      schemaTypes: [members[0]!._type],
      translations: members.map((m) => ({
        // language as _key (plugin v5 and older) and as `language` (internationalized-array v5+)
        _key: m.language as string,
        _type: 'internationalizedArrayReferenceValue',
        language: m.language,
        value: {_type: 'reference', _ref: m._id},
      })),
    })
  }
  return metadata
}

export async function buildDataset(contentDir = CONTENT_DIR): Promise<{docs: SanityDoc[]; assets: string[]}> {
  // 1. Illustrations: render once, name by content hash.
  const rendered = new Map<string, RenderedIllustration>()
  for (const ill of illustrations) {
    const bytes = await renderIllustration(ill)
    rendered.set(ill.id, {ill, bytes, asset: await describeImage(bytes)})
  }
  const ctx: SeedContext = {
    image(id, lang) {
      const r = rendered.get(id)
      if (!r) throw new Error(`Unknown illustration "${id}"`)
      return {_type: 'imageWithAlt', _sanityAsset: r.asset.sanityAsset, alt: r.ill.alt[lang]}
    },
  }

  // 2. Documents from the seed modules.
  const seeded: SanityDoc[] = MODULES.flatMap((m) => m(ctx))
  const docs = [...seeded, ...translationMetadata(seeded)].map(withTimestamps)
  const ids = new Set<string>()
  for (const d of docs) {
    if (ids.has(d._id)) throw new Error(`Duplicate document id ${d._id}`)
    if (d._id.includes('.')) throw new Error(`Document id with a dot (private in Sanity): ${d._id}`)
    ids.add(d._id)
    delete d.__group
    assertNoUndefined(d, d._id)
    assignKeys(d, d._id, [])
  }
  docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))

  // 3. Assets: write the referenced illustrations, drop files nobody references.
  const refs = new Set<string>()
  docs.forEach((d) => collectAssetRefs(d, refs))
  const assetMap: Record<string, Record<string, unknown>> = {}
  for (const r of rendered.values()) {
    if (!refs.has(r.asset.sanityAsset)) continue
    const target = path.join(contentDir, r.asset.relativePath)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, r.bytes)
    assetMap[`image-${r.asset.sha1}`] = {
      originalFilename: `${r.ill.id}.${r.asset.extension}`,
      title: r.ill.title,
      altText: r.ill.alt.de,
      creditLine: 'Illustration: hERZland / Fachkräfteallianz Erzgebirge',
      source: {name: 'herzland-illustrations', id: r.ill.id},
    }
  }
  const wanted = new Set([...refs].map((ref) => ref.replace(/^(image|file)@file:\/\/\.\//, '')))
  for (const dir of ['images', 'files']) {
    const full = path.join(contentDir, dir)
    const names = await readdir(full).catch(() => [] as string[])
    for (const name of names) {
      if (!wanted.has(`${dir}/${name}`)) await rm(path.join(full, name))
    }
    if ((await readdir(full).catch(() => ['missing'])).length === 0) await rm(full, {recursive: true})
  }
  for (const rel of wanted) {
    const exists = await readdir(path.join(contentDir, path.dirname(rel))).then((n) => n.includes(path.basename(rel)), () => false)
    if (!exists) throw new Error(`Referenced asset missing: content/${rel}`)
  }

  // 4. data.ndjson and assets.json.
  await mkdir(contentDir, {recursive: true})
  await writeFile(path.join(contentDir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
  const sortedMap = Object.fromEntries(Object.keys(assetMap).sort().map((k) => [k, assetMap[k]]))
  await writeFile(path.join(contentDir, 'assets.json'), JSON.stringify(sortedMap, null, 2) + '\n')

  return {docs, assets: [...wanted].sort()}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {docs, assets} = await buildDataset()
  const counts = new Map<string, number>()
  for (const d of docs) {
    const k = `${d._type}${typeof d.language === 'string' ? ` (${d.language})` : ''}`
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  console.log(`content/data.ndjson: ${docs.length} documents, ${assets.length} asset files`)
  for (const [k, n] of [...counts].sort()) console.log(`  ${k}: ${n}`)
}
