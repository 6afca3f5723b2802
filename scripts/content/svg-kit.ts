/**
 * Drawing kit for the generated illustrations: palette, seeded randomness, landscape scenes and
 * the region's motifs (ridges, firs, heart, hammer and pick, Schwibbogen, people, buildings).
 * Every function returns an SVG fragment as a string; nothing here draws text.
 */
import {createHash} from 'node:crypto'

// ---------------------------------------------------------------------------------------------
// palette (DESIGN.md: warm signal red, deep forest/slate, warm paper)
export const palette = {
  red: '#C8102E',
  redDark: '#9E0B24',
  slate: '#1F3A34',
  slate2: '#2F4F46',
  forest: '#284A40',
  sage: '#7F9A8C',
  sageLight: '#B9C8BC',
  mist: '#DCE4DA',
  paper: '#FBF6EE',
  paper2: '#F3E7D3',
  sand: '#E9D9BF',
  gold: '#E0A73A',
  flame: '#F6C552',
  wood: '#8A5A3B',
  snow: '#FFFFFF',
  night: '#17302B',
  night2: '#24443C',
} as const

// ---------------------------------------------------------------------------------------------
// deterministic helpers
export type Rng = () => number

export function rngFrom(seed: string): Rng {
  let a = createHash('sha1').update(seed).digest().readUInt32LE(0)
  return () => {
    // mulberry32
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const r1 = (n: number) => Math.round(n * 10) / 10
export const between = (rng: Rng, min: number, max: number) => min + (max - min) * rng()

export interface Ridge {
  d: string
  y: (x: number) => number
}

/** A smooth ridge line across the whole width, closed to the bottom edge. */
export function ridge(rng: Rng, w: number, h: number, base: number, amp: number): Ridge {
  const waves = [
    {a: 0.55, len: between(rng, 0.7, 1.3) * w, ph: between(rng, 0, Math.PI * 2)},
    {a: 0.3, len: between(rng, 0.25, 0.45) * w, ph: between(rng, 0, Math.PI * 2)},
    {a: 0.15, len: between(rng, 0.08, 0.14) * w, ph: between(rng, 0, Math.PI * 2)},
  ]
  const y = (x: number) =>
    base + amp * waves.reduce((sum, wv) => sum + wv.a * Math.sin((2 * Math.PI * x) / wv.len + wv.ph), 0)
  const pts: string[] = []
  for (let x = 0; x <= w; x += 10) pts.push(`${r1(x)},${r1(y(x))}`)
  return {d: `M0,${h} L${pts.join(' L')} L${w},${h} Z`, y}
}

export function fir(x: number, yBase: number, height: number, color: string, snow = false): string {
  const w = height * 0.5
  const trunk = `<rect x="${r1(x - height * 0.04)}" y="${r1(yBase - height * 0.12)}" width="${r1(height * 0.08)}" height="${r1(height * 0.12)}" fill="${palette.wood}"/>`
  const tiers = [0, 1, 2]
    .map((i) => {
      const top = yBase - height + i * height * 0.26
      const bottom = yBase - height * 0.1 - (2 - i) * height * 0.14
      const half = w * (0.45 + i * 0.28) * 0.5
      const tri = `<path d="M${r1(x)},${r1(top)} L${r1(x + half)},${r1(bottom)} L${r1(x - half)},${r1(bottom)} Z" fill="${color}"/>`
      const cap = snow
        ? `<path d="M${r1(x)},${r1(top)} L${r1(x + half * 0.45)},${r1(top + (bottom - top) * 0.45)} L${r1(x - half * 0.45)},${r1(top + (bottom - top) * 0.45)} Z" fill="${palette.snow}" opacity="0.9"/>`
        : ''
      return tri + cap
    })
    .join('')
  return trunk + tiers
}

export function forestAlong(rng: Rng, r: Ridge, w: number, count: number, size: [number, number], color: string, snow: boolean, skip?: [number, number]): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    const x = between(rng, -20, w + 20)
    if (skip && x > skip[0] && x < skip[1]) continue
    const hgt = between(rng, size[0], size[1])
    out += fir(x, r.y(x) + hgt * 0.12, hgt, color, snow)
  }
  return out
}

