/**
 * More illustrations, one per story, guide, post and event theme, so that documents do not share
 * the same picture. Same visual language as illustrations.ts (ridges, firs, the red heart, paper
 * and forest tones), drawn with the kit in svg-kit.ts; no text, deterministic.
 */
import type {Illustration} from './illustrations.ts'
import {
  booth,
  factory,
  fir,
  forestAlong,
  frame,
  gear,
  ground,
  H,
  hammerAndPick,
  heart,
  house,
  landscape,
  palette as P,
  person,
  r1,
  W,
  type SceneOpts,
} from './svg-kit.ts'

// ---------------------------------------------------------------------------------------------
// small helpers

const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = '') =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}"${rx ? ` rx="${r1(rx)}"` : ''} fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, w: number, extra = '') =>
  `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${stroke}" stroke-width="${r1(w)}" stroke-linecap="round"${extra ? ` ${extra}` : ''}/>`
const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`

/** Text-like lines on a sheet: grey bars of varying length. */
function textLines(x: number, y: number, w: number, count: number, gap: number, color: string = P.mist, thick = 12): string {
  let out = ''
  for (let i = 0; i < count; i++) out += rect(x, y + i * gap, w * (i % 3 === 2 ? 0.6 : i % 4 === 1 ? 0.85 : 1), thick, color, thick / 2)
  return out
}

interface Base {
  b: string
  o: SceneOpts
}

/** Landscape with forest on the nearest ridge and a flat foreground band from `groundY` down. */
function base(seed: string, opts: {snow?: boolean; night?: boolean; horizon?: number; groundY?: number; groundColor?: string; skip?: [number, number]; trees?: number} = {}): Base {
  const o: SceneOpts = {w: W, h: H, seed, snow: opts.snow, night: opts.night, horizon: opts.horizon ?? 0.55}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, opts.trees ?? 34, [60, 110], opts.night ? '#1A332D' : P.forest, !!opts.snow, opts.skip)
  const gy = H * (opts.groundY ?? 0.72)
  b += opts.snow ? ground(o, gy) : rect(0, gy, W, H - gy, opts.groundColor ?? P.paper2)
  return {b, o}
}

// ---------------------------------------------------------------------------------------------
// motifs

function crane(x: number, gy: number, h: number): string {
  const top = gy - h
  let out = rect(x - 14, top, 28, h, P.gold)
  for (let y = top + 20; y < gy - 20; y += 44) out += line(x - 14, y, x + 14, y + 44, P.redDark, 4)
  out += rect(x - 180, top - 16, 640, 22, P.gold) // jib
  out += rect(x - 200, top - 2, 90, 40, P.slate) // counterweight
  out += rect(x + 16, top + 10, 46, 38, P.slate2, 4) // cab
  out += line(x + 380, top + 6, x + 380, top + h * 0.55, P.slate, 4)
  out += path(`M${r1(x + 368)},${r1(top + h * 0.55)} h24 v10 q-12,22 -24,0 Z`, P.slate)
  return out
}

function houseShell(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.sand)
  for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) out += rect(x + 30 + c * ((w - 60) / 4), gy - h + 30 + r * (h / 3.2), (w - 60) / 4 - 30, h / 3.2 - 40, P.slate2)
  // scaffolding
  for (let c = 0; c <= 4; c++) out += line(x - 20 + c * ((w + 40) / 4), gy, x - 20 + c * ((w + 40) / 4), gy - h - 40, P.wood, 6)
  for (let r = 1; r <= 3; r++) out += line(x - 24, gy - r * (h / 3), x + w + 24, gy - r * (h / 3), P.wood, 6)
  return out
}

function chairlift(x1: number, y1: number, x2: number, y2: number): string {
  let out = line(x1, y1, x2, y2, P.slate, 4)
  for (let t = 0.15; t < 1; t += 0.28) {
    const px = x1 + (x2 - x1) * t
    const py = y1 + (y2 - y1) * t
    out += rect(px - 8, py, 16, 140, P.slate2)
  }
  for (let t = 0.07; t < 1; t += 0.12) {
    const cx = x1 + (x2 - x1) * t
    const cy = y1 + (y2 - y1) * t
    out += line(cx, cy, cx, cy + 42, P.slate, 3)
    out += rect(cx - 18, cy + 40, 36, 8, t > 0.4 && t < 0.6 ? P.red : P.slate, 3)
    out += rect(cx - 18, cy + 22, 6, 24, P.slate)
  }
  return out
}

function hotel(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.paper)
  out += path(`M${r1(x - 24)},${r1(gy - h)} L${r1(x + w / 2)},${r1(gy - h - h * 0.45)} L${r1(x + w + 24)},${r1(gy - h)} Z`, P.slate)
  out += path(`M${r1(x - 24)},${r1(gy - h)} L${r1(x + w / 2)},${r1(gy - h - h * 0.45)} L${r1(x + w / 2)},${r1(gy - h - h * 0.36)} L${r1(x + 2)},${r1(gy - h + 6)} Z`, P.snow, 'opacity="0.9"')
  for (let r = 0; r < 3; r++) for (let c = 0; c < 5; c++) out += rect(x + 24 + c * ((w - 40) / 5), gy - h + 24 + r * (h / 3.4), (w - 40) / 5 - 22, h / 3.4 - 30, r === 2 && c === 2 ? P.wood : P.flame, 3)
  return out
}

/** A turned wooden figure (like the region's smoking men), simplified: no face. */
function turnedFigure(x: number, gy: number, s: number): string {
  let out = rect(x - 34 * s, gy - 16 * s, 68 * s, 16 * s, P.wood, 4 * s)
  out += rect(x - 22 * s, gy - 120 * s, 44 * s, 104 * s, P.red, 10 * s)
  out += rect(x - 26 * s, gy - 70 * s, 52 * s, 10 * s, P.gold, 4 * s)
  out += circle(x, gy - 142 * s, 24 * s, P.sand)
  out += path(`M${r1(x - 30 * s)},${r1(gy - 158 * s)} L${r1(x)},${r1(gy - 226 * s)} L${r1(x + 30 * s)},${r1(gy - 158 * s)} Z`, P.slate)
  out += rect(x - 34 * s, gy - 162 * s, 68 * s, 8 * s, P.slate, 3 * s)
  return out
}

function workbench(x: number, gy: number, w: number): string {
  let out = rect(x, gy - 150, w, 26, P.wood)
  out += rect(x + 20, gy - 124, 20, 124, P.wood) + rect(x + w - 40, gy - 124, 20, 124, P.wood)
  out += rect(x + 20, gy - 40, w - 40, 14, P.wood)
  return out
}

function laptop(x: number, y: number, w: number): string {
  const h = w * 0.62
  let out = rect(x, y, w, h, P.slate, 14)
  out += rect(x + 18, y + 18, w - 36, h - 36, P.night2, 6)
  const colors = [P.sageLight, P.flame, P.sage, P.red, P.sageLight, P.gold, P.sageLight]
  colors.forEach((c, i) => {
    out += rect(x + 44 + (i % 3) * 26, y + 44 + i * ((h - 88) / 7), (w - 140) * (0.35 + ((i * 37) % 50) / 100), 12, c, 6)
  })
  out += path(`M${r1(x - 40)},${r1(y + h + 30)} L${r1(x + w + 40)},${r1(y + h + 30)} L${r1(x + w)},${r1(y + h)} L${r1(x)},${r1(y + h)} Z`, P.slate2)
  return out
}

function anvil(x: number, gy: number, s: number): string {
  return (
    path(
      `M${r1(x - 130 * s)},${r1(gy - 150 * s)} L${r1(x + 110 * s)},${r1(gy - 150 * s)} Q${r1(x + 170 * s)},${r1(gy - 150 * s)} ${r1(x + 190 * s)},${r1(gy - 120 * s)} L${r1(x + 60 * s)},${r1(gy - 110 * s)} L${r1(x + 40 * s)},${r1(gy - 60 * s)} L${r1(x + 90 * s)},${r1(gy)} L${r1(x - 90 * s)},${r1(gy)} L${r1(x - 40 * s)},${r1(gy - 60 * s)} L${r1(x - 60 * s)},${r1(gy - 110 * s)} L${r1(x - 130 * s)},${r1(gy - 120 * s)} Z`,
      P.slate,
    )
  )
}

function sparks(cx: number, cy: number, n: number, len: number): string {
  let out = circle(cx, cy, len * 0.35, P.flame, 'opacity="0.6"')
  for (let i = 0; i < n; i++) {
    const a = -Math.PI * (0.1 + (0.8 * i) / (n - 1))
    const l = len * (0.6 + ((i * 7) % 5) / 10)
    out += line(cx + Math.cos(a) * len * 0.3, cy + Math.sin(a) * len * 0.3, cx + Math.cos(a) * l, cy + Math.sin(a) * l, i % 2 ? P.flame : P.gold, 5)
  }
  return out
}

function railing(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, 16, P.slate) + rect(x, gy - 30, w, 12, P.slate)
  for (let i = 0; i <= 10; i++) out += rect(x + (i * (w - 12)) / 10, gy - h, 12, h, P.slate2)
  out += heart(x + w / 2, gy - h / 2 - 4, 60, P.red)
  return out
}

function truck(x: number, gy: number, s: number, color: string = P.red): string {
  let out = rect(x, gy - 190 * s, 420 * s, 150 * s, P.paper, 8 * s)
  out += rect(x + 20 * s, gy - 170 * s, 380 * s, 14 * s, P.mist, 7 * s)
  out += heart(x + 210 * s, gy - 108 * s, 70 * s, color)
  out += path(`M${r1(x + 430 * s)},${r1(gy - 40 * s)} L${r1(x + 430 * s)},${r1(gy - 150 * s)} L${r1(x + 520 * s)},${r1(gy - 150 * s)} L${r1(x + 570 * s)},${r1(gy - 90 * s)} L${r1(x + 570 * s)},${r1(gy - 40 * s)} Z`, color)
  out += path(`M${r1(x + 450 * s)},${r1(gy - 135 * s)} L${r1(x + 515 * s)},${r1(gy - 135 * s)} L${r1(x + 550 * s)},${r1(gy - 95 * s)} L${r1(x + 450 * s)},${r1(gy - 95 * s)} Z`, P.sageLight)
  out += rect(x - 6 * s, gy - 46 * s, 582 * s, 14 * s, P.slate)
  for (const wx of [70, 150, 480]) out += circle(x + wx * s, gy - 26 * s, 28 * s, P.slate) + circle(x + wx * s, gy - 26 * s, 11 * s, P.mist)
  return out
}

function warehouse(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.slate2)
  out += path(`M${r1(x - 10)},${r1(gy - h)} L${r1(x + w / 2)},${r1(gy - h - 50)} L${r1(x + w + 10)},${r1(gy - h)} Z`, P.slate)
  for (let i = 0; i < 3; i++) {
    const dx = x + 30 + i * ((w - 60) / 3)
    const dw = (w - 60) / 3 - 30
    out += rect(dx, gy - h * 0.62, dw, h * 0.62, P.mist)
    for (let k = 1; k < 8; k++) out += rect(dx, gy - h * 0.62 + (k * h * 0.62) / 8, dw, 3, P.sageLight)
  }
  return out
}

function pallets(x: number, gy: number): string {
  let out = ''
  for (let i = 0; i < 3; i++) {
    out += rect(x + i * 96, gy - 16, 86, 16, P.wood)
    out += rect(x + i * 96 + 6, gy - 76, 74, 60, i === 1 ? P.sand : P.paper2, 4)
  }
  out += rect(x + 102, gy - 136, 74, 60, P.sand, 4)
  return out
}

function cow(x: number, gy: number, s: number, flip = false): string {
  const f = flip ? -1 : 1
  let out = ''
  for (const lx of [-60, -36, 40, 64]) out += rect(x + lx * s * f - 6 * s, gy - 60 * s, 12 * s, 60 * s, P.slate)
  out += `<ellipse cx="${r1(x)}" cy="${r1(gy - 90 * s)}" rx="${r1(92 * s)}" ry="${r1(46 * s)}" fill="${P.paper}"/>`
  out += `<ellipse cx="${r1(x - 20 * s * f)}" cy="${r1(gy - 100 * s)}" rx="${r1(28 * s)}" ry="${r1(20 * s)}" fill="${P.slate}"/>`
  out += `<ellipse cx="${r1(x + 36 * s * f)}" cy="${r1(gy - 78 * s)}" rx="${r1(18 * s)}" ry="${r1(14 * s)}" fill="${P.slate}"/>`
  out += `<ellipse cx="${r1(x + 104 * s * f)}" cy="${r1(gy - 112 * s)}" rx="${r1(30 * s)}" ry="${r1(24 * s)}" fill="${P.paper}"/>`
  out += `<ellipse cx="${r1(x + 124 * s * f)}" cy="${r1(gy - 104 * s)}" rx="${r1(14 * s)}" ry="${r1(10 * s)}" fill="${P.sand}"/>`
  out += line(x + 92 * s * f, gy - 134 * s, x + 80 * s * f, gy - 150 * s, P.slate, 5 * s)
  out += line(x - 92 * s * f, gy - 96 * s, x - 104 * s * f, gy - 60 * s, P.slate, 4 * s)
  return out
}

function barn(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.redDark)
  out += path(`M${r1(x - 20)},${r1(gy - h)} L${r1(x + w / 2)},${r1(gy - h - h * 0.55)} L${r1(x + w + 20)},${r1(gy - h)} Z`, P.slate)
  out += rect(x + w * 0.32, gy - h * 0.7, w * 0.36, h * 0.7, P.wood)
  out += line(x + w * 0.32, gy - h * 0.7, x + w * 0.68, gy, P.sand, 6) + line(x + w * 0.68, gy - h * 0.7, x + w * 0.32, gy, P.sand, 6)
  out += circle(x + w / 2, gy - h - h * 0.22, h * 0.09, P.paper)
  return out
}

function borderStone(x: number, gy: number, s: number): string {
  return (
    path(`M${r1(x - 30 * s)},${r1(gy)} L${r1(x - 30 * s)},${r1(gy - 90 * s)} Q${r1(x)},${r1(gy - 120 * s)} ${r1(x + 30 * s)},${r1(gy - 90 * s)} L${r1(x + 30 * s)},${r1(gy)} Z`, P.mist) +
    rect(x - 16 * s, gy - 80 * s, 32 * s, 6 * s, P.sage, 3 * s) +
    rect(x - 16 * s, gy - 64 * s, 32 * s, 6 * s, P.sage, 3 * s)
  )
}

function car(x: number, gy: number, s: number, color: string = P.red): string {
  let out = path(`M${r1(x)},${r1(gy - 30 * s)} L${r1(x + 20 * s)},${r1(gy - 70 * s)} L${r1(x + 110 * s)},${r1(gy - 70 * s)} L${r1(x + 140 * s)},${r1(gy - 40 * s)} L${r1(x + 180 * s)},${r1(gy - 34 * s)} L${r1(x + 180 * s)},${r1(gy - 12 * s)} L${r1(x)},${r1(gy - 12 * s)} Z`, color)
  out += rect(x + 32 * s, gy - 62 * s, 34 * s, 22 * s, P.sageLight, 3 * s) + rect(x + 72 * s, gy - 62 * s, 34 * s, 22 * s, P.sageLight, 3 * s)
  out += circle(x + 40 * s, gy - 10 * s, 16 * s, P.slate) + circle(x + 140 * s, gy - 10 * s, 16 * s, P.slate)
  return out
}

function books(x: number, gy: number, s: number): string {
  return (
    rect(x, gy - 50 * s, 300 * s, 50 * s, P.slate, 6 * s) +
    rect(x + 16 * s, gy - 100 * s, 270 * s, 50 * s, P.red, 6 * s) +
    rect(x + 6 * s, gy - 146 * s, 288 * s, 46 * s, P.sage, 6 * s)
  )
}

function mortarboard(cx: number, cy: number, s: number): string {
  return (
    path(`M${r1(cx)},${r1(cy - 50 * s)} L${r1(cx + 150 * s)},${r1(cy)} L${r1(cx)},${r1(cy + 50 * s)} L${r1(cx - 150 * s)},${r1(cy)} Z`, P.slate) +
    path(`M${r1(cx - 80 * s)},${r1(cy + 20 * s)} L${r1(cx - 80 * s)},${r1(cy + 60 * s)} Q${r1(cx)},${r1(cy + 90 * s)} ${r1(cx + 80 * s)},${r1(cy + 60 * s)} L${r1(cx + 80 * s)},${r1(cy + 20 * s)} L${r1(cx)},${r1(cy + 50 * s)} Z`, P.slate2) +
    line(cx, cy, cx + 130 * s, cy + 20 * s, P.gold, 5 * s) +
    line(cx + 130 * s, cy + 20 * s, cx + 130 * s, cy + 80 * s, P.gold, 5 * s) +
    circle(cx + 130 * s, cy + 86 * s, 9 * s, P.gold)
  )
}

function certificate(x: number, y: number, w: number, h: number): string {
  let out = rect(x, y, w, h, P.paper, 10, `stroke="${P.sand}" stroke-width="8"`)
  out += rect(x + w * 0.25, y + 50, w * 0.5, 22, P.slate2, 11)
  out += textLines(x + 60, y + 110, w - 120, 6, 40)
  const sx = x + w - 110
  const sy = y + h - 110
  out += path(`M${r1(sx - 40)},${r1(sy + 30)} L${r1(sx - 64)},${r1(sy + 130)} L${r1(sx - 30)},${r1(sy + 112)} L${r1(sx - 10)},${r1(sy + 140)} L${r1(sx + 4)},${r1(sy + 40)} Z`, P.redDark)
  out += path(`M${r1(sx + 40)},${r1(sy + 30)} L${r1(sx + 64)},${r1(sy + 130)} L${r1(sx + 30)},${r1(sy + 112)} L${r1(sx + 10)},${r1(sy + 140)} L${r1(sx - 4)},${r1(sy + 40)} Z`, P.red)
  out += circle(sx, sy, 62, P.gold) + circle(sx, sy, 48, P.flame)
  out += heart(sx, sy + 6, 60, P.red)
  return out
}

function bubble(x: number, y: number, w: number, h: number, fill: string, tailLeft: boolean, lineColor: string = P.mist): string {
  const tx = tailLeft ? x + w * 0.2 : x + w * 0.8
  const edge = fill === P.red ? P.redDark : P.sage
  let out = path(`M${r1(tx - 26)},${r1(y + h - 4)} L${r1(tx + (tailLeft ? -32 : 32))},${r1(y + h + 54)} L${r1(tx + 26)},${r1(y + h - 4)} Z`, edge)
  out += rect(x, y, w, h, fill, 28, `stroke="${edge}" stroke-width="6"`)
  out += path(`M${r1(tx - 24)},${r1(y + h - 6)} L${r1(tx + (tailLeft ? -26 : 26))},${r1(y + h + 44)} L${r1(tx + 24)},${r1(y + h - 6)} Z`, fill)
  out += textLines(x + 36, y + 34, w - 72, Math.max(1, Math.floor((h - 50) / 34)), 34, lineColor, 12)
  return out
}

function globe(cx: number, cy: number, r: number): string {
  let out = circle(cx, cy, r, P.sageLight) + circle(cx, cy, r, 'none', `stroke="${P.slate}" stroke-width="8"`)
  for (const k of [0.35, 0.7]) out += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(r * k)}" ry="${r1(r)}" fill="none" stroke="${P.slate}" stroke-width="5"/>`
  for (const k of [-0.5, 0, 0.5]) {
    const yy = cy + k * r
    const half = Math.sqrt(r * r - (k * r) ** 2)
    out += line(cx - half, yy, cx + half, yy, P.slate, 5)
  }
  out += path(`M${r1(cx - r * 0.5)},${r1(cy - r * 0.25)} q${r1(r * 0.2)},${r1(-r * 0.3)} ${r1(r * 0.45)},${r1(-r * 0.1)} q${r1(r * 0.1)},${r1(r * 0.3)} ${r1(-r * 0.15)},${r1(r * 0.45)} Z`, P.sage)
  out += path(`M${r1(cx + r * 0.2)},${r1(cy + r * 0.1)} q${r1(r * 0.3)},${r1(-r * 0.1)} ${r1(r * 0.4)},${r1(r * 0.25)} q${r1(-r * 0.1)},${r1(r * 0.3)} ${r1(-r * 0.35)},${r1(r * 0.25)} Z`, P.sage)
  return out
}

