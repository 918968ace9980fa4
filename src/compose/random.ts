// Seeded choices for wording: the same answers and seed always give the same letter. No Math.random.

/** FNV-1a over a string: a stable 32-bit seed from text (used to derive a default seed from answers). */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: small, fast, good enough to choose between wordings. */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = hashString(`sincerely:${seed}`)
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An index in [0, n). */
  index(n: number): number {
    return Math.floor(this.next() * n)
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick: no items')
    return items[this.index(items.length)] as T
  }
}