export function heart(cx: number, cy: number, size: number, fill: string = palette.red): string {
  return `<path transform="translate(${r1(cx)} ${r1(cy)}) scale(${r1(size)})" d="M0,0.35 C-0.55,-0.05 -0.5,-0.55 -0.25,-0.55 C-0.1,-0.55 0,-0.45 0,-0.35 C0,-0.45 0.1,-0.55 0.25,-0.55 C0.5,-0.55 0.55,-0.05 0,0.35 Z" fill="${fill}"/>`
}

/** Crossed hammer and pick ("Schlägel und Eisen"), the miners' sign. */
export function hammerAndPick(cx: number, cy: number, size: number, color: string = palette.slate): string {
  const L = size
  const hw = L * 0.06
  const handle = `<rect x="${r1(-hw / 2)}" y="${r1(-L / 2)}" width="${r1(hw)}" height="${r1(L)}" rx="${r1(hw / 2)}" fill="${color}"/>`
  const hammerHead = `<rect x="${r1(-L * 0.2)}" y="${r1(-L / 2 - L * 0.06)}" width="${r1(L * 0.4)}" height="${r1(L * 0.16)}" rx="${r1(L * 0.02)}" fill="${color}"/>`
  const pickHead = `<path d="M${r1(-L * 0.26)},${r1(-L / 2 + L * 0.02)} Q0,${r1(-L / 2 - L * 0.12)} ${r1(L * 0.26)},${r1(-L / 2 + L * 0.02)} L${r1(L * 0.05)},${r1(-L / 2 + L * 0.03)} L${r1(-L * 0.05)},${r1(-L / 2 + L * 0.03)} Z" fill="${color}"/>`
  return `<g transform="translate(${r1(cx)} ${r1(cy)})"><g transform="rotate(40)">${handle}${hammerHead}</g><g transform="rotate(-40)">${handle}${pickHead}</g></g>`
}

/** A Schwibbogen: candle arch with fir trees and the miners' sign inside. */
export function schwibbogen(cx: number, by: number, R: number, opts: {color?: string; glow?: boolean; candles?: number} = {}): string {
  const color = opts.color ?? palette.slate
  const t = R * 0.08
  const n = opts.candles ?? 7
  let candles = ''
  for (let i = 0; i < n; i++) {
    const a = Math.PI - (Math.PI * (i + 0.5)) / n
    const x = cx + Math.cos(a) * (R - t / 2)
    const y = by - Math.sin(a) * (R - t / 2)
    const ch = R * 0.13
    const cw = R * 0.035
    const glow = opts.glow
      ? `<circle cx="${r1(x)}" cy="${r1(y - ch - R * 0.04)}" r="${r1(R * 0.09)}" fill="url(#candleGlow)"/>`
      : ''
    candles += `${glow}<rect x="${r1(x - cw / 2)}" y="${r1(y - ch)}" width="${r1(cw)}" height="${r1(ch)}" rx="${r1(cw / 3)}" fill="${palette.paper}"/><ellipse cx="${r1(x)}" cy="${r1(y - ch - R * 0.035)}" rx="${r1(R * 0.018)}" ry="${r1(R * 0.035)}" fill="${palette.flame}"/>`
  }
  const arch = `<path d="M${r1(cx - R)},${r1(by)} A${r1(R)},${r1(R)} 0 0 1 ${r1(cx + R)},${r1(by)} L${r1(cx + R - t)},${r1(by)} A${r1(R - t)},${r1(R - t)} 0 0 0 ${r1(cx - R + t)},${r1(by)} Z" fill="${color}"/>`
  const base = `<rect x="${r1(cx - R - R * 0.08)}" y="${r1(by)}" width="${r1(2 * R + R * 0.16)}" height="${r1(R * 0.09)}" rx="${r1(R * 0.02)}" fill="${color}"/>`
  const inside =
    fir(cx - R * 0.52, by, R * 0.42, color) +
    fir(cx + R * 0.52, by, R * 0.42, color) +
    hammerAndPick(cx, by - R * 0.3, R * 0.42, color)
  return candles + arch + base + inside
}

