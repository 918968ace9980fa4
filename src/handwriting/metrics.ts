// Font size per hand and hand size: chosen so that the hand's average advance per character (spaces and
// punctuation included, on ordinary letter prose) equals the coach's `charWidthMm`, so the renderer and the
// coach's page estimate agree on how much a line holds.
import { HAND_SIZE_SPECS, type HandSize } from '../coach/paper.js'
import { HANDS } from './catalog.js'
import { faceAt, type Owner, shapeWord } from './fonts.js'
import type { Measure } from './layout.js'
import type { GlyphBox, Shaper } from './place.js'
import { splitWords } from './text.js'

/** Ordinary letter prose, French and English, to average character advances over. */
export const REFERENCE_TEXT =
  'I have been thinking about what happened between us, and I owe you an apology. I was not listening when ' +
  'you needed me, and I am sorry for the way I spoke that night. You mean a lot to me. If you would like to, ' +
  'we could meet for a coffee and talk, calmly, whenever you are ready. Je t’écris parce que je repense ' +
  'souvent à ce qui s’est passé entre nous. Je regrette mes mots de ce soir-là ; tu ne les méritais pas. ' +
  'J’aimerais qu’on se parle, sans pression, quand tu le voudras. Prends le temps qu’il te faut.'

/** Word space of an owner, as a multiple of its font's space. */
function wordSpaceFactor(owner: Owner): number {
  return owner === 'book' ? 1 : HANDS[owner].wordSpace
}

const emCache = new Map<Owner, number>()

/** Average advance per character of the reference text, in em (for the owner's primary face). */
export function averageAdvanceEm(owner: Owner): number {
  const hit = emCache.get(owner)
  if (hit !== undefined) return hit
  let units = 0
  let chars = 0
  const words = splitWords(REFERENCE_TEXT)
  for (const w of words) {
    for (const g of shapeWord(owner, w).glyphs) units += g.advance / faceAt(g.face).unitsPerEm
    chars += [...w].length
  }
  units += (words.length - 1) * spaceEm(owner)
  chars += words.length - 1
  const em = units / chars
  emCache.set(owner, em)
  return em
}

function spaceEm(owner: Owner): number {
  const first = shapeWord(owner, 'a').glyphs[0]
  const face = faceAt(first?.face ?? 0)
  const space = face.font.glyphForCodePoint(0x20)
  return (space.advanceWidth / face.unitsPerEm) * wordSpaceFactor(owner)
}

/** Font size in mm for an owner at a hand size. */
export function fontSizeMm(owner: Owner, size: HandSize): number {
  return HAND_SIZE_SPECS[size].charWidthMm / averageAdvanceEm(owner)
}

export interface HandMetrics {
  shape: Shaper
  measure: Measure
  /** Font size of the owner's own faces, mm. */
  em: number
}

const metricsCache = new Map<string, HandMetrics>()

/** A shaper and a measure for an owner at a size: glyph boxes in mm (each face at its own owner's size). */
export function handMetrics(owner: Owner, size: HandSize): HandMetrics {
  const key = `${owner}/${size}`
  const hit = metricsCache.get(key)
  if (hit) return hit
  const em = fontSizeMm(owner, size)
  const cache = new Map<string, GlyphBox[]>()
  const shape: Shaper = (word) => {
    let boxes = cache.get(word)
    if (boxes) return boxes
    if (cache.size > 20000) cache.clear()
    boxes = shapeWord(owner, word).glyphs.map((g) => {
      const face = faceAt(g.face)
      const faceEm = face.owner === owner ? em : fontSizeMm(face.owner, size)
      const s = faceEm / face.unitsPerEm
      return {
        face: g.face,
        glyph: g.glyph,
        chars: g.chars,
        advance: g.advance * s,
        dx: g.dx * s,
        dy: g.dy * s,
        scale: s,
        em: faceEm,
      }
    })
    cache.set(word, boxes)
    return boxes
  }
  const measure: Measure = {
    word: (text) => shape(text).reduce((w, b) => w + b.advance, 0),
    space: spaceEm(owner) * em,
  }
  const metrics = { shape, measure, em }
  metricsCache.set(key, metrics)
  return metrics
}
