// Places every glyph of the laid-out letter on its page, with the variation of a real hand: per-glyph
// offset, rotation, scale and outline variant; a baseline that wobbles and bends; a slope per line; word
// spacing that varies; a left margin that drifts; ink that varies in weight. Pure and deterministic for a
// seed: every draw comes from a stream keyed by (seed, page, row, word, glyph), so editing one line does
// not reshuffle the others.
import { type Matrix, mul, rotate, scale, slant, translate } from './geometry.js'
import { baselineY, type Layout, type PageGeometry } from './layout.js'
import { clamp, hash32, Rng, smoothNoise } from './random.js'

/** A glyph of a shaped word, with its metrics in mm. */
export interface GlyphBox {
  face: number
  glyph: number
  chars: string
  /** Pen advance, mm. */
  advance: number
  /** Offset from the pen (kerning, marks), mm, y up. */
  dx: number
  dy: number
  /** mm per font unit of its face. */
  scale: number
  /** Font size of its face, mm (the em). */
  em: number
}

export type Shaper = (word: string) => GlyphBox[]

export interface PlacedGlyph {
  face: number
  glyph: number
  /** Which outline variant (0 = the font's own outline). */
  variant: number
  /** Font units (y up) → page mm (y down). */
  m: Matrix
  /** Ink weight in [0, 1]: how hard the pen pressed. */
  weight: number
  chars: string
  /** Index of its line in the layout. */
  line: number
}

export interface PlaceOptions {
  seed: number
  /** 0 = the font as is, 1 = natural, 2 = hurried. */
  variation: number
  /** How much glyph jitter the hand tolerates (joined scripts less). */
  jitter: number
  /** Extra slant of the hand, degrees. */
  slant: number
  /** Outline variants available per glyph (1 = only the font's own). */
  variants: number
  /** How far past the right margin a line may run, mm, before it is squeezed. */
  overshoot?: number
}

/** Salt per kind of draw, so streams never collide. */
enum K {
  Page = 1,
  Line = 2,
  Word = 3,
  Glyph = 4,
  Wobble = 5,
  Ink = 6,
  Drift = 7,
  Letter = 8,
}

/** The smallest difference in a glyph's linear part, relative to its size, that we call "drawn differently". */
export const DISTINCT = 1e-3

