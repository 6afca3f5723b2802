/**
 * The site's illustrations: generated SVG scenes in the regional visual language (low mountain
 * ridges, fir forest, snow, Schwibbogen arcs, the heart of "hERZ", crossed hammer and pick),
 * rasterised with sharp. No text is drawn (no fonts involved), every random choice comes from a
 * seeded generator: the same definition always gives the same bytes.
 *
 * CLI: npx tsx scripts/content/illustrations.ts [outDir]   writes SVG + raster previews (default /tmp/herzland-illustrations)
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import {
  between,
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
  palette,
  person,
  r1,
  schwibbogen,
  W,
  type SceneOpts,
} from './svg-kit.ts'
import {moreIllustrations} from './illustrations-more.ts'

export {palette, heart, hammerAndPick, schwibbogen, person}

// ---------------------------------------------------------------------------------------------
// the illustrations

export interface Illustration {
  id: string
  width: number
  height: number
  format: 'webp' | 'png'
  alt: {de: string; en: string}
  /** short note for the asset metadata (title) */
  title: string
  svg: () => string
}


function sceneReturn(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'story-rueckkehr', snow: true, horizon: 0.58}
  const {svg, near, rng} = landscape(o)
  let b = svg
  // village in the valley
  const vx = W * 0.6
  for (let i = 0; i < 6; i++) {
    const x = vx + i * 62 - 40
    b += house(x, near.y(x) + 40, 50, 42 + (i % 3) * 8, i % 2 ? palette.paper : palette.paper2, true)
  }
  b += `<path d="M${W * 0.62},${near.y(W * 0.62) - 10} L${W * 0.62},${near.y(W * 0.62) - 150} L${W * 0.62 + 24},${near.y(W * 0.62) - 110} L${W * 0.62 + 24},${near.y(W * 0.62) + 30} Z" fill="${palette.slate}"/>`
  b += heart(W * 0.69, H * 0.3, 150)
  b += forestAlong(rng, near, W, 26, [70, 120], palette.forest, true, [W * 0.52, W * 0.95])
  b += ground(o, H * 0.8)
  // path leading to the village
  b += `<path d="M${W * 0.12},${H} C${W * 0.3},${H * 0.86} ${W * 0.45},${H * 0.84} ${W * 0.6},${near.y(W * 0.6) + 48} L${W * 0.64},${near.y(W * 0.64) + 48} C${W * 0.52},${H * 0.88} ${W * 0.4},${H * 0.93} ${W * 0.34},${H} Z" fill="${palette.sand}"/>`
  b += person(W * 0.3, H * 0.93, 2.2, {suitcase: true})
  return frame(o, b)
}

function sceneInternational(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'story-international', snow: true, horizon: 0.55}
  const {svg, near, rng} = landscape(o)
  let b = svg
  b += forestAlong(rng, near, W, 28, [70, 120], palette.forest, true, [W * 0.35, W * 0.95])
  b += ground(o, H * 0.78)
  // care home / clinic with heart sign
  const x = W * 0.45
  const gy = H * 0.84
  b += `<rect x="${x}" y="${gy - 300}" width="520" height="300" fill="${palette.paper}"/>`
  b += `<path d="M${x - 30},${gy - 300} L${x + 260},${gy - 430} L${x + 550},${gy - 300} Z" fill="${palette.slate}"/>`
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 2; j++) {
      if (i === 1 && j === 1) continue
      b += `<rect x="${x + 40 + i * 120}" y="${gy - 260 + j * 120}" width="70" height="80" rx="6" fill="${palette.sageLight}"/>`
    }
  }
  b += `<rect x="${x + 150}" y="${gy - 130}" width="90" height="130" fill="${palette.slate2}"/>`
  b += `<circle cx="${x + 260}" cy="${gy - 345}" r="46" fill="${palette.paper}"/>`
  b += heart(x + 260, gy - 340, 80)
  b += person(W * 0.24, H * 0.93, 2.3, {backpack: true, accent: palette.red})
  return frame(o, b)
}

