/**
 * Copies an image (or a file such as a PDF) into content/ under the name Sanity's exporter uses,
 * and returns the `_sanityAsset` string that @sanity/import understands:
 *
 *   images: content/images/<sha1>-<w>x<h>.<ext>  ->  "image@file://./images/<sha1>-<w>x<h>.<ext>"
 *   files:  content/files/<sha1>.<ext>          ->  "file@file://./files/<sha1>.<ext>"
 *
 * CLI: npm run content:add-image -- <file> [--file]
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile, writeFile, access} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import sharp from 'sharp'

export const CONTENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content')

export interface StoredAsset {
  /** value for `_sanityAsset` */
  sanityAsset: string
  /** asset id as Sanity will create it, e.g. image-<sha1>-1600x1000-webp */
  assetId: string
  sha1: string
  /** path relative to content/ */
  relativePath: string
  width?: number
  height?: number
  extension: string
}

const IMAGE_EXT: Record<string, string> = {
  jpeg: 'jpg',
  jpg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  svg: 'svg',
  avif: 'avif',
  tiff: 'tif',
}

async function writeIfChanged(target: string, bytes: Buffer): Promise<void> {
  try {
    await access(target)
    return // same name = same sha1 = same bytes
  } catch {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, bytes)
  }
}

/** Stores image bytes in content/images/ and returns the asset reference. */
export async function addImageBuffer(bytes: Buffer, contentDir = CONTENT_DIR): Promise<StoredAsset> {
  const asset = await describeImage(bytes)
  await writeIfChanged(path.join(contentDir, asset.relativePath), bytes)
  return asset
}

/** The asset name and reference an image will get, without writing anything. */
export async function describeImage(bytes: Buffer): Promise<StoredAsset> {
  const meta = await sharp(bytes).metadata()
  const extension = meta.format ? IMAGE_EXT[meta.format] : undefined
  if (!extension || !meta.width || !meta.height) {
    throw new Error(`Not a supported image (format: ${meta.format ?? 'unknown'})`)
  }
  // sharp reports SVG dimensions from the width/height/viewBox attributes
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const name = `${sha1}-${meta.width}x${meta.height}.${extension}`
  return {
    sanityAsset: `image@file://./images/${name}`,
    assetId: `image-${sha1}-${meta.width}x${meta.height}-${extension}`,
    sha1,
    relativePath: `images/${name}`,
    width: meta.width,
    height: meta.height,
    extension,
  }
}

/** Stores any file (e.g. a PDF) in content/files/. */
export async function addFileBuffer(bytes: Buffer, extension: string, contentDir = CONTENT_DIR): Promise<StoredAsset> {
  const ext = extension.replace(/^\./, '').toLowerCase()
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const name = `${sha1}.${ext}`
  await writeIfChanged(path.join(contentDir, 'files', name), bytes)
  return {
    sanityAsset: `file@file://./files/${name}`,
    assetId: `file-${sha1}-${ext}`,
    sha1,
    relativePath: `files/${name}`,
    extension: ext,
  }
}

export async function addImage(file: string, contentDir = CONTENT_DIR): Promise<StoredAsset> {
  return addImageBuffer(await readFile(file), contentDir)
}

export async function addFile(file: string, contentDir = CONTENT_DIR): Promise<StoredAsset> {
  return addFileBuffer(await readFile(file), path.extname(file), contentDir)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const asFile = args.includes('--file')
  const files = args.filter((a) => !a.startsWith('--'))
  if (files.length === 0) {
    console.error('Usage: npm run content:add-image -- <image> [more images]   (add --file for PDFs etc.)')
    process.exit(1)
  }
  for (const file of files) {
    const asset = asFile ? await addFile(file) : await addImage(file)
    console.log(`${file}\n  _sanityAsset: ${asset.sanityAsset}`)
    if (!asFile) {
      console.log(`  use as: {"_type":"imageWithAlt","_sanityAsset":"${asset.sanityAsset}","alt":"…"}`)
    }
  }
}