function townHall(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.paper)
  out += path(`M${r1(x - 20)},${r1(gy - h)} L${r1(x + w / 2)},${r1(gy - h - 90)} L${r1(x + w + 20)},${r1(gy - h)} Z`, P.slate)
  const tx = x + w / 2
  out += rect(tx - 50, gy - h - 230, 100, 180, P.paper2)
  out += path(`M${r1(tx - 64)},${r1(gy - h - 230)} L${r1(tx)},${r1(gy - h - 330)} L${r1(tx + 64)},${r1(gy - h - 230)} Z`, P.slate)
  out += circle(tx, gy - h - 170, 34, P.snow, `stroke="${P.slate}" stroke-width="6"`)
  out += line(tx, gy - h - 170, tx, gy - h - 194, P.slate, 5) + line(tx, gy - h - 170, tx + 16, gy - h - 162, P.slate, 5)
  for (let i = 0; i < 5; i++) {
    if (i === 2) continue
    out += rect(x + 30 + i * ((w - 60) / 5), gy - h + 40, (w - 60) / 5 - 40, h * 0.35, P.sageLight, 4)
  }
  out += path(`M${r1(tx - 44)},${r1(gy)} L${r1(tx - 44)},${r1(gy - h * 0.5)} Q${r1(tx)},${r1(gy - h * 0.62)} ${r1(tx + 44)},${r1(gy - h * 0.5)} L${r1(tx + 44)},${r1(gy)} Z`, P.wood)
  out += rect(x - 30, gy - 12, w + 60, 12, P.sand)
  return out
}