function sceneVisa(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'guide-visum', horizon: 0.5}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 40, [60, 100], palette.forest, false)
  b += `<rect x="0" y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="${palette.sand}"/>`
  // form
  b += `<g transform="rotate(-4 ${W * 0.58} ${H * 0.7})"><rect x="${W * 0.45}" y="${H * 0.5}" width="420" height="440" rx="10" fill="${palette.paper}"/>`
  for (let i = 0; i < 7; i++) {
    b += `<rect x="${W * 0.45 + 40}" y="${H * 0.5 + 50 + i * 44}" width="${i % 3 === 2 ? 200 : 330}" height="14" rx="7" fill="${palette.mist}"/>`
  }
  b += `<circle cx="${W * 0.45 + 330}" cy="${H * 0.5 + 370}" r="52" fill="none" stroke="${palette.red}" stroke-width="8"/>`
  b += heart(W * 0.45 + 330, H * 0.5 + 375, 62)
  b += `</g>`
  // passport
  b += `<g transform="rotate(8 ${W * 0.3} ${H * 0.75})"><rect x="${W * 0.22}" y="${H * 0.56}" width="260" height="360" rx="16" fill="${palette.slate}"/>`
  b += `<circle cx="${W * 0.22 + 130}" cy="${H * 0.56 + 140}" r="56" fill="none" stroke="${palette.gold}" stroke-width="6"/>`
  b += `<rect x="${W * 0.22 + 70}" y="${H * 0.56 + 250}" width="120" height="12" rx="6" fill="${palette.gold}"/></g>`
  return frame(o, b)
}

function sceneReturnGuide(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'guide-rueckkehr', snow: true, horizon: 0.6}
  const {svg, near, rng} = landscape(o)
  let b = svg
  b += forestAlong(rng, near, W, 30, [70, 130], palette.forest, true, [W * 0.38, W * 0.62])
  b += ground(o, H * 0.82)
  b += `<path d="M${W * 0.35},${H} C${W * 0.45},${H * 0.9} ${W * 0.48},${H * 0.8} ${W * 0.5},${near.y(W * 0.5) + 20} L${W * 0.52},${near.y(W * 0.52) + 20} C${W * 0.54},${H * 0.8} ${W * 0.6},${H * 0.9} ${W * 0.72},${H} Z" fill="${palette.sand}"/>`
  // signpost without text
  const sx = W * 0.78
  b += `<rect x="${sx}" y="${H * 0.55}" width="18" height="${H * 0.4}" fill="${palette.wood}"/>`
  b += `<path d="M${sx - 150},${H * 0.58} h170 l40,30 l-40,30 h-170 Z" fill="${palette.red}"/>`
  b += `<path d="M${sx + 190},${H * 0.7} h-170 l-40,30 l40,30 h170 Z" fill="${palette.slate}"/>`
  b += heart(W * 0.51, near.y(W * 0.51) - 120, 120)
  b += house(W * 0.47, near.y(W * 0.47) + 30, 46, 40, palette.paper, true)
  b += house(W * 0.53, near.y(W * 0.53) + 30, 46, 48, palette.paper2, true)
  return frame(o, b)
}

function sceneApprenticeship(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'post-ausbildung', horizon: 0.55}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 36, [60, 110], palette.forest, false)
  b += `<rect x="0" y="${H * 0.68}" width="${W}" height="${H * 0.32}" fill="${palette.sand}"/>`
  b += `<rect x="${W * 0.12}" y="${H * 0.68}" width="${W * 0.76}" height="26" fill="${palette.wood}"/>`
  b += hammerAndPick(W * 0.34, H * 0.5, 330, palette.slate)
  b += gear(W * 0.62, H * 0.52, 120, palette.slate2)
  b += gear(W * 0.74, H * 0.6, 62, palette.red)
  // wrench
  b += `<g transform="rotate(-30 ${W * 0.5} ${H * 0.86})"><rect x="${W * 0.42}" y="${H * 0.85}" width="240" height="26" rx="13" fill="${palette.slate}"/><circle cx="${W * 0.42}" cy="${H * 0.85 + 13}" r="34" fill="${palette.slate}"/><circle cx="${W * 0.42 - 12}" cy="${H * 0.85 + 13}" r="18" fill="${palette.sand}"/></g>`
  return frame(o, b)
}

