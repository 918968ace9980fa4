import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Outline, toPdfOps, toSvgPath, warpOutline } from './outline.js'
import { hash32, Rng, seedFrom, smoothNoise } from './random.js'

const square: Outline = { ops: 'MLQLZ', coords: [0, 0, 500, 0, 600, 300, 500, 600, 0, 600] }

describe('outline variants', () => {
  it('leave the outline alone at amount 0 and are deterministic per key', () => {
    expect(warpOutline(square, 1000, 7, 0)).toBe(square)
    expect(warpOutline(square, 1000, 7, 0.02)).toEqual(warpOutline(square, 1000, 7, 0.02))
  })

  it('differ from the original and from each other, but stay close (a few % of the em)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (k1, k2) => {
        fc.pre(k1 !== k2)
        const a = warpOutline(square, 1000, k1, 0.011)
        const b = warpOutline(square, 1000, k2, 0.011)
        expect(a.ops).toBe(square.ops)
        expect(a.coords).not.toEqual(square.coords)
        expect(a.coords).not.toEqual(b.coords)
        for (let i = 0; i < a.coords.length; i++) {
          expect(Math.abs((a.coords[i] as number) - (square.coords[i] as number))).toBeLessThan(60)
        }
      }),
    )
  })

  it('serialise to finite SVG path data and PDF operators (quadratics become cubics)', () => {
    expect(toSvgPath(square)).toBe('M0 0L500 0Q600 300 500 600L0 600Z')
    const pdf = toPdfOps(square)
    expect(pdf.split('\n')).toEqual(['0 0 m', '500 0 l', '567 200 567 400 500 600 c', '0 600 l', 'h'])
    expect(toSvgPath(warpOutline(square, 1000, 3, 0.02))).not.toMatch(/NaN|Infinity/)
  })
})

describe('random', () => {
  it('keyed streams are reproducible and independent', () => {
    const a = Rng.keyed(1, 2, 3)
    const b = Rng.keyed(1, 2, 3)
    const c = Rng.keyed(1, 2, 4)
    const xs = [a.next(), a.next(), a.normal()]
    expect([b.next(), b.next(), b.normal()]).toEqual(xs)
    expect(c.next()).not.toBe(xs[0])
    expect(hash32(1, 2)).not.toBe(hash32(2, 1))
  })

  it('normal deviates are centred, about unit spread, and bounded', () => {
    const r = new Rng(42)
    const xs = Array.from({ length: 20000 }, () => r.normal())
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length)
    expect(Math.abs(mean)).toBeLessThan(0.03)
    expect(sd).toBeGreaterThan(0.95)
    expect(sd).toBeLessThan(1.05)
    expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(3)
  })

  it('smooth noise is continuous: close points have close values', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0, max: 500, noNaN: true }), (key, x) => {
        const d = Math.abs(smoothNoise(key, x, 40) - smoothNoise(key, x + 0.1, 40))
        expect(d).toBeLessThan(0.02)
        expect(Math.abs(smoothNoise(key, x, 40))).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('takes numbers and words as seeds', () => {
    expect(seedFrom(7)).toBe(7)
    expect(seedFrom('love')).toBe(seedFrom('love'))
    expect(seedFrom('love')).not.toBe(seedFrom('hope'))
    expect(seedFrom(undefined)).toBe(1)
  })
})
