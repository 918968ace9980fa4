// FNV-1a, 32 bits: a stable hash of text, for seeds derived from answers and for noticing that data
// compiled ahead of time no longer belongs to its source. Not for anything that needs to resist an
// adversary.

export const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** The hash of `text`, or `text` folded into a running hash `h`. Unsigned. */
export function fnv1a(text: string, h: number = FNV_OFFSET): number {
  let x = h
  for (let k = 0; k < text.length; k++) {
    x ^= text.charCodeAt(k)
    x = Math.imul(x, FNV_PRIME)
  }
  return x >>> 0
}

/** The hash of several strings, each closed by a separator step, so that ("ab", "c") ≠ ("a", "bc"). */
export function fnv1aParts(...parts: string[]): number {
  let h = FNV_OFFSET
  for (const part of parts) h = Math.imul(fnv1a(part, h) ^ 0xff, FNV_PRIME)
  return h >>> 0
}