function key(x: number, y: number, s: number, color: string = P.gold): string {
  return (
    circle(x, y, 46 * s, color) +
    circle(x, y, 20 * s, P.paper2) +
    rect(x + 40 * s, y - 11 * s, 190 * s, 22 * s, color, 6 * s) +
    rect(x + 180 * s, y + 8 * s, 18 * s, 36 * s, color) +
    rect(x + 208 * s, y + 8 * s, 18 * s, 26 * s, color)
  )
}

function document(x: number, y: number, w: number, h: number, fold = true): string {
  let out = path(`M${r1(x)},${r1(y)} L${r1(x + w - 60)},${r1(y)} L${r1(x + w)},${r1(y + 60)} L${r1(x + w)},${r1(y + h)} L${r1(x)},${r1(y + h)} Z`, P.paper)
  if (fold) out += path(`M${r1(x + w - 60)},${r1(y)} L${r1(x + w - 60)},${r1(y + 60)} L${r1(x + w)},${r1(y + 60)} Z`, P.sand)
  return out
}

function pen(x: number, y: number, len: number, angle: number): string {
  return `<g transform="rotate(${angle} ${r1(x)} ${r1(y)})">${rect(x, y - 12, len, 24, P.slate, 10)}${rect(x + len * 0.72, y - 12, len * 0.1, 24, P.gold)}${path(`M${r1(x)},${r1(y - 12)} L${r1(x - 40)},${r1(y)} L${r1(x)},${r1(y + 12)} Z`, P.sand)}${circle(x - 34, y, 4, P.slate)}</g>`
}

function schoolhouse(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.sand)
  out += path(`M${r1(x - 24)},${r1(gy - h)} L${r1(x + w / 2)},${r1(gy - h - h * 0.5)} L${r1(x + w + 24)},${r1(gy - h)} Z`, P.redDark)
  out += rect(x + w / 2 - 26, gy - h - h * 0.75, 52, h * 0.32, P.paper)
  out += path(`M${r1(x + w / 2 - 36)},${r1(gy - h - h * 0.75)} L${r1(x + w / 2)},${r1(gy - h - h * 0.95)} L${r1(x + w / 2 + 36)},${r1(gy - h - h * 0.75)} Z`, P.slate)
  out += circle(x + w / 2, gy - h - h * 0.6, 12, P.gold)
  for (let r = 0; r < 2; r++) for (let c = 0; c < 4; c++) out += rect(x + 30 + c * ((w - 40) / 4), gy - h + 30 + r * (h * 0.42), (w - 40) / 4 - 34, h * 0.3, P.sageLight, 4)
  return out
}

/** A school cone ("Schultüte") as given to first-graders. */
function schooltuete(x: number, y: number, s: number): string {
  let out = path(`M${r1(x)},${r1(y + 300 * s)} L${r1(x - 90 * s)},${r1(y)} L${r1(x + 90 * s)},${r1(y)} Z`, P.red)
  out += path(`M${r1(x - 60 * s)},${r1(y + 100 * s)} L${r1(x + 60 * s)},${r1(y + 100 * s)} L${r1(x + 49 * s)},${r1(y + 136 * s)} L${r1(x - 49 * s)},${r1(y + 136 * s)} Z`, P.gold)
  out += heart(x, y + 190 * s, 54 * s, P.paper)
  out += path(`M${r1(x - 90 * s)},${r1(y)} Q${r1(x - 70 * s)},${r1(y - 60 * s)} ${r1(x)},${r1(y - 70 * s)} Q${r1(x + 70 * s)},${r1(y - 60 * s)} ${r1(x + 90 * s)},${r1(y)} Z`, P.sageLight)
  out += line(x - 30 * s, y - 40 * s, x + 30 * s, y - 40 * s, P.slate, 6 * s)
  return out
}