export interface PersonOpts {
  color?: string
  suitcase?: boolean
  backpack?: boolean
  accent?: string
}

/** A simple, faceless figure standing at (x, feet). */
export function person(x: number, feet: number, s: number, opts: PersonOpts = {}): string {
  const c = opts.color ?? palette.slate
  const accent = opts.accent ?? palette.red
  let out = ''
  if (opts.backpack) {
    out += `<rect x="${r1(x - 24 * s)}" y="${r1(feet - 68 * s)}" width="${r1(14 * s)}" height="${r1(30 * s)}" rx="${r1(4 * s)}" fill="${accent}"/>`
  }
  out += `<rect x="${r1(x - 10 * s)}" y="${r1(feet - 36 * s)}" width="${r1(8 * s)}" height="${r1(36 * s)}" rx="${r1(3 * s)}" fill="${c}"/>`
  out += `<rect x="${r1(x + 2 * s)}" y="${r1(feet - 36 * s)}" width="${r1(8 * s)}" height="${r1(36 * s)}" rx="${r1(3 * s)}" fill="${c}"/>`
  out += `<path d="M${r1(x - 17 * s)},${r1(feet - 30 * s)} Q${r1(x - 18 * s)},${r1(feet - 74 * s)} ${r1(x)},${r1(feet - 76 * s)} Q${r1(x + 18 * s)},${r1(feet - 74 * s)} ${r1(x + 17 * s)},${r1(feet - 30 * s)} Z" fill="${c}"/>`
  out += `<circle cx="${r1(x)}" cy="${r1(feet - 90 * s)}" r="${r1(12 * s)}" fill="${c}"/>`
  if (opts.suitcase) {
    out += `<path d="M${r1(x + 24 * s)},${r1(feet - 30 * s)} v${r1(-6 * s)} h${r1(10 * s)} v${r1(6 * s)}" stroke="${c}" stroke-width="${r1(2.5 * s)}" fill="none"/>`
    out += `<rect x="${r1(x + 19 * s)}" y="${r1(feet - 30 * s)}" width="${r1(20 * s)}" height="${r1(26 * s)}" rx="${r1(3 * s)}" fill="${accent}"/>`
  }
  return out
}

export function booth(x: number, ground: number, w: number, h: number, awning: string): string {
  const scallops = 6
  const sw = w / scallops
  let aw = `<rect x="${r1(x)}" y="${r1(ground - h)}" width="${r1(w)}" height="${r1(h * 0.16)}" fill="${awning}"/>`
  for (let i = 0; i < scallops; i++) {
    aw += `<path d="M${r1(x + i * sw)},${r1(ground - h + h * 0.16)} a${r1(sw / 2)},${r1(sw / 2.4)} 0 0 0 ${r1(sw)},0 Z" fill="${i % 2 ? palette.paper : awning}"/>`
  }
  const posts =
    `<rect x="${r1(x + w * 0.03)}" y="${r1(ground - h)}" width="${r1(w * 0.04)}" height="${r1(h)}" fill="${palette.slate2}"/>` +
    `<rect x="${r1(x + w * 0.93)}" y="${r1(ground - h)}" width="${r1(w * 0.04)}" height="${r1(h)}" fill="${palette.slate2}"/>`
  const counter = `<rect x="${r1(x)}" y="${r1(ground - h * 0.38)}" width="${r1(w)}" height="${r1(h * 0.38)}" rx="${r1(h * 0.02)}" fill="${palette.slate}"/>`
  return posts + aw + counter
}