function sceneDualStudy(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'post-duales-studium', horizon: 0.55}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 36, [60, 110], palette.forest, false)
  b += `<rect x="0" y="${H * 0.7}" width="${W}" height="${H * 0.3}" fill="${palette.sand}"/>`
  // stack of books
  const bx = W * 0.3
  const by = H * 0.8
  b += `<rect x="${bx}" y="${by - 60}" width="420" height="60" rx="8" fill="${palette.slate}"/>`
  b += `<rect x="${bx + 20}" y="${by - 120}" width="380" height="60" rx="8" fill="${palette.red}"/>`
  b += `<rect x="${bx + 10}" y="${by - 175}" width="400" height="55" rx="8" fill="${palette.sage}"/>`
  // mortarboard
  b += `<path d="M${bx + 210},${by - 330} L${bx + 420},${by - 270} L${bx + 210},${by - 210} L${bx},${by - 270} Z" fill="${palette.slate}"/>`
  b += `<path d="M${bx + 90},${by - 240} L${bx + 90},${by - 190} Q${bx + 210},${by - 150} ${bx + 330},${by - 190} L${bx + 330},${by - 240} L${bx + 210},${by - 210} Z" fill="${palette.slate2}"/>`
  b += `<path d="M${bx + 210},${by - 270} L${bx + 400},${by - 250} L${bx + 400},${by - 180}" stroke="${palette.gold}" stroke-width="6" fill="none"/>`
  b += `<circle cx="${bx + 400}" cy="${by - 172}" r="12" fill="${palette.gold}"/>`
  b += gear(W * 0.72, H * 0.56, 130, palette.slate2)
  b += heart(W * 0.72, H * 0.565, 70)
  return frame(o, b)
}

function sceneFair(seed: string): string {
  const o: SceneOpts = {w: W, h: H, seed, horizon: 0.5}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 36, [60, 100], palette.forest, false)
  b += `<rect x="0" y="${H * 0.6}" width="${W}" height="${H * 0.4}" fill="${palette.paper2}"/>`
  b += booth(W * 0.06, H * 0.8, 400, 300, palette.red)
  b += booth(W * 0.37, H * 0.8, 400, 300, palette.sage)
  b += booth(W * 0.68, H * 0.8, 400, 300, palette.red)
  b += heart(W * 0.5, H * 0.3, 130)
  b += person(W * 0.2, H * 0.97, 1.6, {backpack: true})
  b += person(W * 0.27, H * 0.96, 1.5, {color: palette.slate2})
  b += person(W * 0.52, H * 0.97, 1.6, {color: palette.slate})
  b += person(W * 0.79, H * 0.97, 1.55, {backpack: true, color: palette.slate2, accent: palette.sage})
  return frame(o, b)
}

function sceneWinterFair(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'event-jobmesse-winter', night: true, snow: true, horizon: 0.56}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 32, [60, 110], '#1A332D', true)
  b += ground(o, H * 0.72)
  b += `<circle cx="${W * 0.5}" cy="${H * 0.55}" r="${H * 0.55}" fill="url(#warmGlow)"/>`
  b += schwibbogen(W * 0.5, H * 0.62, 340, {color: palette.gold, glow: true, candles: 9})
  b += booth(W * 0.08, H * 0.95, 360, 250, palette.red)
  b += booth(W * 0.7, H * 0.95, 360, 250, palette.red)
  b += person(W * 0.42, H * 0.99, 1.5, {color: palette.slate, suitcase: true})
  b += person(W * 0.56, H * 0.99, 1.5, {color: palette.slate2})
  return frame(o, b)
}

