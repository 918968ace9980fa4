// The one seeded generator of the project: mulberry32, small and fast, good enough to choose wordings,
// jitter a hand and shuffle training samples. Each caller seeds it its own way; the draws are the same
// function everywhere, so a seed means the same sequence in every module.

/** A generator of numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