export function factory(x: number, ground: number, w: number, h: number, openDoor: boolean, windowsLit: boolean): string {
  const teeth = 4
  const tw = w / teeth
  let roof = ''
  for (let i = 0; i < teeth; i++) {
    roof += `<path d="M${r1(x + i * tw)},${r1(ground - h)} L${r1(x + i * tw)},${r1(ground - h - h * 0.28)} L${r1(x + (i + 1) * tw)},${r1(ground - h)} Z" fill="${palette.slate2}"/>`
  }
  const body = `<rect x="${r1(x)}" y="${r1(ground - h)}" width="${r1(w)}" height="${r1(h)}" fill="${palette.slate}"/>`
  const chimney = `<rect x="${r1(x + w * 0.82)}" y="${r1(ground - h - h * 0.7)}" width="${r1(w * 0.07)}" height="${r1(h * 0.7)}" fill="${palette.slate2}"/>`
  let windows = ''
  for (let i = 0; i < 5; i++) {
    if (openDoor && i === 2) continue
    windows += `<rect x="${r1(x + w * (0.07 + i * 0.185))}" y="${r1(ground - h * 0.72)}" width="${r1(w * 0.12)}" height="${r1(h * 0.26)}" rx="${r1(h * 0.02)}" fill="${windowsLit ? palette.flame : palette.sageLight}"/>`
  }
  const door = openDoor
    ? `<rect x="${r1(x + w * 0.41)}" y="${r1(ground - h * 0.62)}" width="${r1(w * 0.18)}" height="${r1(h * 0.62)}" fill="${palette.flame}"/><path d="M${r1(x + w * 0.41)},${r1(ground - h * 0.62)} L${r1(x + w * 0.34)},${r1(ground - h * 0.55)} L${r1(x + w * 0.34)},${r1(ground)} L${r1(x + w * 0.41)},${r1(ground)} Z" fill="${palette.slate2}"/>`
    : ''
  return roof + chimney + body + windows + door
}

export function house(x: number, ground: number, w: number, h: number, color: string, lit: boolean): string {
  const roofH = h * 0.6
  return (
    `<rect x="${r1(x)}" y="${r1(ground - h)}" width="${r1(w)}" height="${r1(h)}" fill="${color}"/>` +
    `<path d="M${r1(x - w * 0.08)},${r1(ground - h)} L${r1(x + w / 2)},${r1(ground - h - roofH)} L${r1(x + w * 1.08)},${r1(ground - h)} Z" fill="${palette.slate}"/>` +
    `<rect x="${r1(x + w * 0.2)}" y="${r1(ground - h * 0.7)}" width="${r1(w * 0.22)}" height="${r1(h * 0.28)}" fill="${lit ? palette.flame : palette.paper2}"/>` +
    `<rect x="${r1(x + w * 0.58)}" y="${r1(ground - h * 0.7)}" width="${r1(w * 0.22)}" height="${r1(h * 0.28)}" fill="${lit ? palette.flame : palette.paper2}"/>`
  )
}

export function gear(cx: number, cy: number, r: number, color: string): string {
  const teeth = 10
  const pts: string[] = []
  for (let i = 0; i < teeth * 4; i++) {
    const a = (Math.PI * 2 * i) / (teeth * 4)
    const rr = i % 4 < 2 ? r : r * 0.8
    pts.push(`${r1(cx + Math.cos(a) * rr)},${r1(cy + Math.sin(a) * rr)}`)
  }
  return `<path d="M${pts.join(' L')} Z" fill="${color}"/><circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r * 0.32)}" fill="${palette.paper}"/>`
}

// ---------------------------------------------------------------------------------------------
// scenes

export interface SceneOpts {
  w: number
  h: number
  seed: string
  night?: boolean
  snow?: boolean
  /** 0..1: where the nearest ridge sits (fraction of height) */
  horizon?: number
}