function sceneConference(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'event-tagung', horizon: 0.45}
  let b = `<rect width="${W}" height="${H}" fill="${palette.paper}"/>`
  // wide window onto the mountains
  const inner = landscape({...o})
  b += `<svg x="${W * 0.1}" y="${H * 0.06}" width="${W * 0.8}" height="${H * 0.5}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${inner.svg}${forestAlong(inner.rng, inner.near, W, 40, [80, 140], palette.forest, false)}</svg>`
  b += `<rect x="${W * 0.1}" y="${H * 0.06}" width="${W * 0.8}" height="${H * 0.5}" fill="none" stroke="${palette.slate}" stroke-width="16"/>`
  b += `<rect x="${W * 0.5 - 8}" y="${H * 0.06}" width="16" height="${H * 0.5}" fill="${palette.slate}"/>`
  b += `<rect x="0" y="${H * 0.6}" width="${W}" height="${H * 0.4}" fill="${palette.paper2}"/>`
  // speaker behind a lectern with a heart
  b += person(W * 0.5, H * 0.84, 2.4, {color: palette.slate2})
  b += `<path d="M${W * 0.43},${H * 0.64} L${W * 0.57},${H * 0.64} L${W * 0.55},${H * 0.86} L${W * 0.45},${H * 0.86} Z" fill="${palette.slate}"/>`
  b += heart(W * 0.5, H * 0.73, 90)
  // audience rows
  for (let row = 0; row < 2; row++) {
    for (let i = 0; i < 9; i++) {
      const x = W * 0.1 + i * W * 0.1 + (row ? W * 0.05 : 0)
      const y = H * (0.92 + row * 0.08)
      const c = (i + row) % 4 === 0 ? palette.red : row ? palette.slate : palette.slate2
      b += `<circle cx="${x}" cy="${y - 70}" r="24" fill="${c}"/><path d="M${x - 46},${y + 20} Q${x - 46},${y - 40} ${x},${y - 42} Q${x + 46},${y - 40} ${x + 46},${y + 20} Z" fill="${c}"/>`
    }
  }
  return frame(o, b)
}

function sceneNetwork(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'event-csr-netz', horizon: 0.55}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 30, [60, 110], palette.forest, false, [W * 0.05, W * 0.35])
  b += `<rect x="0" y="${H * 0.72}" width="${W}" height="${H * 0.28}" fill="${palette.paper2}"/>`
  b += factory(W * 0.06, H * 0.72, 440, 200, false, false)
  // circle of people connected around a heart
  const cx = W * 0.66
  const cy = H * 0.42
  const R = 230
  const n = 7
  const pts = Array.from({length: n}, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * 2 * i) / n
    return [cx + Math.cos(a) * R, cy + Math.sin(a) * R] as const
  })
  for (let i = 0; i < n; i++) {
    const [x1, y1] = pts[i]!
    const [x2, y2] = pts[(i + 2) % n]!
    b += `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${palette.sage}" stroke-width="5"/>`
    b += `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(cx)}" y2="${r1(cy)}" stroke="${palette.sageLight}" stroke-width="4"/>`
  }
  pts.forEach(([x, y], i) => {
    const c = i % 3 === 0 ? palette.red : palette.slate
    b += `<circle cx="${r1(x)}" cy="${r1(y - 22)}" r="26" fill="${c}"/><path d="M${r1(x - 42)},${r1(y + 46)} Q${r1(x - 42)},${r1(y + 2)} ${r1(x)},${r1(y)} Q${r1(x + 42)},${r1(y + 2)} ${r1(x + 42)},${r1(y + 46)} Z" fill="${c}"/>`
  })
  b += `<circle cx="${cx}" cy="${cy}" r="78" fill="${palette.paper}"/>`
  b += heart(cx, cy + 6, 120)
  return frame(o, b)
}