export function placeGlyphs(
  layout: Layout,
  g: PageGeometry,
  shape: Shaper,
  o: PlaceOptions,
): PlacedGlyph[][] {
  const v = clamp(o.variation, 0, 2)
  const j = v * o.jitter
  const hurried = Math.max(0, v - 1)
  const overshoot = o.overshoot ?? 2
  const letterRng = Rng.keyed(o.seed, K.Letter)
  // The writer's slant for this letter, and the way their lines tend to run.
  const letterSlant = o.slant + letterRng.normal() * 1.2 * v
  const pages: PlacedGlyph[][] = Array.from({ length: layout.pages }, () => [])
  /** Last linear part of each glyph on the page, to make sure no two successive ones are identical. */
  const last = new Map<string, { m: Matrix; variant: number }>()
  const drift = marginDrift(o.seed, layout, v)
  let inkX = 0
  let currentPage = -1

  for (const [lineIndex, line] of layout.lines.entries()) {
    if (line.page !== currentPage) {
      currentPage = line.page
      last.clear()
    }
    const pageRng = Rng.keyed(o.seed, K.Page, line.page)
    const pageSlope = pageRng.normal() * 0.22 * v
    const lr = Rng.keyed(o.seed, K.Line, line.page, line.row)
    // Lines wander, but never into their neighbours: every vertical deviation is bounded by the spacing.
    const spacing = g.lineSpacing
    let slope = pageSlope + lr.normal() * (0.35 + 0.25 * hurried) * v
    const bend = clamp(lr.normal() * 0.35 * v, -0.1 * spacing, 0.1 * spacing)
    const rowJitter = clamp(lr.normal() * 0.22 * v, -0.08 * spacing, 0.08 * spacing)
    const lineScale = 1 + lr.normal() * 0.02 * v
    const wobbleKey = hash32(o.seed, K.Wobble, line.page, line.row)
    const wobbleAmp = Math.min((0.22 + 0.1 * hurried) * v, 0.06 * spacing)
    const x0 = g.margin.left + line.x + (drift[line.page]?.[line.row] ?? 0)
    const y0 = baselineY(g, line.row) + rowJitter

    // First pass: pen positions along the line (line coordinates, mm), with varied spaces and letter gaps.
    type Pen = { box: GlyphBox; x: number; word: number; rng: Rng }
    const pens: Pen[] = []
    let pen = 0
    line.words.forEach((word, wi) => {
      const wr = Rng.keyed(o.seed, K.Word, line.page, line.row, wi)
      if (wi > 0) {
        const gap = line.words[wi]?.x ?? 0
        const prev = line.words[wi - 1]
        const space = prev ? gap - prev.x - prev.width : 0
        pen += space * clamp(1 + wr.normal() * (0.16 + 0.1 * hurried) * v, 0.72, 1.6)
      }
      const boxes = shape(word.text)
      boxes.forEach((box, gi) => {
        const gr = Rng.keyed(o.seed, K.Glyph, line.page, line.row, wi * 4096 + gi)
        pens.push({ box, x: pen, word: wi, rng: gr })
        pen += box.advance * (1 + gr.normal() * 0.018 * j) * lineScale
      })
    })
    // A line that runs too far into the right margin is squeezed, as a writer crowds the last word.
    const room = g.margin.left + g.usableWidth + overshoot - x0
    const squeeze = pen > room && pen > 0 ? room / pen : 1
    const length = Math.max(pen * squeeze, 1)
    const maxSlope = (Math.atan((0.15 * spacing) / length) * 180) / Math.PI
    slope = clamp(slope, -maxSlope, maxSlope)
    const lineM = mul(translate(x0, y0), rotate(slope))

    let wordWeight = 0
    let lastWord = -1
    for (const p of pens) {
      const { box, rng } = p
      if (p.word !== lastWord) {
        lastWord = p.word
        const wr = Rng.keyed(o.seed, K.Ink, line.page, line.row, p.word)
        inkX += 30
        wordWeight = clamp(
          0.5 + 0.45 * smoothNoise(hash32(o.seed, K.Ink), inkX, 260) + wr.normal() * 0.07,
          0,
          1,
        )
      }
      if (isBlank(box)) continue
      const x = p.x * squeeze
      const em = box.em
      const baseline = wobbleAmp * smoothNoise(wobbleKey, x, 38) + bend * (x / g.usableWidth) ** 2
      const kx = (1 + rng.normal() * 0.035 * j) * lineScale * (squeeze < 1 ? 0.5 + 0.5 * squeeze : 1)
      const ky = (1 + rng.normal() * 0.04 * j) * lineScale
      const theta = rng.normal() * 1.5 * j
      const jx = rng.normal() * 0.012 * em * j
      const jy = rng.normal() * 0.022 * em * j
      // Anchor: the middle of the glyph at about half the x-height, where a turn of the pen pivots.
      const ax = box.advance / 2
      const ay = 0.22 * em
      const anchorX = x + box.dx + ax + jx
      const anchorY = baseline - box.dy - ay + jy
      const s = box.scale
      let m = mul(
        lineM,
        mul(
          translate(anchorX, anchorY),
          mul(
            rotate(theta),
            mul(slant(letterSlant), mul(scale(s * kx, -s * ky), translate(-ax / s, -ay / s))),
          ),
        ),
      )
      let variant = 0
      const key = `${box.face}:${box.glyph}`
      const prev = last.get(key)
      if (o.variants > 1 && v > 0) {
        variant = rng.int(o.variants)
        if (prev && variant === prev.variant) variant = (variant + 1 + rng.int(o.variants - 1)) % o.variants
      }
      if (v > 0 && prev && sameLinear(prev.m, m)) {
        // Never the same stroke twice in a row: turn this one a hair more.
        m = mul(m, mul(translate(ax / s, ay / s), mul(rotate(0.25), translate(-ax / s, -ay / s))))
      }
      last.set(key, { m, variant })
      const weight = v > 0 ? clamp(wordWeight + rng.normal() * 0.06, 0, 1) : 0
      ;(pages[line.page] as PlacedGlyph[]).push({
        face: box.face,
        glyph: box.glyph,
        variant,
        m,
        weight,
        chars: box.chars,
        line: lineIndex,
      })
    }
  }
  return pages
}

function isBlank(box: GlyphBox): boolean {
  return box.chars.trim() === '' && box.glyph >= 0
}

export function sameLinear(a: Matrix, b: Matrix): boolean {
  const size = Math.max(Math.abs(a[0]), Math.abs(a[1]), Math.abs(a[2]), Math.abs(a[3]))
  const eps = DISTINCT * size
  return (
    Math.abs(a[0] - b[0]) < eps &&
    Math.abs(a[1] - b[1]) < eps &&
    Math.abs(a[2] - b[2]) < eps &&
    Math.abs(a[3] - b[3]) < eps
  )
}

/**
 * The left margin of each row, as an offset in mm: a slow random walk (a writer's margin wanders) with a
 * slight creep inward down the page, never left of the margin by more than 2 mm.
 */
function marginDrift(seed: number, layout: Layout, v: number): number[][] {
  const out: number[][] = []
  for (let page = 0; page < layout.pages; page++) {
    const r = Rng.keyed(seed, K.Drift, page)
    const trend = r.range(0.02, 0.1) * v
    const rows: number[] = []
    let d = r.normal() * 0.8 * v
    for (let row = 0; row < layout.linesPerPage; row++) {
      d = 0.8 * d + r.normal() * 0.55 * v + trend
      rows.push(clamp(d + trend * row * 0.4, -2, 6))
    }
    out.push(rows)
  }
  return out
}