function swing(x: number, gy: number): string {
  return (
    line(x - 80, gy, x - 50, gy - 190, P.wood, 12) +
    line(x + 80, gy, x + 50, gy - 190, P.wood, 12) +
    line(x - 60, gy - 190, x + 60, gy - 190, P.wood, 12) +
    line(x - 20, gy - 190, x - 20, gy - 70, P.slate, 4) +
    line(x + 20, gy - 190, x + 20, gy - 70, P.slate, 4) +
    rect(x - 34, gy - 72, 68, 12, P.red, 4)
  )
}

function healthCard(x: number, y: number, w: number): string {
  const h = w * 0.63
  let out = rect(x, y, w, h, P.sage, 24)
  out += rect(x + 40, y + 50, 90, 70, P.gold, 10) + line(x + 40, y + 85, x + 130, y + 85, P.flame, 4)
  out += rect(x + w - 160, y + 40, 120, 150, P.paper, 10)
  out += circle(x + w - 100, y + 95, 30, P.sageLight) + rect(x + w - 140, y + 130, 80, 50, P.sageLight, 20)
  out += textLines(x + 40, y + h - 110, w * 0.5, 3, 30, P.mist, 12)
  return out
}

function stethoscope(x: number, y: number, s: number): string {
  return (
    `<path d="M${r1(x - 60 * s)},${r1(y)} Q${r1(x - 60 * s)},${r1(y + 160 * s)} ${r1(x)},${r1(y + 170 * s)} Q${r1(x + 60 * s)},${r1(y + 160 * s)} ${r1(x + 60 * s)},${r1(y)}" fill="none" stroke="${P.slate}" stroke-width="${r1(12 * s)}" stroke-linecap="round"/>` +
    `<path d="M${r1(x)},${r1(y + 170 * s)} Q${r1(x)},${r1(y + 280 * s)} ${r1(x + 110 * s)},${r1(y + 280 * s)}" fill="none" stroke="${P.slate}" stroke-width="${r1(12 * s)}" stroke-linecap="round"/>` +
    circle(x + 130 * s, y + 280 * s, 34 * s, P.slate2) +
    circle(x + 130 * s, y + 280 * s, 18 * s, P.mist)
  )
}

function medicalHeart(cx: number, cy: number, s: number): string {
  return heart(cx, cy, 220 * s, P.red) + rect(cx - 14 * s, cy - 70 * s, 28 * s, 84 * s, P.paper, 4 * s) + rect(cx - 42 * s, cy - 42 * s, 84 * s, 28 * s, P.paper, 4 * s)
}

function helmetPerson(x: number, feet: number, s: number): string {
  return person(x, feet, s, {color: P.slate2}) + path(`M${r1(x - 16 * s)},${r1(feet - 92 * s)} Q${r1(x)},${r1(feet - 118 * s)} ${r1(x + 16 * s)},${r1(feet - 92 * s)} L${r1(x + 20 * s)},${r1(feet - 90 * s)} L${r1(x - 20 * s)},${r1(feet - 90 * s)} Z`, P.gold)
}

function machine(x: number, gy: number, w: number, h: number): string {
  let out = rect(x, gy - h, w, h, P.sage, 8)
  out += rect(x + 20, gy - h + 20, w * 0.45, h * 0.4, P.night2, 6)
  out += rect(x + 40, gy - h + 40, w * 0.2, 10, P.flame, 5) + rect(x + 40, gy - h + 64, w * 0.3, 10, P.sageLight, 5)
  out += gear(x + w * 0.75, gy - h * 0.6, h * 0.22, P.slate2)
  out += circle(x + w * 0.25, gy - h * 0.25, 14, P.red) + circle(x + w * 0.38, gy - h * 0.25, 14, P.gold)
  return out
}

function clipboard(x: number, y: number, s: number): string {
  return rect(x, y, 160 * s, 220 * s, P.wood, 10 * s) + rect(x + 14 * s, y + 24 * s, 132 * s, 182 * s, P.paper, 4 * s) + rect(x + 50 * s, y - 8 * s, 60 * s, 24 * s, P.slate, 6 * s) + textLines(x + 30 * s, y + 56 * s, 100 * s, 4, 34 * s, P.mist, 10 * s)
}

function sun(cx: number, cy: number, r: number): string {
  let out = circle(cx, cy, r, P.flame)
  for (let i = 0; i < 12; i++) {
    const a = (Math.PI * 2 * i) / 12
    out += line(cx + Math.cos(a) * r * 1.25, cy + Math.sin(a) * r * 1.25, cx + Math.cos(a) * r * 1.6, cy + Math.sin(a) * r * 1.6, P.gold, 8)
  }
  return out
}

function bicycle(x: number, gy: number, s: number): string {
  const r = 60 * s
  return (
    circle(x, gy - r, r, 'none', `stroke="${P.slate}" stroke-width="${r1(8 * s)}"`) +
    circle(x + 200 * s, gy - r, r, 'none', `stroke="${P.slate}" stroke-width="${r1(8 * s)}"`) +
    line(x, gy - r, x + 80 * s, gy - r - 90 * s, P.red, 10 * s) +
    line(x + 80 * s, gy - r - 90 * s, x + 170 * s, gy - r - 90 * s, P.red, 10 * s) +
    line(x + 170 * s, gy - r - 90 * s, x + 200 * s, gy - r, P.red, 10 * s) +
    line(x + 80 * s, gy - r - 90 * s, x + 100 * s, gy - r, P.red, 10 * s) +
    line(x + 100 * s, gy - r, x, gy - r, P.red, 10 * s) +
    line(x + 170 * s, gy - r - 90 * s, x + 160 * s, gy - r - 130 * s, P.slate, 8 * s) +
    line(x + 140 * s, gy - r - 130 * s, x + 185 * s, gy - r - 130 * s, P.slate, 8 * s) +
    rect(x + 50 * s, gy - r - 110 * s, 60 * s, 14 * s, P.slate, 6 * s) +
    rect(x + 150 * s, gy - r - 80 * s, 90 * s, 70 * s, P.sand, 6 * s)
  )
}

function signpost(x: number, gy: number, h: number): string {
  let out = rect(x - 10, gy - h, 20, h, P.wood)
  const arms: Array<[number, number, string, number]> = [
    [gy - h + 30, 1, P.red, 200],
    [gy - h + 100, -1, P.slate, 180],
    [gy - h + 170, 1, P.paper, 160],
    [gy - h + 240, -1, P.gold, 190],
  ]
  for (const [y, dir, color, len] of arms) {
    const x0 = x + (dir > 0 ? 10 : -10)
    const x1 = x0 + dir * len
    out += path(`M${r1(x0)},${r1(y)} L${r1(x1)},${r1(y)} L${r1(x1 + dir * 34)},${r1(y + 27)} L${r1(x1)},${r1(y + 54)} L${r1(x0)},${r1(y + 54)} Z`, color)
  }
  return out
}

function envelope(x: number, y: number, w: number, h: number): string {
  return (
    rect(x, y, w, h, P.paper, 8, `stroke="${P.sand}" stroke-width="6"`) +
    path(`M${r1(x)},${r1(y)} L${r1(x + w / 2)},${r1(y + h * 0.55)} L${r1(x + w)},${r1(y)}`, 'none', `stroke="${P.sand}" stroke-width="8"`) +
    heart(x + w / 2, y + h * 0.6, 70, P.red)
  )
}

function cv(x: number, y: number, w: number, h: number): string {
  let out = document(x, y, w, h)
  out += rect(x + 40, y + 50, 110, 130, P.sageLight, 8)
  out += circle(x + 95, y + 100, 30, P.sage) + rect(x + 60, y + 136, 70, 44, P.sage, 16)
  out += textLines(x + 175, y + 70, w - 235, 3, 36)
  out += textLines(x + 40, y + 220, w - 80, 6, 40)
  return out
}

function coins(x: number, gy: number, n: number, s: number): string {
  let out = ''
  for (let i = 0; i < n; i++) {
    out += `<ellipse cx="${r1(x)}" cy="${r1(gy - i * 22 * s)}" rx="${r1(70 * s)}" ry="${r1(22 * s)}" fill="${P.gold}" stroke="${P.wood}" stroke-width="${r1(4 * s)}"/>`
  }
  out += `<ellipse cx="${r1(x)}" cy="${r1(gy - n * 22 * s)}" rx="${r1(70 * s)}" ry="${r1(22 * s)}" fill="${P.flame}" stroke="${P.wood}" stroke-width="${r1(4 * s)}"/>`
  return out
}

