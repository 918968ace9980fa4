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

// A gram (< 22,736) is three base-36 digits, so that the compiled file is plain ASCII (Node decodes
// an ASCII module source on its fast path) and splits on separators no digit uses.
const GRAM_WIDTH = 3
const CONJ = ','
const CLAUSE = ';'
const gram = (g: number) => g.toString(36).padStart(GRAM_WIDTH, '0')

export function encodeRequirement(r: Requirement): string {
  if (!r) return ''
  return r.map((clause) => clause.map((conj) => conj.map(gram).join('')).join(CONJ)).join(CLAUSE)
}

export function decodeRequirement(s: string): Requirement {
  if (s === '') return null
  return s.split(CLAUSE).map((clause) =>
    clause.split(CONJ).map((conj) => {
      const grams: number[] = []
      for (let k = 0; k < conj.length; k += GRAM_WIDTH)
        grams.push(Number.parseInt(conj.slice(k, k + GRAM_WIDTH), 36))
      return grams
    }),
  )
}

/** Index keys [g, h] as two grams each (h is -1 for none, written as g again: g needs g). */
export function encodeKeys(keys: readonly (readonly [number, number])[] | null): string {
  if (!keys) return ''
  return keys.map(([g, h]) => gram(g) + gram(h === -1 ? g : h)).join('')
}

export function decodeKeys(s: string): [number, number][] | null {
  if (s === '') return null
  const keys: [number, number][] = []
  for (let k = 0; k < s.length; k += 2 * GRAM_WIDTH) {
    const g = Number.parseInt(s.slice(k, k + GRAM_WIDTH), 36)
    const h = Number.parseInt(s.slice(k + GRAM_WIDTH, k + 2 * GRAM_WIDTH), 36)
    keys.push([g, h === g ? -1 : h])
  }
  return keys
}
