// Rules compiled ahead of time. Compiling a rule (macros expanded, Unicode classes rewritten, the
// pattern split into alternatives with their lookbehinds lifted, the prefilter's requirement derived)
// costs far more than reading the result, and a one-shot `sincerely check` pays it on every start. So
// the build compiles every rule once (scripts/compile-rules.mjs) and writes what it found as data that
// `defineRule` takes instead of deriving it again. Without that data (tests, which run the sources)
// everything is derived at load, with the same result (ahead.test.ts).
import type { Requirement } from './prefilter.js'

/** One compiled alternative of a pattern, or an antipattern (which has no guards). */
export interface CompiledSource {
  /** The regex source to run. */
  rest: string
  /** Lookbehinds lifted from its start. */
  guards: string[]
  /** The prefilter's requirement, encoded by `encodeRequirement`. */
  req: string
  /** Its index keys (prefilter.ts `keyGrams`), encoded by `encodeKeys`. */
  keys: string
  /** Its lookaheads read past the sentence. */
  wide: boolean
}

export interface CompiledRuleData {
  /** By pattern id: a hash of the pattern's data (to notice a stale build) and its alternatives. */
  patterns: Record<string, { hash: number; alternatives: CompiledSource[] }>
  antipatterns: { hash: number; source: CompiledSource }[]
}

/** Compiled data of a language's rules, by rule id. */
export type AheadOfTime = Record<string, CompiledRuleData>

// A gram (< 22,736) is one character from U+0100: far from the separators and the surrogates.
const GRAM_BASE = 0x100
const CONJ = ','
const CLAUSE = ';'

export function encodeRequirement(r: Requirement): string {
  if (!r) return ''
  return r
    .map((clause) => clause.map((conj) => String.fromCharCode(...conj.map((g) => g + GRAM_BASE))).join(CONJ))
    .join(CLAUSE)
}

export function decodeRequirement(s: string): Requirement {
  if (s === '') return null
  return s.split(CLAUSE).map((clause) =>
    clause.split(CONJ).map((conj) => {
      const grams: number[] = []
      for (let k = 0; k < conj.length; k++) grams.push(conj.charCodeAt(k) - GRAM_BASE)
      return grams
    }),
  )
}

/** Index keys [g, h] as two characters each (h is -1 for none). */
export function encodeKeys(keys: readonly (readonly [number, number])[] | null): string {
  if (!keys) return ''
  return keys.map(([g, h]) => String.fromCharCode(g + GRAM_BASE, h + 1 + GRAM_BASE)).join('')
}

export function decodeKeys(s: string): [number, number][] | null {
  if (s === '') return null
  const keys: [number, number][] = []
  for (let k = 0; k + 1 < s.length; k += 2)
    keys.push([s.charCodeAt(k) - GRAM_BASE, s.charCodeAt(k + 1) - GRAM_BASE - 1])
  return keys
}

/** FNV-1a, 32 bits: enough to notice that compiled data no longer belongs to the rule's source. */
export function hashOf(...parts: string[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    for (let k = 0; k < part.length; k++) {
      h ^= part.charCodeAt(k)
      h = Math.imul(h, 0x01000193)
    }
    h ^= 0xff
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