function calendar(x: number, y: number, w: number, h: number): string {
  let out = rect(x, y, w, h, P.paper, 12) + rect(x, y, w, h * 0.2, P.red, 12) + rect(x, y + h * 0.12, w, h * 0.08, P.red)
  for (let r = 0; r < 4; r++) for (let c = 0; c < 5; c++) out += rect(x + 24 + c * ((w - 30) / 5), y + h * 0.28 + r * ((h * 0.66) / 4), (w - 30) / 5 - 18, (h * 0.66) / 4 - 18, r === 2 && c === 3 ? P.gold : P.mist, 4)
  out += rect(x + w * 0.25, y - 20, 16, 44, P.slate, 6) + rect(x + w * 0.7, y - 20, 16, 44, P.slate, 6)
  return out
}

function stairs(x: number, gy: number, steps: number, sw: number, sh: number): string {
  let out = ''
  const colors = [P.gold, P.sage, P.slate2, P.forest, P.slate]
  for (let i = 0; i < steps; i++) out += rect(x + i * sw, gy - (i + 1) * sh, sw, (i + 1) * sh, colors[i % colors.length]!)
  return out
}

function medal(cx: number, cy: number, s: number): string {
  return (
    path(`M${r1(cx - 50 * s)},${r1(cy - 160 * s)} L${r1(cx - 10 * s)},${r1(cy - 40 * s)} L${r1(cx + 10 * s)},${r1(cy - 40 * s)} L${r1(cx - 20 * s)},${r1(cy - 160 * s)} Z`, P.red) +
    path(`M${r1(cx + 50 * s)},${r1(cy - 160 * s)} L${r1(cx + 10 * s)},${r1(cy - 40 * s)} L${r1(cx - 10 * s)},${r1(cy - 40 * s)} L${r1(cx + 20 * s)},${r1(cy - 160 * s)} Z`, P.redDark) +
    circle(cx, cy, 70 * s, P.gold) +
    circle(cx, cy, 52 * s, P.flame) +
    hammerAndPick(cx, cy + 4 * s, 70 * s, P.wood)
  )
}

function iconTile(cx: number, cy: number, r: number, fill: string, icon: string): string {
  return circle(cx, cy, r, fill) + icon
}

function table(x: number, gy: number, w: number): string {
  return rect(x, gy - 120, w, 24, P.wood, 8) + rect(x + 30, gy - 96, 20, 96, P.wood) + rect(x + w - 50, gy - 96, 20, 96, P.wood)
}

function seated(x: number, gy: number, color: string): string {
  return circle(x, gy - 200, 30, color) + path(`M${r1(x - 52)},${r1(gy - 110)} Q${r1(x - 52)},${r1(gy - 170)} ${r1(x)},${r1(gy - 170)} Q${r1(x + 52)},${r1(gy - 170)} ${r1(x + 52)},${r1(gy - 110)} Z`, color)
}

// ---------------------------------------------------------------------------------------------
// scenes: stories

function sceneBuild(): string {
  const {b: bg, o} = base('story-bau', {horizon: 0.5, groundY: 0.82, skip: [W * 0.3, W * 0.9]})
  let b = bg
  b += houseShell(W * 0.5, H * 0.82, 460, 330)
  b += crane(W * 0.36, H * 0.82, 560)
  b += heart(W * 0.36 + 380, H * 0.82 - 560 * 0.55 + 56, 70)
  b += helmetPerson(W * 0.2, H * 0.97, 2)
  b += car(W * 0.04, H * 0.97, 1.1, P.slate2)
  return frame(o, b)
}

function sceneTourism(): string {
  const {b: bg, o} = base('story-tourismus', {snow: true, horizon: 0.5, groundY: 0.78, skip: [W * 0.45, W * 0.95]})
  let b = bg
  b += chairlift(W * 0.02, H * 0.78, W * 0.42, H * 0.2)
  b += hotel(W * 0.55, H * 0.86, 520, 250)
  b += heart(W * 0.55 + 260, H * 0.86 - 250 - 160, 70, P.red)
  b += person(W * 0.46, H * 0.97, 1.8, {color: P.slate, accent: P.red})
  b += fir(W * 0.93, H * 0.9, 180, P.forest, true)
  return frame(o, b)
}

function sceneWood(): string {
  const {b: bg, o} = base('story-holz', {horizon: 0.5, groundY: 0.66, groundColor: P.sand})
  let b = bg
  b += workbench(W * 0.12, H * 0.98, W * 0.76)
  // planks and shavings on the bench
  b += rect(W * 0.18, H * 0.98 - 190, 420, 40, P.wood, 6) + rect(W * 0.2, H * 0.98 - 226, 380, 36, '#A8744F', 6)
  for (let i = 0; i < 6; i++) b += `<path d="M${r1(W * 0.5 + i * 26)},${r1(H * 0.98 - 152)} q14,-26 28,0" fill="none" stroke="${P.gold}" stroke-width="5"/>`
  b += turnedFigure(W * 0.7, H * 0.98 - 150, 1.35)
  b += hammerAndPick(W * 0.86, H * 0.36, 160, P.slate)
  b += heart(W * 0.5, H * 0.22, 110)
  return frame(o, b)
}

function sceneDualSplit(): string {
  const {b: bg, o} = base('story-dual', {horizon: 0.5, groundY: 0.8})
  let b = bg
  b += books(W * 0.08, H * 0.94, 1.2)
  b += mortarboard(W * 0.08 + 180, H * 0.94 - 250, 0.9)
  b += factory(W * 0.6, H * 0.94, 520, 250, false, true)
  // arrows going back and forth
  b += `<path d="M${r1(W * 0.36)},${r1(H * 0.5)} Q${r1(W * 0.5)},${r1(H * 0.34)} ${r1(W * 0.62)},${r1(H * 0.48)}" fill="none" stroke="${P.red}" stroke-width="12" stroke-linecap="round"/>`
  b += path(`M${r1(W * 0.62 - 10)},${r1(H * 0.48 - 38)} L${r1(W * 0.62 + 22)},${r1(H * 0.48 + 8)} L${r1(W * 0.62 - 34)},${r1(H * 0.48 + 12)} Z`, P.red)
  b += `<path d="M${r1(W * 0.62)},${r1(H * 0.6)} Q${r1(W * 0.5)},${r1(H * 0.72)} ${r1(W * 0.38)},${r1(H * 0.62)}" fill="none" stroke="${P.slate}" stroke-width="12" stroke-linecap="round"/>`
  b += path(`M${r1(W * 0.38 + 12)},${r1(H * 0.62 + 36)} L${r1(W * 0.38 - 22)},${r1(H * 0.62 - 6)} L${r1(W * 0.38 + 32)},${r1(H * 0.62 - 14)} Z`, P.slate)
  b += heart(W * 0.5, H * 0.54, 80)
  b += person(W * 0.5, H * 0.99, 1.7, {backpack: true})
  return frame(o, b)
}

function sceneIT(): string {
  const {b: bg, o} = base('story-it', {horizon: 0.45, groundY: 0.7, groundColor: P.sand})
  let b = bg
  b += factory(W * 0.04, H * 0.7, 460, 210, false, true)
  b += laptop(W * 0.36, H * 0.42, 520)
  b += gear(W * 0.82, H * 0.42, 120, P.slate2)
  b += gear(W * 0.9, H * 0.6, 70, P.red)
  b += heart(W * 0.82, H * 0.425, 70)
  b += person(W * 0.2, H * 0.98, 2, {color: P.slate2, backpack: true, accent: P.gold})
  return frame(o, b)
}

function sceneMetal(): string {
  const {b: bg, o} = base('story-metall', {horizon: 0.48, groundY: 0.7})
  let b = bg
  b += railing(W * 0.05, H * 0.88, 560, 260)
  b += anvil(W * 0.66, H * 0.96, 1.6)
  b += sparks(W * 0.66 - 40, H * 0.96 - 250, 9, 170)
  b += person(W * 0.86, H * 0.98, 2, {color: P.slate})
  b += rect(W * 0.86 - 24, H * 0.98 - 210, 48, 30, P.night2, 6)
  return frame(o, b)
}

function sceneLogistics(): string {
  const {b: bg, o} = base('story-logistik', {horizon: 0.5, groundY: 0.76, skip: [W * 0.5, W]})
  let b = bg
  b += warehouse(W * 0.52, H * 0.8, 700, 300)
  b += rect(0, H * 0.86, W, 60, P.mist) + rect(0, H * 0.86 + 26, W, 8, P.paper)
  b += truck(W * 0.08, H * 0.94, 1.2)
  b += pallets(W * 0.56, H * 0.86)
  b += person(W * 0.86, H * 0.99, 1.7, {color: P.slate2})
  return frame(o, b)
}