function sceneHutzn(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'event-hutzn', night: true, snow: true, horizon: 0.6}
  let b = `<rect width="${W}" height="${H}" fill="${palette.paper2}"/>`
  // window onto the winter night
  const inner = landscape(o)
  b += `<svg x="${W * 0.2}" y="${H * 0.06}" width="${W * 0.6}" height="${H * 0.46}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${inner.svg}${forestAlong(inner.rng, inner.near, W, 30, [90, 150], '#1A332D', true)}${ground(o, H * 0.8)}</svg>`
  b += `<rect x="${W * 0.2}" y="${H * 0.06}" width="${W * 0.6}" height="${H * 0.46}" fill="none" stroke="${palette.wood}" stroke-width="18"/>`
  b += `<rect x="${W * 0.5 - 9}" y="${H * 0.06}" width="18" height="${H * 0.46}" fill="${palette.wood}"/>`
  // windowsill with Schwibbogen
  b += `<rect x="${W * 0.17}" y="${H * 0.52}" width="${W * 0.66}" height="22" fill="${palette.wood}"/>`
  b += `<circle cx="${W * 0.5}" cy="${H * 0.44}" r="260" fill="url(#warmGlow)"/>`
  b += schwibbogen(W * 0.5, H * 0.515, 190, {color: palette.slate, glow: true, candles: 7})
  // table with candles and people around
  b += `<rect x="${W * 0.22}" y="${H * 0.74}" width="${W * 0.56}" height="30" rx="8" fill="${palette.wood}"/>`
  b += `<rect x="${W * 0.26}" y="${H * 0.77}" width="24" height="${H * 0.23}" fill="${palette.wood}"/><rect x="${W * 0.72}" y="${H * 0.77}" width="24" height="${H * 0.23}" fill="${palette.wood}"/>`
  for (const x of [W * 0.42, W * 0.5, W * 0.58]) {
    b += `<circle cx="${x}" cy="${H * 0.665}" r="40" fill="url(#candleGlow)"/><rect x="${x - 9}" y="${H * 0.68}" width="18" height="${H * 0.06}" rx="4" fill="${palette.paper}"/><ellipse cx="${x}" cy="${H * 0.67}" rx="6" ry="11" fill="${palette.flame}"/>`
  }
  b += heart(W * 0.34, H * 0.715, 50)
  b += `<circle cx="${W * 0.3}" cy="${H * 0.66}" r="30" fill="${palette.slate2}"/><path d="M${W * 0.3 - 52},${H * 0.74} Q${W * 0.3 - 52},${H * 0.69} ${W * 0.3},${H * 0.69} Q${W * 0.3 + 52},${H * 0.69} ${W * 0.3 + 52},${H * 0.74} Z" fill="${palette.slate2}"/>`
  b += `<circle cx="${W * 0.68}" cy="${H * 0.66}" r="30" fill="${palette.red}"/><path d="M${W * 0.68 - 52},${H * 0.74} Q${W * 0.68 - 52},${H * 0.69} ${W * 0.68},${H * 0.69} Q${W * 0.68 + 52},${H * 0.69} ${W * 0.68 + 52},${H * 0.74} Z" fill="${palette.red}"/>`
  return frame(o, b)
}

function sceneOpenCompanies(): string {
  const o: SceneOpts = {w: W, h: H, seed: 'event-offene-unternehmen', horizon: 0.5}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, W, 36, [60, 110], palette.forest, false, [W * 0.3, W * 0.85])
  b += `<rect x="0" y="${H * 0.8}" width="${W}" height="${H * 0.2}" fill="${palette.paper2}"/>`
  b += factory(W * 0.3, H * 0.8, 780, 330, true, true)
  b += `<path d="M${W * 0.3 + 780 * 0.41},${H * 0.8} L${W * 0.3 + 780 * 0.59},${H * 0.8} L${W * 0.62},${H} L${W * 0.42},${H} Z" fill="${palette.sand}"/>`
  b += person(W * 0.45, H * 0.98, 1.6, {backpack: true})
  b += person(W * 0.52, H * 0.95, 1.4, {color: palette.slate2})
  b += person(W * 0.58, H * 0.99, 1.6, {color: palette.slate, backpack: true, accent: palette.sage})
  b += heart(W * 0.3 + 780 * 0.5, H * 0.8 - 330 - 130, 110)
  return frame(o, b)
}

function sceneOg(): string {
  const o: SceneOpts = {w: 1200, h: 630, seed: 'og-default', snow: true, horizon: 0.62}
  const {svg, near, rng} = landscape(o)
  let b = svg + forestAlong(rng, near, 1200, 30, [40, 80], palette.forest, true, [420, 780])
  b += ground(o, 560)
  b += schwibbogen(600, 520, 230, {color: palette.slate, candles: 7})
  b += heart(600, 215, 110)
  return frame(o, b)
}

