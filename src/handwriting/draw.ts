// Glue between the pure layers and the fonts: outline variants of real glyphs, cached as SVG path data and
// as PDF operators.
import { faceAt, outlineOf } from './fonts.js'
import { type Outline, toPdfOps, toSvgPath, warpOutline } from './outline.js'
import { hash32 } from './random.js'
import type { OutlineSource } from './svg.js'

/** Outline variants per glyph when the hand varies: the font's own and two warped ones. */
export const VARIANTS = 3

/** How far (in em) a variant's outline is warped, for a variation and the hand's tolerance. */
export function warpAmount(variation: number, jitter: number): number {
  return (Math.round(Math.min(variation, 2) * jitter * 10) / 10) * 0.011
}

const svgCache = new Map<string, string>()
const pdfCache = new Map<string, string>()

function variantOutline(face: number, glyph: number, variant: number, amount: number): Outline {
  const base = outlineOf(face, glyph)
  if (variant === 0 || amount <= 0) return base
  return warpOutline(base, faceAt(face).unitsPerEm, hash32(face, glyph, variant), amount)
}

export function outlineSource(
  amount: number,
): OutlineSource & { pdfOps(face: number, glyph: number, variant: number): string } {
  const tag = Math.round(amount * 1e4)
  return {
    pathId: (face, glyph, variant) => `f${face}g${glyph < 0 ? 'x' : glyph}v${variant}`,
    pathData(face, glyph, variant) {
      const key = `${face}:${glyph}:${variant}:${tag}`
      let d = svgCache.get(key)
      if (d === undefined) {
        d = toSvgPath(variantOutline(face, glyph, variant, amount))
        svgCache.set(key, d)
      }
      return d
    },
    pdfOps(face, glyph, variant) {
      const key = `${face}:${glyph}:${variant}:${tag}`
      let d = pdfCache.get(key)
      if (d === undefined) {
        d = toPdfOps(variantOutline(face, glyph, variant, amount))
        pdfCache.set(key, d)
      }
      return d
    },
  }
}