function sceneFarm(): string {
  const {b: bg, o} = base('story-landwirtschaft', {horizon: 0.5, groundY: 0.7, groundColor: P.sageLight, skip: [W * 0.55, W * 0.95]})
  let b = bg
  b += barn(W * 0.62, H * 0.76, 360, 220)
  b += rect(0, H * 0.76, W, H * 0.24, P.sage)
  for (let i = 0; i < 14; i++) b += line(i * 120 + 20, H * 0.99, i * 120 + 40, H * 0.95, P.forest, 5)
  b += cow(W * 0.2, H * 0.93, 1.4)
  b += cow(W * 0.43, H * 0.97, 1.2, true)
  b += person(W * 0.86, H * 0.98, 1.8, {color: P.slate})
  b += heart(W * 0.62 + 180, H * 0.76 - 220 - 200, 80)
  return frame(o, b)
}

function sceneBorder(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'story-grenze', snow: true, horizon: 0.56}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 30, [70, 120], P.forest, true, [W * 0.3, W * 0.7])
  b += ground(o, H * 0.8)
  // road winding over the ridge
  b += `<path d="M${r1(W * 0.1)},${H} C${r1(W * 0.3)},${r1(H * 0.84)} ${r1(W * 0.55)},${r1(H * 0.9)} ${r1(W * 0.6)},${r1(near.y(W * 0.6) + 20)}" fill="none" stroke="${P.slate2}" stroke-width="70"/>`
  b += `<path d="M${r1(W * 0.1)},${H} C${r1(W * 0.3)},${r1(H * 0.84)} ${r1(W * 0.55)},${r1(H * 0.9)} ${r1(W * 0.6)},${r1(near.y(W * 0.6) + 20)}" fill="none" stroke="${P.paper}" stroke-width="5" stroke-dasharray="30 26"/>`
  b += borderStone(W * 0.47, H * 0.86, 1.3)
  b += car(W * 0.24, H * 0.95, 1.1)
  b += house(W * 0.74, near.y(W * 0.74) + 40, 70, 60, P.paper, true)
  b += house(W * 0.8, near.y(W * 0.8) + 40, 60, 70, P.paper2, true)
  b += heart(W * 0.78, H * 0.3, 100)
  return frame(o, b)
}

// ---------------------------------------------------------------------------------------------
// scenes: guides

function sceneRecognition(): string {
  const {b: bg, o} = base('guide-anerkennung', {horizon: 0.45, groundY: 0.62, groundColor: P.sand})
  let b = bg
  b += `<g transform="rotate(-3 ${W * 0.5} ${H * 0.6})">${certificate(W * 0.3, H * 0.3, 640, 560)}</g>`
  b += person(W * 0.14, H * 0.98, 2.1, {color: P.slate2, suitcase: true})
  b += `<path d="M${r1(W * 0.8)},${r1(H * 0.56)} l40,40 l90,-110" fill="none" stroke="${P.forest}" stroke-width="26" stroke-linecap="round" stroke-linejoin="round"/>`
  return frame(o, b)
}

function sceneLanguage(): string {
  const {b: bg, o} = base('guide-sprache', {horizon: 0.55, groundY: 0.74})
  let b = bg
  b += bubble(W * 0.1, H * 0.12, 470, 190, P.paper, true)
  b += bubble(W * 0.58, H * 0.26, 430, 160, P.red, false, P.paper)
  b += bubble(W * 0.3, H * 0.46, 300, 120, P.sageLight, true, P.paper)
  b += person(W * 0.24, H * 0.98, 2.2, {color: P.slate2})
  b += person(W * 0.76, H * 0.98, 2.2, {color: P.slate, backpack: true})
  return frame(o, b)
}

function sceneEmployer(): string {
  const {b: bg, o} = base('guide-arbeitgeber', {horizon: 0.52, groundY: 0.76, skip: [W * 0.55, W * 0.95]})
  let b = bg
  b += globe(W * 0.2, H * 0.38, 190)
  b += factory(W * 0.58, H * 0.86, 560, 260, true, true)
  b += `<path d="M${r1(W * 0.32)},${r1(H * 0.3)} Q${r1(W * 0.5)},${r1(H * 0.08)} ${r1(W * 0.7)},${r1(H * 0.36)}" fill="none" stroke="${P.red}" stroke-width="8" stroke-dasharray="4 20" stroke-linecap="round"/>`
  b += heart(W * 0.72, H * 0.36, 80)
  b += person(W * 0.38, H * 0.98, 1.9, {suitcase: true})
  b += person(W * 0.5, H * 0.98, 1.9, {color: P.slate2})
  return frame(o, b)
}

function sceneArrival(): string {
  const {b: bg, o} = base('guide-ankommen', {horizon: 0.5, groundY: 0.8, skip: [W * 0.3, W * 0.75]})
  let b = bg
  b += townHall(W * 0.32, H * 0.84, 620, 300)
  b += document(W * 0.06, H * 0.5, 240, 300)
  b += textLines(W * 0.06 + 30, H * 0.5 + 50, 170, 5, 40)
  b += key(W * 0.78, H * 0.9, 1.2)
  b += person(W * 0.84, H * 0.8, 1.6, {suitcase: true, color: P.slate2})
  b += heart(W * 0.52, H * 0.1, 70)
  return frame(o, b)
}

function sceneHousing(): string {
  const {b: bg, o} = base('guide-wohnen', {snow: true, horizon: 0.55, groundY: 0.8, skip: [W * 0.1, W * 0.9]})
  let b = bg
  const heights = [150, 190, 170, 210, 160]
  heights.forEach((h, i) => {
    b += house(W * 0.12 + i * 260, H * 0.84, 200, h, i % 2 ? P.paper2 : P.paper, i === 2)
  })
  b += key(W * 0.3, H * 0.9, 1.5, P.red)
  b += heart(W * 0.12 + 2 * 260 + 100, H * 0.84 - 170 - 220, 80)
  return frame(o, b)
}

function sceneChildren(): string {
  const {b: bg, o} = base('guide-kinder', {horizon: 0.5, groundY: 0.76, skip: [W * 0.35, W * 0.85]})
  let b = bg
  b += schoolhouse(W * 0.42, H * 0.84, 500, 250)
  b += swing(W * 0.16, H * 0.9)
  b += schooltuete(W * 0.84, H * 0.42, 1.2)
  b += person(W * 0.34, H * 0.98, 1.2, {backpack: true, accent: P.red})
  b += person(W * 0.28, H * 0.98, 1.9, {color: P.slate2})
  return frame(o, b)
}

function sceneHealth(): string {
  const {b: bg, o} = base('guide-gesundheit', {horizon: 0.45, groundY: 0.62, groundColor: P.sand})
  let b = bg
  b += `<g transform="rotate(-6 ${W * 0.3} ${H * 0.7})">${healthCard(W * 0.12, H * 0.52, 500)}</g>`
  b += stethoscope(W * 0.62, H * 0.56, 1.2)
  b += medicalHeart(W * 0.8, H * 0.4, 1.1)
  return frame(o, b)
}

// ---------------------------------------------------------------------------------------------
// scenes: posts

function sceneInternship(): string {
  const {b: bg, o} = base('post-praktikum', {horizon: 0.45, groundY: 0.64, groundColor: P.paper2})
  let b = bg
  b += machine(W * 0.46, H * 0.92, 560, 330)
  b += helmetPerson(W * 0.34, H * 0.98, 2.3)
  b += clipboard(W * 0.08, H * 0.52, 1.3)
  b += heart(W * 0.64, H * 0.22, 90)
  return frame(o, b)
}

function sceneHolidayJob(): string {
  const {b: bg, o} = base('post-ferienjob', {horizon: 0.6, groundY: 0.78, groundColor: P.sageLight})
  let b = bg
  b += sun(W * 0.16, H * 0.18, 70)
  b += booth(W * 0.56, H * 0.94, 420, 300, P.red)
  b += rect(W * 0.56 + 60, H * 0.94 - 160, 70, 50, P.paper, 6) + rect(W * 0.56 + 160, H * 0.94 - 160, 70, 50, P.flame, 6) + rect(W * 0.56 + 260, H * 0.94 - 160, 70, 50, P.sageLight, 6)
  b += bicycle(W * 0.12, H * 0.97, 1.3)
  b += person(W * 0.44, H * 0.98, 1.9, {backpack: true, color: P.slate2})
  b += heart(W * 0.56 + 210, H * 0.94 - 360, 70)
  return frame(o, b)
}