export const illustrations: Illustration[] = [
  {
    id: 'story-rueckkehr',
    width: W,
    height: H,
    format: 'webp',
    title: 'Rückkehr ins Erzgebirge',
    alt: {
      de: 'Illustration: Eine Person mit rotem Koffer geht auf einem Weg zu einem kleinen Ort im verschneiten Tal. Dahinter liegen bewaldete Bergrücken, über den Häusern schwebt ein rotes Herz.',
      en: 'Illustration: a person with a red suitcase walks along a path towards a small town in a snowy valley. Forested ridges rise behind it, and a red heart floats above the houses.',
    },
    svg: sceneReturn,
  },
  {
    id: 'story-international',
    width: W,
    height: H,
    format: 'webp',
    title: 'Ankommen im Erzgebirge',
    alt: {
      de: 'Illustration: Eine Person mit Rucksack steht vor einem hellen Haus mit einem Herz-Schild am Giebel. Im Hintergrund verschneite Bergrücken und Fichten.',
      en: 'Illustration: a person with a backpack stands in front of a bright building with a heart sign on its gable. Snowy ridges and spruce trees in the background.',
    },
    svg: sceneInternational,
  },
  {
    id: 'guide-visum',
    width: W,
    height: H,
    format: 'webp',
    title: 'Aufenthalt und Visum',
    alt: {
      de: 'Illustration: Ein dunkler Reisepass und ein ausgefülltes Formular mit rotem Herzstempel liegen auf einem Tisch, dahinter bewaldete Bergrücken.',
      en: 'Illustration: a dark passport and a filled-in form with a red heart stamp lie on a table, with forested ridges behind them.',
    },
    svg: sceneVisa,
  },
  {
    id: 'guide-rueckkehr',
    width: W,
    height: H,
    format: 'webp',
    title: 'Rückkehr ins Erzgebirge',
    alt: {
      de: 'Illustration: Ein Weg führt durch den Schnee zu zwei Häusern mit erleuchteten Fenstern zwischen Fichten. Am Wegrand steht ein Wegweiser, über den Häusern ein rotes Herz.',
      en: 'Illustration: a path leads through the snow to two houses with lit windows among spruce trees. A signpost stands by the path, and a red heart hangs above the houses.',
    },
    svg: sceneReturnGuide,
  },
  {
    id: 'post-ausbildung',
    width: W,
    height: H,
    format: 'webp',
    title: 'Ausbildung',
    alt: {
      de: 'Illustration: Gekreuzte Schlägel und Eisen, das Zeichen des Bergbaus, dazu zwei Zahnräder und davor ein Schraubenschlüssel, dahinter eine Werkbank vor bewaldeten Bergen.',
      en: 'Illustration: a crossed hammer and pick, the sign of mining, with two gearwheels, a workbench and a spanner in front of forested hills.',
    },
    svg: sceneApprenticeship,
  },
  {
    id: 'post-duales-studium',
    width: W,
    height: H,
    format: 'webp',
    title: 'Duales Studium',
    alt: {
      de: 'Illustration: Ein Stapel Bücher mit Doktorhut, daneben ein Zahnrad mit rotem Herz in der Mitte, im Hintergrund bewaldete Bergrücken.',
      en: 'Illustration: a stack of books with a graduation cap, next to it a gearwheel with a red heart in its centre, forested ridges in the background.',
    },
    svg: sceneDualStudy,
  },
  {
    id: 'event-messe',
    width: W,
    height: H,
    format: 'webp',
    title: 'Messe',
    alt: {
      de: 'Illustration: Drei Messestände mit rot-weißen und grünen Markisen, davor Besucherinnen und Besucher mit Rucksäcken. Über den Ständen ein rotes Herz vor bewaldeten Bergen.',
      en: 'Illustration: three fair stands with red-and-white and green awnings, visitors with backpacks in front of them. A red heart above the stands, forested hills behind.',
    },
    svg: () => sceneFair('event-messe'),
  },
  {
    id: 'event-jobmesse-winter',
    width: W,
    height: H,
    format: 'webp',
    title: 'Karriere + Jobmesse Erzgebirge',
    alt: {
      de: 'Illustration: Ein leuchtender Schwibbogen mit Kerzen steht in einer verschneiten Winternacht zwischen zwei Messeständen. Davor zwei Personen, eine mit Koffer.',
      en: 'Illustration: a glowing Schwibbogen candle arch stands between two fair stands on a snowy winter night. Two people in front of it, one carrying a suitcase.',
    },
    svg: sceneWinterFair,
  },
  {
    id: 'event-tagung',
    width: W,
    height: H,
    format: 'webp',
    title: 'Fachkräftetagung',
    alt: {
      de: 'Illustration: Ein Saal mit großem Fenster zu den Bergen. Vorn spricht eine Person an einem Rednerpult mit rotem Herz, davor zwei Reihen Publikum.',
      en: 'Illustration: a hall with a large window facing the hills. At the front a person speaks at a lectern with a red heart, two rows of audience in front of it.',
    },
    svg: sceneConference,
  },
  {
    id: 'event-netzwerk',
    width: W,
    height: H,
    format: 'webp',
    title: 'Netzwerk',
    alt: {
      de: 'Illustration: Sieben Personen im Kreis sind durch Linien miteinander und mit einem roten Herz in der Mitte verbunden. Links eine Fabrikhalle, dahinter Bergrücken.',
      en: 'Illustration: seven people in a circle are linked by lines to each other and to a red heart in the middle. A factory hall on the left, ridges behind.',
    },
    svg: sceneNetwork,
  },
  {
    id: 'event-hutzn',
    width: W,
    height: H,
    format: 'webp',
    title: 'Welcome-Hutzn',
    alt: {
      de: 'Illustration: Eine gemütliche Stube am Abend. Auf dem Fensterbrett leuchtet ein Schwibbogen vor der verschneiten Berglandschaft, am Tisch mit drei Kerzen sitzen zwei Menschen beisammen.',
      en: 'Illustration: a cosy room in the evening. A Schwibbogen candle arch glows on the windowsill in front of the snowy hills, and two people sit together at a table with three candles.',
    },
    svg: sceneHutzn,
  },
  {
    id: 'event-offene-unternehmen',
    width: W,
    height: H,
    format: 'webp',
    title: 'Woche der offenen Unternehmen',
    alt: {
      de: 'Illustration: Eine Fabrikhalle mit Sheddach und offenem, hell erleuchtetem Tor. Drei junge Menschen gehen auf das Tor zu, darüber ein rotes Herz.',
      en: 'Illustration: a factory hall with a sawtooth roof and an open, brightly lit gate. Three young people walk towards the gate, a red heart above it.',
    },
    svg: sceneOpenCompanies,
  },
  ...moreIllustrations,
  {
    id: 'og-default',
    width: 1200,
    height: 630,
    format: 'png',
    title: 'hERZland – Vorschaubild',
    alt: {
      de: 'Illustration: Ein Schwibbogen mit Kerzen, Fichten und gekreuzten Schlägel und Eisen vor verschneiten Bergrücken, darüber ein rotes Herz.',
      en: 'Illustration: a Schwibbogen candle arch with spruce trees and a crossed hammer and pick in front of snowy ridges, with a red heart above.',
    },
    svg: sceneOg,
  },
]

export function illustrationById(id: string): Illustration {
  const found = illustrations.find((i) => i.id === id)
  if (!found) throw new Error(`Unknown illustration: ${id}`)
  return found
}

/** Rasterises an illustration (max 1600 px wide). Same definition, same bytes. */
export async function renderIllustration(ill: Illustration): Promise<Buffer> {
  if (ill.width > 1600) throw new Error(`${ill.id}: wider than 1600 px`)
  const image = sharp(Buffer.from(ill.svg()), {density: 72}).resize(ill.width, ill.height)
  return ill.format === 'png'
    ? image.png({compressionLevel: 9, palette: true, quality: 90, effort: 10}).toBuffer()
    : image.webp({quality: 82, effort: 6, smartSubsample: true}).toBuffer()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? '/tmp/herzland-illustrations'
  await mkdir(out, {recursive: true})
  for (const ill of illustrations) {
    const bytes = await renderIllustration(ill)
    await writeFile(path.join(out, `${ill.id}.svg`), ill.svg())
    await writeFile(path.join(out, `${ill.id}.${ill.format}`), bytes)
    console.log(`${ill.id}.${ill.format}  ${ill.width}x${ill.height}  ${(bytes.length / 1024).toFixed(0)} kB`)
  }
}
