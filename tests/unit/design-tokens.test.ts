/**
 * The colour tokens keep their contrast promises in both schemes: every text/background pair the
 * shell uses is computed from src/styles/tokens.css (WCAG 2.x relative luminance).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = fs.readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = declarations(css.slice(0, darkStart));
const dark = { ...light, ...declarations(css.slice(darkStart)) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const AAA = 7;
const AA = 4.5;
const UI = 3;
/** [foreground, background, minimum ratio] */
const pairs: [string, string, number][] = [
  ['ink', 'paper', AAA],
  ['ink', 'surface', AAA],
  ['ink', 'surface-alt', AAA],
  ['forest', 'paper', AAA],
  ['forest', 'surface', AAA],
  ['forest', 'surface-alt', AAA],
  ['link', 'paper', AAA],
  ['link', 'surface', AAA],
  ['link-hover', 'paper', AAA],
  ['link', 'surface-alt', AA],
  ['heart', 'paper', AA],
  ['heart', 'surface', AA],
  ['heart', 'surface-alt', AA],
  ['heart-strong', 'paper', AA],
  ['muted', 'paper', AA],
  ['muted', 'surface', AA],
  ['muted', 'surface-alt', AA],
  ['slate', 'paper', AA],
  ['slate', 'surface', AA],
  ['on-accent', 'heart', AA],
  ['on-accent', 'heart-strong', AA],
  ['on-accent', 'forest', AA],
  ['placeholder-ink', 'placeholder-bg', AA],
  ['band-ink', 'band', AAA],
  ['band-link', 'band', AAA],
  ['band-focus', 'band', UI],
  ['focus', 'paper', UI],
  ['focus', 'surface', UI],
  ['focus', 'surface-alt', UI],
  ['line-strong', 'surface', UI],
  ['line-strong', 'paper', UI],
  ['heart-mark', 'paper', UI],
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s colour scheme', (_scheme, colours) => {
  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    const a = colours[`--color-${fg}`];
    const b = colours[`--color-${bg}`];
    expect(a, `--color-${fg}`).toMatch(/^#[0-9a-f]{6}$/);
    expect(b, `--color-${bg}`).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(a, b)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