function sceneOrientation(): string {
  const {b: bg, o} = base('post-berufsorientierung', {horizon: 0.55, groundY: 0.78, skip: [W * 0.4, W * 0.6]})
  let b = bg
  // paths fanning out
  for (const [ex, c] of [[W * 0.1, P.sand], [W * 0.35, P.sand], [W * 0.65, P.sand], [W * 0.9, P.sand]] as const) {
    b += path(`M${r1(W * 0.47)},${H} L${r1(W * 0.53)},${H} L${r1(ex + 20)},${r1(H * 0.78)} L${r1(ex - 20)},${r1(H * 0.78)} Z`, c)
  }
  b += signpost(W * 0.5, H * 0.9, 400)
  b += person(W * 0.6, H * 0.99, 1.8, {backpack: true})
  b += factory(W * 0.8, H * 0.76, 220, 110, false, false)
  b += house(W * 0.08, H * 0.77, 90, 70, P.paper, false)
  b += heart(W * 0.5, H * 0.34, 80)
  return frame(o, b)
}

function sceneApplication(): string {
  const {b: bg, o} = base('post-bewerbung', {horizon: 0.45, groundY: 0.6, groundColor: P.sand})
  let b = bg
  b += `<g transform="rotate(-4 ${W * 0.4} ${H * 0.6})">${cv(W * 0.22, H * 0.24, 520, 660)}</g>`
  b += `<g transform="rotate(8 ${W * 0.75} ${H * 0.7})">${envelope(W * 0.6, H * 0.58, 420, 270)}</g>`
  b += pen(W * 0.62, H * 0.42, 300, -35)
  return frame(o, b)
}

function sceneAllowance(): string {
  const {b: bg, o} = base('post-verguetung', {horizon: 0.45, groundY: 0.64, groundColor: P.sand})
  let b = bg
  b += calendar(W * 0.1, H * 0.34, 420, 420)
  b += coins(W * 0.55, H * 0.9, 6, 1.3)
  b += coins(W * 0.68, H * 0.92, 9, 1.3)
  b += coins(W * 0.81, H * 0.94, 12, 1.3)
  b += heart(W * 0.81, H * 0.94 - 12 * 22 * 1.3 - 90, 80)
  return frame(o, b)
}

function sceneFurtherTraining(): string {
  const {b: bg, o} = base('post-weiterbildung', {horizon: 0.5, groundY: 0.86})
  let b = bg
  b += stairs(W * 0.14, H * 0.96, 5, 180, 90)
  b += person(W * 0.14 + 3 * 180 + 90, H * 0.96 - 4 * 90, 1.6, {color: P.slate2, backpack: true, accent: P.red})
  b += medal(W * 0.14 + 4 * 180 + 90, H * 0.96 - 5 * 90 - 130, 1.2)
  b += heart(W * 0.86, H * 0.2, 80)
  return frame(o, b)
}

function sceneBranches(): string {
  const {b: bg, o} = base('post-branchen', {horizon: 0.5, groundY: 0.82})
  let b = bg
  const cols = [W * 0.16, W * 0.38, W * 0.62, W * 0.84]
  const r = 120
  const icons: Array<[number, number, string, string]> = [
    [cols[0]!, H * 0.32, P.paper, gear(cols[0]!, H * 0.32, 70, P.slate2)],
    [cols[1]!, H * 0.32, P.paper, hammerAndPick(cols[1]!, H * 0.32, 130, P.slate)],
    [cols[2]!, H * 0.32, P.paper, medicalHeart(cols[2]!, H * 0.34, 0.55)],
    [cols[3]!, H * 0.32, P.paper, house(cols[3]! - 45, H * 0.32 + 50, 90, 70, P.sand, false)],
    [cols[0]! + W * 0.11, H * 0.68, P.paper, fir(cols[0]! + W * 0.11, H * 0.68 + 70, 150, P.forest, true)],
    [cols[1]! + W * 0.12, H * 0.68, P.paper, truck(cols[1]! + W * 0.12 - 104, H * 0.68 + 50, 0.36)],
    [cols[2]! + W * 0.12, H * 0.68, P.paper, cow(cols[2]! + W * 0.12 - 14, H * 0.68 + 66, 0.8)],
  ]
  for (const [cx, cy, fill, icon] of icons) b += iconTile(cx, cy, r, fill, icon)
  return frame(o, b)
}

function sceneContract(): string {
  const {b: bg, o} = base('post-vertrag', {horizon: 0.45, groundY: 0.6, groundColor: P.sand})
  let b = bg
  b += `<g transform="rotate(-3 ${W * 0.4} ${H * 0.6})">${document(W * 0.2, H * 0.2, 560, 720)}${textLines(W * 0.2 + 50, H * 0.2 + 90, 440, 9, 46)}<path d="M${r1(W * 0.2 + 260)},${r1(H * 0.2 + 640)} c30,-50 50,40 80,-10 s40,30 70,-20" fill="none" stroke="${P.slate}" stroke-width="6" stroke-linecap="round"/>${line(W * 0.2 + 240, H * 0.2 + 660, W * 0.2 + 500, H * 0.2 + 660, P.sage, 4)}</g>`
  b += pen(W * 0.62, H * 0.84, 300, -30)
  b += calendar(W * 0.7, H * 0.3, 300, 300)
  b += heart(W * 0.2 + 90, H * 0.2 + 640, 80)
  return frame(o, b)
}

// ---------------------------------------------------------------------------------------------
// scenes: events

function sceneStudyFair(): string {
  const {b: bg, o} = base('event-studienmesse', {horizon: 0.5, groundY: 0.6})
  let b = bg
  b += booth(W * 0.06, H * 0.82, 400, 300, P.slate2)
  b += booth(W * 0.37, H * 0.82, 400, 300, P.red)
  b += booth(W * 0.68, H * 0.82, 400, 300, P.sage)
  b += mortarboard(W * 0.06 + 200, H * 0.24, 0.7)
  b += heart(W * 0.37 + 200, H * 0.26, 100)
  b += gear(W * 0.68 + 200, H * 0.26, 70, P.slate2)
  b += person(W * 0.22, H * 0.98, 1.6, {backpack: true})
  b += person(W * 0.5, H * 0.97, 1.5, {color: P.slate2, backpack: true, accent: P.gold})
  b += person(W * 0.8, H * 0.98, 1.6, {color: P.slate})
  return frame(o, b)
}

function sceneDialog(): string {
  const {b: bg, o} = base('event-dialog', {horizon: 0.5, groundY: 0.7})
  let b = bg
  b += bubble(W * 0.12, H * 0.1, 360, 150, P.paper, true)
  b += bubble(W * 0.56, H * 0.08, 380, 150, P.sageLight, false, P.paper)
  b += heart(W * 0.5, H * 0.46, 110)
  b += seated(W * 0.22, H * 0.95, P.slate2) + seated(W * 0.4, H * 0.95, P.red) + seated(W * 0.6, H * 0.95, P.slate) + seated(W * 0.78, H * 0.95, P.forest)
  b += table(W * 0.14, H * 0.96, W * 0.72)
  return frame(o, b)
}

// ---------------------------------------------------------------------------------------------

const ill = (id: string, title: string, svg: () => string, de: string, en: string): Illustration => ({
  id,
  width: W,
  height: H,
  format: 'webp',
  title,
  alt: {de: `Illustration: ${de}`, en: `Illustration: ${en}`},
  svg,
})