export interface Landscape {
  svg: string
  near: Ridge
  rng: Rng
}

export function defs(): string {
  return `<defs>
<linearGradient id="skyDay" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.paper}"/><stop offset="1" stop-color="${palette.paper2}"/></linearGradient>
<linearGradient id="skyNight" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.night}"/><stop offset="1" stop-color="${palette.night2}"/></linearGradient>
<radialGradient id="candleGlow"><stop offset="0" stop-color="${palette.flame}" stop-opacity="0.75"/><stop offset="1" stop-color="${palette.flame}" stop-opacity="0"/></radialGradient>
<radialGradient id="warmGlow"><stop offset="0" stop-color="${palette.flame}" stop-opacity="0.35"/><stop offset="1" stop-color="${palette.flame}" stop-opacity="0"/></radialGradient>
</defs>`
}

/** Sky, sun or moon and stars, three ridges with forest; snow optional. */
export function landscape(o: SceneOpts): Landscape {
  const rng = rngFrom(o.seed)
  const {w, h} = o
  const hz = o.horizon ?? 0.62
  let svg = `<rect width="${w}" height="${h}" fill="url(#${o.night ? 'skyNight' : 'skyDay'})"/>`
  if (o.night) {
    for (let i = 0; i < 60; i++) {
      svg += `<circle cx="${r1(between(rng, 0, w))}" cy="${r1(between(rng, 0, h * hz * 0.75))}" r="${r1(between(rng, 0.8, 2.2))}" fill="${palette.paper}" opacity="${r1(between(rng, 0.4, 0.9))}"/>`
    }
    svg += `<circle cx="${r1(w * 0.82)}" cy="${r1(h * 0.16)}" r="${r1(h * 0.05)}" fill="${palette.paper2}"/>`
  } else {
    svg += `<circle cx="${r1(w * between(rng, 0.68, 0.85))}" cy="${r1(h * 0.2)}" r="${r1(h * 0.085)}" fill="${palette.sand}"/>`
  }
  const far = ridge(rng, w, h, h * (hz - 0.2), h * 0.07)
  const mid = ridge(rng, w, h, h * (hz - 0.08), h * 0.06)
  const near = ridge(rng, w, h, h * hz, h * 0.05)
  const farColor = o.night ? '#3B5B52' : palette.mist
  const midColor = o.night ? '#2E4C44' : palette.sageLight
  const nearColor = o.night ? '#203B34' : palette.sage
  const snowLine = (r: Ridge, color: string, drop: number) =>
    o.snow
      ? `<path d="${r.d}" fill="${palette.snow}" opacity="${o.night ? 0.85 : 1}"/><path d="${r.d}" transform="translate(0 ${r1(drop)})" fill="${color}"/>`
      : `<path d="${r.d}" fill="${color}"/>`
  svg += snowLine(far, farColor, h * 0.018)
  svg += forestAlong(rng, far, w, 40, [h * 0.025, h * 0.04], o.night ? '#2E4C44' : palette.sageLight, false)
  svg += snowLine(mid, midColor, h * 0.014)
  svg += forestAlong(rng, mid, w, 34, [h * 0.04, h * 0.06], o.night ? '#22403A' : palette.sage, !!o.snow)
  svg += snowLine(near, nearColor, h * 0.01)
  return {svg, near, rng}
}

export function ground(o: SceneOpts, y: number): string {
  const color = o.snow ? palette.snow : o.night ? palette.night : palette.paper2
  return `<rect x="0" y="${r1(y)}" width="${o.w}" height="${r1(o.h - y)}" fill="${color}"/>`
}

export function frame(o: SceneOpts, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${o.w}" height="${o.h}" viewBox="0 0 ${o.w} ${o.h}">${defs()}${body}</svg>`
}


export const W = 1600
export const H = 1000
