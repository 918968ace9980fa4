// Seeded choices for wording: the same answers and seed always give the same letter. No Math.random.
import { fnv1a } from '../common/fnv1a.js'
import { mulberry32 } from '../common/mulberry32.js'

/** Seeded draws for choosing between wordings (mulberry32, seeded through a hash of the seed). */
export class Random {
  /** Uniform in [0, 1). */
  readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(fnv1a(`sincerely:${seed}`))
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