export const moreIllustrations: Illustration[] = [
  ill('story-bau', 'Baustelle', sceneBuild,
    'Ein gelber Baukran steht neben einem Rohbau mit Gerüst, am Haken hängt ein rotes Herz. Vorn ein Bauarbeiter mit Helm und ein Auto, dahinter bewaldete Bergrücken.',
    'a yellow tower crane stands next to a building shell with scaffolding, a red heart hangs from its hook. In front, a builder with a helmet and a car, forested ridges behind.'),
  ill('story-tourismus', 'Tourismus am Fichtelberg', sceneTourism,
    'Ein Sessellift führt einen verschneiten Berg hinauf. Rechts ein Hotel mit erleuchteten Fenstern und einem roten Herz über dem Dach, davor eine Person.',
    'a chairlift runs up a snowy mountain. On the right, a hotel with lit windows and a red heart above the roof, a person in front.'),
  ill('story-holz', 'Tischlerwerkstatt', sceneWood,
    'Eine Hobelbank mit Holzbrettern und Spänen, darauf eine gedrechselte Holzfigur mit rotem Rock. Darüber ein rotes Herz und gekreuzte Schlägel und Eisen vor den Bergen.',
    'a workbench with wooden boards and shavings, on it a turned wooden figure in a red coat. Above, a red heart and a crossed hammer and pick in front of the hills.'),
  ill('story-dual', 'Duales Studium: Hochschule und Betrieb', sceneDualSplit,
    'Links ein Bücherstapel mit Doktorhut, rechts eine Fabrikhalle. Zwei geschwungene Pfeile verbinden beide im Kreis, in der Mitte ein rotes Herz und eine junge Person mit Rucksack.',
    'on the left a stack of books with a graduation cap, on the right a factory hall. Two curved arrows link them in a circle, with a red heart and a young person with a backpack in the middle.'),
  ill('story-it', 'Software in der Industrie', sceneIT,
    'Ein aufgeklappter Laptop mit farbigen Programmzeilen, daneben Zahnräder mit rotem Herz. Links eine Fabrikhalle und eine Person mit Rucksack, dahinter bewaldete Hügel.',
    'an open laptop with coloured lines of code, next to it gearwheels with a red heart. On the left a factory hall and a person with a backpack, wooded hills behind.'),
  ill('story-metall', 'Metallbau', sceneMetal,
    'Ein Amboss, über dem Funken sprühen, daneben ein geschmiedetes Geländer mit rotem Herz in der Mitte. Rechts eine Person mit Schweißschild, dahinter Bergrücken.',
    'sparks fly above an anvil, next to it a wrought metal railing with a red heart in the middle. On the right a person with a welding shield, ridges behind.'),
  ill('story-logistik', 'Logistik', sceneLogistics,
    'Ein roter Lastwagen mit Herz auf der Plane fährt an einer Lagerhalle mit Rolltoren vorbei. Davor gestapelte Paletten und eine Person, dahinter Wald.',
    'a red truck with a heart on its side drives past a warehouse with roller doors. Stacked pallets and a person in front, forest behind.'),
  ill('story-landwirtschaft', 'Landwirtschaft', sceneFarm,
    'Zwei schwarz-weiße Kühe auf einer grünen Weide, dahinter eine rote Scheune. Über der Scheune ein rotes Herz, rechts ein Landwirt, im Hintergrund bewaldete Bergrücken.',
    'two black-and-white cows on a green pasture, a red barn behind them. A red heart above the barn, a farmer on the right, forested ridges in the background.'),
  ill('story-grenze', 'Über die Grenze', sceneBorder,
    'Eine Straße windet sich durch verschneite Hügel über den Kamm. Am Straßenrand steht ein alter Grenzstein, ein rotes Auto fährt zu einem Dorf, darüber ein rotes Herz.',
    'a road winds through snowy hills over the ridge. An old boundary stone stands by the road, a red car drives towards a village, a red heart above.'),
  ill('guide-anerkennung', 'Anerkennung', sceneRecognition,
    'Eine Urkunde mit goldenem Siegel, roten Bändern und einem Herz im Siegel. Links eine Person mit Koffer, rechts ein grünes Häkchen.',
    'a certificate with a golden seal, red ribbons and a heart in the seal. On the left a person with a suitcase, on the right a green tick.'),
  ill('guide-sprache', 'Deutsch lernen', sceneLanguage,
    'Zwei Personen stehen sich gegenüber, über ihnen drei Sprechblasen in Weiß, Rot und Grün. Dahinter bewaldete Bergrücken.',
    'two people face each other with three speech bubbles in white, red and green above them. Forested ridges behind.'),
  ill('guide-arbeitgeber', 'Fachkräfte aus dem Ausland', sceneEmployer,
    'Eine gepunktete rote Linie führt von einem Globus zu einer Fabrikhalle mit offenem Tor und rotem Herz. Davor zwei Personen, eine mit Koffer.',
    'a dotted red line leads from a globe to a factory with an open gate and a red heart. Two people in front, one with a suitcase.'),
  ill('guide-ankommen', 'Ankommen und anmelden', sceneArrival,
    'Ein Rathaus mit Uhrturm, links ein Formular, rechts ein goldener Schlüssel und eine Person mit Koffer. Über dem Rathaus ein rotes Herz.',
    'a town hall with a clock tower, a form on the left, a golden key and a person with a suitcase on the right. A red heart above the town hall.'),
  ill('guide-wohnen', 'Wohnen', sceneHousing,
    'Eine Reihe kleiner Häuser im Schnee, eines mit erleuchteten Fenstern. Vorn ein großer roter Schlüssel, über den Häusern ein rotes Herz.',
    'a row of small houses in the snow, one with lit windows. A large red key in front, a red heart above the houses.'),
  ill('guide-kinder', 'Kinderbetreuung und Schule', sceneChildren,
    'Ein Schulhaus mit Glockenturm, daneben eine Schaukel und eine rote Schultüte. Davor ein Erwachsener mit einem Kind mit Schulranzen.',
    'a school building with a bell tower, next to it a swing and a red school cone. An adult and a child with a school bag in front.'),
  ill('guide-gesundheit', 'Gesundheit und Versicherung', sceneHealth,
    'Eine grüne Gesundheitskarte mit Chip, ein Stethoskop und ein rotes Herz mit weißem Kreuz vor bewaldeten Hügeln.',
    'a green health insurance card with a chip, a stethoscope and a red heart with a white cross in front of wooded hills.'),
  ill('post-praktikum', 'Praktikum', sceneInternship,
    'Eine junge Person mit gelbem Helm steht an einer Maschine mit Bildschirm und Zahnrad. Links ein Klemmbrett, darüber ein rotes Herz.',
    'a young person with a yellow helmet stands at a machine with a screen and a gearwheel. A clipboard on the left, a red heart above.'),
  ill('post-ferienjob', 'Ferienjob', sceneHolidayJob,
    'Ein Sommertag mit großer Sonne: ein Fahrrad mit Tasche, ein Verkaufsstand mit rot-weißer Markise und eine junge Person mit Rucksack auf einer grünen Wiese.',
    'a summer day with a big sun: a bicycle with a bag, a stall with a red-and-white awning and a young person with a backpack on a green meadow.'),
  ill('post-berufsorientierung', 'Berufsorientierung', sceneOrientation,
    'Ein Wegweiser mit vier bunten Pfeilen an einer Weggabelung. Die Wege führen zu einem Haus und einer Fabrik, davor eine junge Person mit Rucksack.',
    'a signpost with four colourful arrows at a fork. The paths lead to a house and a factory, a young person with a backpack in front.'),
  ill('post-bewerbung', 'Bewerbung', sceneApplication,
    'Ein Lebenslauf mit Foto-Platzhalter, ein Briefumschlag mit rotem Herz und ein Stift liegen auf einem Tisch.',
    'a CV with a photo placeholder, an envelope with a red heart and a pen lie on a table.'),
  ill('post-verguetung', 'Ausbildungsvergütung', sceneAllowance,
    'Ein Kalenderblatt und drei wachsende Stapel goldener Münzen, auf dem höchsten ein rotes Herz.',
    'a calendar sheet and three growing stacks of gold coins, a red heart on the highest one.'),
  ill('post-weiterbildung', 'Weiterbildung', sceneFurtherTraining,
    'Eine Person mit Rucksack steigt eine Treppe aus farbigen Stufen hinauf. Oben hängt eine goldene Medaille mit Schlägel und Eisen an einem roten Band.',
    'a person with a backpack climbs a staircase of coloured steps. At the top hangs a golden medal with a hammer and pick on a red ribbon.'),
  ill('post-branchen', 'Branchen im Erzgebirge', sceneBranches,
    'Sieben runde Symbole vor den Bergen: Zahnrad, Schlägel und Eisen, Herz mit Kreuz, Haus, Fichte, Lastwagen und Kuh.',
    'seven round symbols in front of the hills: gearwheel, hammer and pick, heart with a cross, house, spruce, truck and cow.'),
  ill('post-vertrag', 'Ausbildungsvertrag', sceneContract,
    'Ein Vertrag mit Unterschrift und rotem Herz, daneben ein Stift und ein Kalenderblatt.',
    'a contract with a signature and a red heart, next to it a pen and a calendar sheet.'),
  ill('event-studienmesse', 'Studienmesse MAKERZSTUDI', sceneStudyFair,
    'Drei Messestände mit Markisen, darüber ein Doktorhut, ein rotes Herz und ein Zahnrad. Davor junge Besucherinnen und Besucher mit Rucksäcken.',
    'three fair stands with awnings, above them a graduation cap, a red heart and a gearwheel. Young visitors with backpacks in front.'),
  ill('event-dialog', 'Welcome-Dialog', sceneDialog,
    'Vier Menschen sitzen an einem langen Tisch, über ihnen zwei Sprechblasen und ein rotes Herz. Dahinter bewaldete Bergrücken.',
    'four people sit at a long table with two speech bubbles and a red heart above them. Forested ridges behind.'),
]
