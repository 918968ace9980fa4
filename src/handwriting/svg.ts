// One page as SVG: the paper, then every glyph as a `<use>` of its outline in `<defs>` (an inline path
// per glyph would weigh ~2 MB a page), coloured by ink weight through a few CSS classes. Pure.
import { baselineY, type PageGeometry } from './layout.js'
import type { PlacedGlyph } from './place.js'

export const PAPER_STYLES = ['plain', 'lined', 'cream'] as const
export type PaperStyle = (typeof PAPER_STYLES)[number]

export const INKS = ['blue', 'black', 'violet'] as const
export type Ink = (typeof INKS)[number]

/** Ink colours: a ballpoint blue, an off-black, a dark violet. */
export const INK_COLORS: Record<Ink, string> = { blue: '#1c3a8c', black: '#1f1e24', violet: '#3a1d5c' }

export const PAPER_COLORS: Record<PaperStyle, string> = {
  plain: '#fffffd',
  lined: '#fefefb',
  cream: '#f7f0df',
}
export const RULE_COLOR = '#a9c0de'
export const MARGIN_RULE_COLOR = '#e3a3a6'

/** Ink weight levels: lighter and thinner (0) to darker and heavier (last). */
export const WEIGHT_LEVELS = 6

export interface Look {
  style: PaperStyle
  ink: Ink
  /** 0 = the font as is (no added stroke), up to 2. */
  variation: number
}

export interface OutlineSource {
  /** `id` for `<use>`, and the path data (font units, y up). */
  pathId(face: number, glyph: number, variant: number): string
  pathData(face: number, glyph: number, variant: number): string
}

/** Stroke added around a glyph's fill, in font units (per 1000 em), for a weight level. */
export function strokeUnits(level: number, variation: number): number {
  if (variation <= 0) return 0
  const v = Math.min(variation, 1.5)
  return (3 + (8 * level) / (WEIGHT_LEVELS - 1)) * (0.5 + v / 2)
}

/** Ink colour of a weight level: light pressure leaves a slightly paler line. */
export function inkShade(ink: Ink, paper: string, level: number, variation: number): string {
  if (variation <= 0) return INK_COLORS[ink]
  const pale = 0.16 * (1 - level / (WEIGHT_LEVELS - 1))
  return mix(INK_COLORS[ink], paper, pale)
}

export function weightLevel(weight: number): number {
  return Math.max(0, Math.min(WEIGHT_LEVELS - 1, Math.round(weight * (WEIGHT_LEVELS - 1))))
}

const f6 = (x: number) => Math.round(x * 1e6) / 1e6
const f3 = (x: number) => Math.round(x * 1e3) / 1e3

export function pageSvg(glyphs: PlacedGlyph[], g: PageGeometry, look: Look, src: OutlineSource): string {
  const W = g.widthMm
  const H = g.heightMm
  const paper = PAPER_COLORS[look.style]
  const defs: string[] = []
  const seen = new Set<string>()
  const uses: string[] = []
  for (const p of glyphs) {
    const id = src.pathId(p.face, p.glyph, p.variant)
    if (!seen.has(id)) {
      seen.add(id)
      defs.push(`<path id="${id}" d="${src.pathData(p.face, p.glyph, p.variant)}"/>`)
    }
    const m = p.m
    uses.push(
      `<use href="#${id}" class="i${weightLevel(p.weight)}" transform="matrix(${f6(m[0])} ${f6(m[1])} ${f6(m[2])} ${f6(m[3])} ${f3(m[4])} ${f3(m[5])})"/>`,
    )
  }
  let css = ''
  for (let l = 0; l < WEIGHT_LEVELS; l++) {
    const c = inkShade(look.ink, paper, l, look.variation)
    const sw = strokeUnits(l, look.variation)
    css += sw > 0 ? `.i${l}{fill:${c};stroke:${c};stroke-width:${f3(sw)}}` : `.i${l}{fill:${c}}`
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}mm" height="${H}mm" viewBox="0 0 ${W} ${H}">` +
    `<style>use{stroke-linejoin:round}${css}</style>` +
    `<defs>${paperDefs(look.style)}${defs.join('')}</defs>` +
    paperSvg(g, look.style) +
    `<g>${uses.join('')}</g></svg>`
  )
}

function paperDefs(style: PaperStyle): string {
  if (style !== 'cream') return ''
  return (
    '<radialGradient id="paper-light" cx="0.45" cy="0.4" r="0.8">' +
    '<stop offset="0" stop-color="#fffaf0" stop-opacity="0.55"/>' +
    '<stop offset="1" stop-color="#e9dcc0" stop-opacity="0.5"/></radialGradient>'
  )
}

/** The sheet: its colour and, for `lined`, blue rules at each writing line and a red margin rule. */
export function paperSvg(g: PageGeometry, style: PaperStyle): string {
  const W = g.widthMm
  const H = g.heightMm
  let s = `<rect width="${W}" height="${H}" fill="${PAPER_COLORS[style]}"/>`
  if (style === 'cream') s += `<rect width="${W}" height="${H}" fill="url(#paper-light)"/>`
  if (style === 'lined') {
    let d = ''
    for (const y of rulePositions(g)) d += `M0 ${f3(y)}H${W}`
    s += `<path d="${d}" stroke="${RULE_COLOR}" stroke-width="0.22" fill="none"/>`
    const mx = f3(g.margin.left - 6)
    s += `<path d="M${mx} 0V${H}" stroke="${MARGIN_RULE_COLOR}" stroke-width="0.3" fill="none"/>`
  }
  return s
}

/** Where lined paper has its rules: every writing line's baseline, and on down the sheet. */
export function rulePositions(g: PageGeometry): number[] {
  const ys: number[] = []
  for (let row = 0; ; row++) {
    const y = baselineY(g, row)
    if (y > g.heightMm - 6) break
    ys.push(y)
  }
  return ys
}

/** Mixes two #rrggbb colours: t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16)
  const pb = parseInt(b.slice(1), 16)
  let out = '#'
  for (const shift of [16, 8, 0]) {
    const ca = (pa >> shift) & 255
    const cb = (pb >> shift) & 255
    out += Math.round(ca + (cb - ca) * t)
      .toString(16)
      .padStart(2, '0')
  }
  return out
}
