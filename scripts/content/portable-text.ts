/**
 * Tiny converter from a constrained Markdown subset to Portable Text (the `richText` type).
 *
 * Supported:
 *   ## / ### / #### headings, paragraphs (consecutive lines are joined with a space; a line ending
 *   in a backslash or two spaces keeps its line break, e.g. for addresses),
 *   "- " bullet and "1. " numbered list items (indent by two spaces per extra level; following
 *   lines without a marker continue the item), "> " quotes,
 *   **bold**, *em*, [label](href), and [[Platzhalter: …]] (span with the `placeholder` decorator).
 *
 * Keys are derived from `seed` (e.g. "<docId>/body") and the position, so the same input always
 * gives the same output.
 */
import {key} from './keys.ts'

export interface PtSpan {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}
export interface PtLinkDef {
  _type: 'link'
  _key: string
  href: string
}
export interface PtBlock {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'h4' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: PtLinkDef[]
  children: PtSpan[]
}

interface RawBlock {
  style: PtBlock['style']
  listItem?: 'bullet' | 'number'
  level?: number
  text: string
}

const HEADING = /^(#{2,4})\s+(.*)$/
const BULLET = /^(\s*)[-*]\s+(.*)$/
const NUMBER = /^(\s*)\d+\.\s+(.*)$/
const QUOTE = /^>\s?(.*)$/

const HARD_BREAK = /(?: {2,}|\\)$/

/** Joins a continuation line: with a line break after a hard-break marker, else with a space. */
function join(text: string, next: string): string {
  return HARD_BREAK.test(text) ? `${text.replace(HARD_BREAK, '')}\n${next}` : `${text.trimEnd()} ${next}`
}

function splitBlocks(markdown: string): RawBlock[] {
  const blocks: RawBlock[] = []
  let current: RawBlock | null = null
  const flush = () => {
    const text = current?.text.replace(HARD_BREAK, '').trim()
    if (current && text) blocks.push({...current, text})
    current = null
  }
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    const bullet = BULLET.exec(line)
    const number = NUMBER.exec(line)
    const quote = QUOTE.exec(line)
    if (heading) {
      flush()
      blocks.push({style: `h${heading[1]!.length}` as PtBlock['style'], text: heading[2]!.trim()})
    } else if (bullet || number) {
      flush()
      const m = (bullet ?? number)!
      current = {
        style: 'normal',
        listItem: bullet ? 'bullet' : 'number',
        level: Math.floor(m[1]!.length / 2) + 1,
        text: m[2]!,
      }
    } else if (quote) {
      if (current?.style !== 'blockquote') {
        flush()
        current = {style: 'blockquote', text: quote[1]!}
      } else current.text = join(current.text, quote[1]!)
    } else if (current) {
      current.text = join(current.text, line.trimStart())
    } else {
      current = {style: 'normal', text: line.trimStart()}
    }
  }
  flush()
  return blocks
}

/** Parses inline marks into spans; links become markDefs. */
function parseInline(text: string, seed: string): {children: PtSpan[]; markDefs: PtLinkDef[]} {
  const markDefs: PtLinkDef[] = []
  const raw: Array<{text: string; marks: string[]}> = []
  let strong = false
  let em = false
  let buf = ''
  const decorators = (extra: string[] = []) => [
    ...(strong ? ['strong'] : []),
    ...(em ? ['em'] : []),
    ...extra,
  ]
  const push = (extra: string[] = []) => {
    if (buf) raw.push({text: buf, marks: decorators(extra)})
    buf = ''
  }
  let i = 0
  while (i < text.length) {
    const rest = text.slice(i)
    if (rest.startsWith('\\') && i + 1 < text.length) {
      buf += text[i + 1]
      i += 2
    } else if (rest.startsWith('[[')) {
      const end = rest.indexOf(']]')
      if (end < 0) throw new Error(`Unclosed [[…]] in: ${text}`)
      push()
      buf = `[${rest.slice(2, end).trim()}]`
      push(['placeholder'])
      i += end + 2
    } else if (rest.startsWith('**')) {
      push()
      strong = !strong
      i += 2
    } else if (rest.startsWith('*')) {
      push()
      em = !em
      i += 1
    } else if (rest.startsWith('[')) {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest)
      if (!m) {
        buf += '['
        i += 1
        continue
      }
      push()
      const linkKey = key(seed, 'link', markDefs.length)
      markDefs.push({_type: 'link', _key: linkKey, href: m[2]!})
      // the label may carry bold/em and placeholders of its own
      const inner = parseInline(m[1]!, `${seed}/label${markDefs.length}`)
      for (const span of inner.children) {
        raw.push({text: span.text, marks: [...new Set([...decorators(), ...span.marks, linkKey])]})
      }
      i += m[0].length
    } else {
      buf += text[i]
      i += 1
    }
  }
  push()
  if (strong || em) throw new Error(`Unbalanced * or ** in: ${text}`)
  // merge neighbours with identical marks
  const merged: Array<{text: string; marks: string[]}> = []
  for (const span of raw) {
    const prev = merged.at(-1)
    if (prev && prev.marks.join() === span.marks.join()) prev.text += span.text
    else merged.push({...span})
  }
  if (merged.length === 0) merged.push({text: '', marks: []})
  return {
    markDefs,
    children: merged.map((s, n) => ({_type: 'span', _key: key(seed, 'span', n), text: s.text, marks: s.marks})),
  }
}

/** Converts the Markdown subset into an array of Portable Text blocks. */
export function markdownToPortableText(markdown: string, seed: string): PtBlock[] {
  return splitBlocks(markdown).map((raw, index) => {
    const blockSeed = `${seed}/${index}`
    const {children, markDefs} = parseInline(raw.text, blockSeed)
    const block: PtBlock = {_type: 'block', _key: key(blockSeed), style: raw.style, markDefs, children}
    if (raw.listItem) {
      block.listItem = raw.listItem
      block.level = raw.level
    }
    return block
  })
}

/** Plain text of blocks (for checks and previews). */
export function toPlainText(blocks: PtBlock[]): string {
  return blocks.map((b) => b.children.map((c) => c.text).join('')).join('\n\n')
}

// CLI: `npx tsx scripts/content/portable-text.ts < file.md` prints the blocks as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  console.log(JSON.stringify(markdownToPortableText(Buffer.concat(chunks).toString('utf8'), 'cli'), null, 2))
}
