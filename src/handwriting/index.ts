// The handwriting renderer's public API. The letter is laid out once with the real glyph metrics of the
// chosen hand; SVG pages are built on first access, PDF and PNG only when asked for (pdfkit and resvg are
// loaded then, not when this module is imported).
import { createRequire } from 'node:module'
import type { HandSize, Paper } from '../coach/paper.js'
import { HAND_IDS, HANDS, type HandId, SAMPLE_LINE } from './catalog.js'
import { outlineSource, VARIANTS, warpAmount } from './draw.js'
import { shapeWord } from './fonts.js'
import { type Layout, layoutLetter, type PageGeometry, pageGeometry } from './layout.js'
import { handMetrics } from './metrics.js'
import { RenderOptionError, type RenderOptions, type ResolvedOptions, resolveOptions } from './options.js'
import { type PlacedGlyph, placeGlyphs } from './place.js'
import { pageSvg } from './svg.js'
import { parseLetter, type Role } from './text.js'

export { HAND_IDS, type HandId } from './catalog.js'
export type { CopySheetOptions } from './copy-sheet.js'
export { RenderOptionError, type RenderOptions, type ResolvedOptions, resolveOptions } from './options.js'
export { INKS, type Ink, PAPER_STYLES, type PaperStyle } from './svg.js'

/** A character the hand lacks, drawn by another face (or, if no bundled face has it, as a visible box). */
export interface Fallback {
  char: string
  /** "U+0416" */
  codePoint: string
  /** The hand (or 'literata', the book face) that drew it; null when no bundled face has it. */
  drawnWith: string | null
  count: number
}

/** One line of writing: where it is and what it says. */
export interface LineReport {
  page: number
  /** Ruled line on its page, from 0. */
  row: number
  role: Role
  /** Start from the left margin, mm (before variation). */
  x: number
  text: string
}

export interface LayoutReport {
  /** Lines of writing (blank lines not counted). */
  lines: number
  pages: number
  fitsOnePage: boolean
  /** Words past the first page. */
  overflowWords: number
  words: number
  linesPerPage: number
  fontSizeMm: number
  fallbacks: Fallback[]
  rows: LineReport[]
}

export interface PngOptions {
  /** Resolution; default 150 dpi (A4 = 1240 × 1754 px). */
  dpi?: number
}

export interface Rendering {
  options: ResolvedOptions
  layout: LayoutReport
  /** One SVG document per page (built on first access, then kept). */
  readonly svg: string[]
  /** The pages as a vector PDF. */
  pdf(): Promise<Buffer>
  /** One page (default the first) as PNG. */
  png(page?: number, options?: PngOptions): Buffer
}

const require = createRequire(import.meta.url)

interface Prepared {
  options: ResolvedOptions
  geometry: PageGeometry
  layout: Layout
  report: LayoutReport
  pages: PlacedGlyph[][]
}

/** Lays out and places the letter: everything short of drawing. */
export function prepare(text: string, options: RenderOptions = {}): Prepared {
  const o = resolveOptions(options)
  if (typeof text !== 'string') throw new RenderOptionError('the letter must be text')
  const letter = parseLetter(text)
  if (letter.lines.length === 0) throw new RenderOptionError('the letter is empty')
  const geometry = pageGeometry(o.paper, o.size)
  const metrics = handMetrics(o.hand, o.size)
  const layout = layoutLetter(letter, geometry, metrics.measure)
  const hand = HANDS[o.hand]
  const pages = placeGlyphs(layout, geometry, metrics.shape, {
    seed: o.seed,
    variation: o.variation,
    jitter: hand.jitter,
    slant: hand.slant,
    variants: o.variation > 0 ? VARIANTS : 1,
  })
  const report: LayoutReport = {
    lines: layout.lines.length,
    pages: layout.pages,
    fitsOnePage: layout.fitsOnePage,
    overflowWords: layout.overflowWords,
    words: layout.wordCount,
    linesPerPage: layout.linesPerPage,
    fontSizeMm: Math.round(metrics.em * 100) / 100,
    fallbacks: fallbacksOf(o.hand, layout),
    rows: layout.lines.map((l) => ({
      page: l.page,
      row: l.row,
      role: l.role,
      x: Math.round(l.x * 100) / 100,
      text: l.words.map((w) => w.text).join(' '),
    })),
  }
  return { options: o, geometry, layout, report, pages }
}

