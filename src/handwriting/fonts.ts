// The edge with the font files: reads each TrueType file once, parses it once with fontkit (loaded on
// first use: it takes ~90 ms to import) and keeps the parsed object, shaped words and glyph outlines.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Font, Glyph } from 'fontkit'
import { BOOK_FACE, HAND_IDS, HANDS, type HandId } from './catalog.js'
import type { Outline } from './outline.js'

const require = createRequire(import.meta.url)
let fontkitModule: typeof import('fontkit') | undefined

/** Directory of the bundled TrueType files (assets/fonts at the package root, from src/ or dist/). */
export const FONTS_DIR = new URL('../../assets/fonts/', import.meta.url)

/** A hand, or the copy sheet's book face. */
export type Owner = HandId | 'book'

export interface Face {
  /** Index in the registry: names glyph outlines uniquely across faces (`<use href="#f3g112">`). */
  index: number
  /** The hand this face belongs to, or 'book'. */
  owner: Owner
  file: string
  font: Font
  unitsPerEm: number
  /** The TrueType bytes (pdfkit embeds them for the floor and the copy sheet). */
  bytes: Buffer
}

const faces: Face[] = []
const byOwner = new Map<string, Face[]>()

function loadFace(owner: Owner, file: string): Face {
  fontkitModule ??= require('fontkit') as typeof import('fontkit')
  const bytes = readFileSync(new URL(file, FONTS_DIR))
  const font = fontkitModule.create(bytes) as Font
  const face: Face = { index: faces.length, owner, file, font, unitsPerEm: font.unitsPerEm, bytes }
  faces.push(face)
  return face
}

/** The faces of a hand (or of the book face), parsed on first use and kept. */
export function facesOf(owner: Owner): Face[] {
  let list = byOwner.get(owner)
  if (!list) {
    const files = owner === 'book' ? BOOK_FACE.files : HANDS[owner].files
    list = files.map((f) => loadFace(owner, f))
    byOwner.set(owner, list)
  }
  return list
}

export function faceAt(index: number): Face {
  const f = faces[index]
  if (!f) throw new Error(`no face ${index}`)
  return f
}

/** Which face draws `cp` for `hand`: its own faces first, then the other hands, then the book face. */
export function faceFor(hand: Owner, cp: number): Face | undefined {
  for (const f of facesOf(hand)) if (f.font.hasGlyphForCodePoint(cp)) return f
  for (const other of HAND_IDS) {
    if (other === hand) continue
    for (const f of facesOf(other)) if (f.font.hasGlyphForCodePoint(cp)) return f
  }
  for (const f of facesOf('book')) if (f.font.hasGlyphForCodePoint(cp)) return f
  return undefined
}

/** One glyph of a shaped word, in font units of its face. */
export interface ShapedGlyph {
  face: number
  glyph: number
  /** The characters it draws (several for a ligature). */
  chars: string
  advance: number
  dx: number
  dy: number
}

/** A word shaped in a hand: glyphs (font units, each in its own face) and any characters drawn by another face. */
export interface ShapedWord {
  glyphs: ShapedGlyph[]
  /** Characters the hand lacks, with the face that drew them (undefined: no bundled face has it). */
  fallbacks: { char: string; face: Face | undefined }[]
}

const MAX_CACHED_WORDS = 20000
const shapedCache = new Map<string, ShapedWord>()

/** The glyph drawn for a character no bundled face has: the face's .notdef (a box in our fonts). */
export const MISSING = -1

/**
 * Shapes a word in a hand with fontkit (ligatures, contextual alternates, kerning), splitting it into
 * runs by the face that has each character. Cached per hand and word.
 */
export function shapeWord(hand: Owner, word: string): ShapedWord {
  const key = `${hand}\u0000${word}`
  const hit = shapedCache.get(key)
  if (hit) return hit
  const own = facesOf(hand)
  const glyphs: ShapedGlyph[] = []
  const fallbacks: ShapedWord['fallbacks'] = []
  let run = ''
  let runFace: Face | undefined
  let runMissing = false
  const flush = () => {
    if (run === '') return
    if (runMissing || !runFace) {
      for (const ch of run) glyphs.push(missingGlyph(own[0] as Face, ch))
    } else {
      const shaped = runFace.font.layout(run)
      shaped.glyphs.forEach((g: Glyph, i: number) => {
        const p = shaped.positions[i]
        glyphs.push({
          face: (runFace as Face).index,
          glyph: g.id,
          chars: String.fromCodePoint(...g.codePoints),
          advance: p?.xAdvance ?? g.advanceWidth,
          dx: p?.xOffset ?? 0,
          dy: p?.yOffset ?? 0,
        })
      })
    }
    run = ''
  }
  for (const ch of word) {
    const cp = ch.codePointAt(0) as number
    if (cp === 0xa0 || cp === 0x202f || cp === 0x2009) {
      // A no-break space inside a glued token: drawn as a narrow gap by the hand's own space.
      flush()
      const face = own[0] as Face
      const space = face.font.glyphForCodePoint(0x20)
      glyphs.push({
        face: face.index,
        glyph: space.id,
        chars: ch,
        advance: space.advanceWidth * 0.6,
        dx: 0,
        dy: 0,
      })
      continue
    }
    const face = faceFor(hand, cp)
    if (!face || face.owner !== hand) fallbacks.push({ char: ch, face })
    const missing = !face
    if (face !== runFace || missing !== runMissing) {
      flush()
      runFace = face
      runMissing = missing
    }
    run += ch
  }
  flush()
  const result = { glyphs, fallbacks }
  if (shapedCache.size >= MAX_CACHED_WORDS) shapedCache.clear()
  shapedCache.set(key, result)
  return result
}

function missingGlyph(face: Face, ch: string): ShapedGlyph {
  return { face: face.index, glyph: MISSING, chars: ch, advance: face.unitsPerEm * 0.6, dx: 0, dy: 0 }
}

const outlineCache = new Map<string, Outline>()

/** The outline of a glyph, from fontkit (sound path data; opentype.js 2 writes NaN for some glyphs). */
export function outlineOf(faceIndex: number, glyphId: number): Outline {
  const key = `${faceIndex}:${glyphId}`
  let o = outlineCache.get(key)
  if (o) return o
  const face = faceAt(faceIndex)
  if (glyphId === MISSING) {
    o = missingBox(face.unitsPerEm)
  } else {
    let ops = ''
    const coords: number[] = []
    for (const c of face.font.getGlyph(glyphId).path.commands) {
      ops +=
        c.command === 'moveTo'
          ? 'M'
          : c.command === 'lineTo'
            ? 'L'
            : c.command === 'quadraticCurveTo'
              ? 'Q'
              : c.command === 'bezierCurveTo'
                ? 'C'
                : 'Z'
      for (const a of c.args) coords.push(Number.isFinite(a) ? a : 0)
    }
    o = { ops, coords }
  }
  outlineCache.set(key, o)
  return o
}

/** A visible box for a character no face has: never dropped, never replaced by another letter. */
function missingBox(em: number): Outline {
  const [x0, x1, y0, y1, t] = [0.08 * em, 0.52 * em, 0, 0.7 * em, 0.05 * em]
  return {
    ops: 'MLLLZMLLLZ',
    coords: [x0, y0, x1, y0, x1, y1, x0, y1, x0 + t, y0 + t, x0 + t, y1 - t, x1 - t, y1 - t, x1 - t, y0 + t],
  }
}
