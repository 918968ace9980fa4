// Deterministic randomness for the hand: a seeded generator, keyed streams (so that one line's jitter does
// not depend on how many draws an earlier line made), normal deviates and smooth 1-D noise.
import { mulberry32 } from '../common/mulberry32.js'

/** Mixes 32-bit integers into one well-spread 32-bit hash (a murmur3-style finaliser over each input). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9
  for (const v of values) {
    let k = Math.imul(v | 0, 0xcc9e2d51)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, 0x1b873593)
    h ^= k
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A seeded generator (the project's mulberry32) with the draws the hand needs. */
export class Rng {
  /** Uniform in [0, 1). */
  readonly next: () => number
  private spare: number | undefined

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  /** A stream keyed by `keys`, independent of every other key. */
  static keyed(...keys: number[]): Rng {
    return new Rng(hash32(...keys))
  }

  /** Uniform in [a, b). */
  range(a: number, b: number): number {
    return a + (b - a) * this.next()
  }

  /** Standard normal deviate (Box–Muller), clamped to ±3 so no single draw is wild. */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare
      this.spare = undefined
      return s
    }
    let u = this.next()
    while (u <= Number.EPSILON) u = this.next()
    const v = this.next()
    const r = Math.sqrt(-2 * Math.log(u))
    const z0 = r * Math.cos(2 * Math.PI * v)
    this.spare = clamp(r * Math.sin(2 * Math.PI * v), -3, 3)
    return clamp(z0, -3, 3)
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
}

/**
 * Smooth noise along one axis: value noise with cosine interpolation between random knots spaced
 * `wavelength` apart, in [-1, 1]. The knots come from `key`, so the same key gives the same curve.
 */
export function smoothNoise(key: number, x: number, wavelength: number): number {
  const t = x / wavelength
  const i = Math.floor(t)
  const f = t - i
  const a = knot(key, i)
  const b = knot(key, i + 1)
  const w = (1 - Math.cos(Math.PI * f)) / 2
  return a * (1 - w) + b * w
}

function knot(key: number, i: number): number {
  return (hash32(key, i) / 4294967296) * 2 - 1
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi)
}

/** A seed from any string or number, so `--seed love` works as well as `--seed 7`. */
export function seedFrom(seed: number | string | undefined): number {
  if (seed === undefined) return 1
  if (typeof seed === 'number' && Number.isFinite(seed)) return Math.trunc(seed) >>> 0
  const s = String(seed)
  let h = 2166136261
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}