/** Renders a letter as a handwritten page (or pages: one page is the rule, the overflow is reported). */
export function render(text: string, options: RenderOptions = {}): Rendering {
  const p = prepare(text, options)
  const source = outlineSource(warpAmount(p.options.variation, HANDS[p.options.hand].jitter))
  let svg: string[] | undefined
  const look = { style: p.options.style, ink: p.options.ink, variation: p.options.variation }
  const result: Rendering = {
    options: p.options,
    layout: p.report,
    get svg() {
      svg ??= p.pages.map((glyphs) => pageSvg(glyphs, p.geometry, look, source))
      return svg
    },
    async pdf() {
      const { handwrittenPdf } = await import('./pdf.js')
      return handwrittenPdf(p.pages, p.geometry, look, source)
    },
    png(page = 0, png: PngOptions = {}) {
      const pages = result.svg
      const doc = pages[page]
      if (doc === undefined)
        throw new RenderOptionError(`there is no page ${page + 1} (the letter has ${pages.length})`)
      return svgToPng(doc, p.geometry.widthMm, png.dpi ?? 150)
    },
  }
  return result
}

/** Rasterises an SVG page with resvg (loaded on first use). */
export function svgToPng(svg: string, widthMm: number, dpi: number): Buffer {
  if (!(dpi >= 30 && dpi <= 1200)) throw new RenderOptionError('dpi must be between 30 and 1200')
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')
  const px = Math.round((widthMm / 25.4) * dpi)
  return new Resvg(svg, { fitTo: { mode: 'width', value: px } }).render().asPng()
}

function fallbacksOf(hand: HandId, layout: Layout): Fallback[] {
  const found = new Map<string, Fallback>()
  for (const line of layout.lines) {
    for (const w of line.words) {
      for (const f of shapeWord(hand, w.text).fallbacks) {
        let entry = found.get(f.char)
        if (!entry) {
          const owner = f.face?.owner
          entry = {
            char: f.char,
            codePoint: `U+${(f.char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`,
            drawnWith: owner === undefined ? null : owner === 'book' ? 'literata' : owner,
            count: 0,
          }
          found.set(f.char, entry)
        }
        entry.count++
      }
    }
  }
  return [...found.values()]
}

export interface HandInfo {
  /** The name `--hand` takes. */
  id: HandId
  name: string
  description: string
  license: string
  attribution: string
  /** A line to try the hand on. */
  sample: string
}

/** The bundled hands, in the order they are offered (the first is the default). */
export function hands(): HandInfo[] {
  return HAND_IDS.map((id) => {
    const h = HANDS[id]
    return {
      id,
      name: h.name,
      description: h.description,
      license: h.license,
      attribution: h.attribution,
      sample: SAMPLE_LINE,
    }
  })
}

/** Every hand writing the sample line, one under the other, labelled with the name `--hand` takes. */
export function handsSheet(options: { ink?: string; seed?: number | string } = {}): {
  svg: string
  png(dpi?: number): Buffer
} {
  const widthMm = 250
  const rowMm = 17
  const parts: string[] = []
  HAND_IDS.forEach((id, i) => {
    const o = resolveOptions({ hand: id, size: 'medium', ink: options.ink, seed: options.seed })
    const base = pageGeometry('a4', 'medium')
    const g: PageGeometry = {
      ...base,
      widthMm,
      heightMm: rowMm,
      margin: { top: 3, right: 6, bottom: 0, left: 6 },
      usableWidth: widthMm - 12,
      linesPerPage: 1,
      indent: 0,
    }
    const metrics = handMetrics(id, 'medium')
    const letter = parseLetter(`${id}:  ${SAMPLE_LINE}`)
    const layout = layoutLetter(letter, g, metrics.measure)
    const pages = placeGlyphs(layout, g, metrics.shape, {
      seed: o.seed,
      variation: 1,
      jitter: HANDS[id].jitter,
      slant: HANDS[id].slant,
      variants: VARIANTS,
    })
    const source = outlineSource(warpAmount(1, HANDS[id].jitter))
    const page = pageSvg(pages[0] ?? [], g, { style: 'plain', ink: o.ink, variation: 1 }, source)
    // Nested, in the sheet's mm user units.
    parts.push(
      page.replace(
        `width="${widthMm}mm" height="${rowMm}mm"`,
        `x="0" y="${i * rowMm}" width="${widthMm}" height="${rowMm}"`,
      ),
    )
  })
  const heightMm = rowMm * HAND_IDS.length
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthMm}mm" height="${heightMm}mm" viewBox="0 0 ${widthMm} ${heightMm}">` +
    `${parts.join('')}</svg>`
  return { svg, png: (dpi = 150) => svgToPng(svg, widthMm, dpi) }
}

/**
 * A printable copy sheet (PDF): the letter in a clear book face with the same line breaks as the
 * handwritten page, each line above a ruled writing line spaced for the hand, and a re-read checklist.
 */
export async function copySheet(
  text: string,
  options: import('./copy-sheet.js').CopySheetOptions = {},
): Promise<Buffer> {
  const { buildCopySheet } = await import('./copy-sheet.js')
  return buildCopySheet(prepare(text, { ...options, variation: 0 }), options)
}

export type { HandSize, Paper }
