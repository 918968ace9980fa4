import { describe, expect, it } from 'vitest'
import { fnv1a, fnv1aParts } from './fnv1a.js'
import { mulberry32 } from './mulberry32.js'

describe('mulberry32', () => {
  it('gives the reference sequence for a seed, the same for the seed written signed or unsigned', () => {
    // The first draws for seed 1 of the canonical mulberry32 (and of the three copies this replaced).
    const draw = mulberry32(1)
    expect([draw(), draw(), draw()].map((x) => Math.round(x * 4294967296))).toEqual([
      2693262067, 11749833, 2265367787,
    ])
    const a = mulberry32(0xffffffff)
    const b = mulberry32(-1)
    for (let i = 0; i < 100; i++) expect(a()).toBe(b())
  })

  it('draws in [0, 1)', () => {
    const draw = mulberry32(42)
    for (let i = 0; i < 10_000; i++) {
      const x = draw()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })
})

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(fnv1a('foobar')).toBe(0xbf9cf968)
  })

  it('folds text into a running hash as if the texts were one', () => {
    expect(fnv1a('bar', fnv1a('foo'))).toBe(fnv1a('foobar'))
  })

  it('tells parts apart where plain concatenation would not', () => {
    expect(fnv1aParts('ab', 'c')).not.toBe(fnv1aParts('a', 'bc'))
    expect(fnv1aParts('abc')).not.toBe(fnv1a('abc'))
  })
})
