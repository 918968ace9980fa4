import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BOOK_FACE, HAND_IDS, HANDS } from './catalog.js'
import { FONTS_DIR, facesOf, shapeWord } from './fonts.js'
import { averageAdvanceEm, fontSizeMm } from './metrics.js'

const manifest = JSON.parse(readFileSync(new URL('fonts.json', FONTS_DIR), 'utf8')) as {
  required: string
  hands: { id: string; license: string; files: string[] }[]
  dropped: { id: string; missing: string }[]
}

describe('bundled fonts', () => {
  it('are the hands the build script kept, with their license file beside them', () => {
    expect(manifest.hands.map((h) => h.id)).toEqual([...HAND_IDS])
    for (const id of [...HAND_IDS, BOOK_FACE.id]) {
      expect(existsSync(new URL(`${id}/LICENSE`, FONTS_DIR)), id).toBe(true)
    }
    for (const h of manifest.hands) {
      expect(HANDS[h.id as (typeof HAND_IDS)[number]].files).toEqual(h.files)
      expect(HANDS[h.id as (typeof HAND_IDS)[number]].license).toBe(h.license)
    }
  })

  it('are TrueType, parse, and cover the required characters (a hand lacking one was dropped)', () => {
    for (const owner of [...HAND_IDS, 'book'] as const) {
      const faces = facesOf(owner)
      for (const f of faces) expect(f.bytes.readUInt32BE(0)).toBe(0x00010000)
      for (const ch of manifest.required) {
        const cp = ch.codePointAt(0) as number
        expect(
          faces.some((f) => f.font.hasGlyphForCodePoint(cp)),
          `${owner} lacks ${ch}`,
        ).toBe(true)
      }
    }
    for (const d of manifest.dropped) expect(d.missing.length).toBeGreaterThan(0)
  })

  it('are parsed once and reused', () => {
    expect(facesOf('caveat')[0]).toBe(facesOf('caveat')[0])
    expect(shapeWord('caveat', 'cœur')).toBe(shapeWord('caveat', 'cœur'))
  })

  it('are sized so the average character advance is the shared charWidthMm', () => {
    for (const hand of HAND_IDS) {
      const em = averageAdvanceEm(hand)
      expect(em).toBeGreaterThan(0.25)
      expect(em).toBeLessThan(0.7)
      expect(fontSizeMm(hand, 'medium') * em).toBeCloseTo(2.85, 6)
    }
  })
})
