// Rules compiled ahead of time. Compiling a rule (macros expanded, Unicode classes rewritten, the
// pattern split into alternatives with their lookbehinds lifted, the prefilter's requirement derived)
// costs far more than reading the result, and a one-shot `sincerely check` pays it on every start. So
// the build compiles every rule once (scripts/compile-rules.mjs) and writes what it found as data, from
// which `rulesFromData` puts each rule together without loading its source at all (the sources, with
// their examples, are twice the size). Without that data (tests, which run the sources) every rule
// is compiled at load, with the same result (ahead.test.ts).
import type { QuestionMode, RuleMeta, SpanMode } from './define-rule.js'
import type { Requirement } from './prefilter.js'

/** One compiled alternative of a pattern, or an antipattern (which has no keys, guards or context). */
export interface CompiledSource {
  /** The regex source to run, factored with its language's pieces (factor.ts). */
  rest: string
  /** Lookbehinds lifted from its start, as their numbers in the language's `guards`. */
  guards: number[]
  /** The prefilter's requirement, encoded by `encodeRequirement`. */
  req: string
  /** Its index keys (prefilter.ts `keyGrams`), encoded by `encodeKeys`. */
  keys: string
  /** Its lookaheads read past the sentence. */
  wide: boolean
}

/**
 * A `CompiledSource` as the build writes it, in one string: V8 reads a string literal far faster
 * than an object literal, and the rules' 3,000 alternatives as objects of five fields took 35 ms more
 * to load. Its keys, requirement, guard numbers (base 36, comma-separated) and `w` when wide (else
 * `-`), then its source, separated by spaces: only the source may hold a space, and it comes last.
 */
export type WrittenSource = string

export function writeSource(s: CompiledSource): WrittenSource {
  return `${s.keys} ${s.req} ${s.guards.map((g) => g.toString(36)).join(',')} ${s.wide ? 'w' : '-'} ${s.rest}`
}

export function readSource(s: WrittenSource): CompiledSource {
  const keys = s.indexOf(' ')
  const req = s.indexOf(' ', keys + 1)
  const guards = s.indexOf(' ', req + 1)
  return {
    keys: s.slice(0, keys),
    req: s.slice(keys + 1, req),
    guards:
      guards === req + 1
        ? []
        : s
            .slice(req + 1, guards)
            .split(',')
            .map((g) => Number.parseInt(g, 36)),
    wide: s[guards + 1] === 'w',
    rest: s.slice(guards + 3),
  }
}

/** A pattern compiled: what it says where it differs from its rule, and its alternatives. */
export interface CompiledPatternData {
  id: string
  caseSensitive?: boolean
  span?: SpanMode
  message?: string
  suggest?: string[]
  questions?: QuestionMode
  alternatives: WrittenSource[]
}

/** A rule compiled: everything the engine runs it with, and nothing only its tests need. */
export interface CompiledRuleData extends RuleMeta {
  patterns: CompiledPatternData[]
  antipatterns: WrittenSource[]
}

/** A language's rules compiled, in its registry's order, and the pieces their sources share. */
export interface AheadOfTime {
  /** The groups that recur in the rules' regex sources, written once (factor.ts). */
  pieces: readonly string[]
  /** The lookbehinds lifted from the alternatives (`CompiledSource.guards`), factored as sources. */
  guards: readonly string[]
  rules: readonly CompiledRuleData[]
}

// A gram (< 22,736) is three base-36 digits, so that the compiled file is plain ASCII (Node decodes
// an ASCII module source on its fast path) and splits on separators no digit uses.
const GRAM_WIDTH = 3
const CONJ = ','
const CLAUSE = ';'
const gram = (g: number) => g.toString(36).padStart(GRAM_WIDTH, '0')
const CONJ_CODE = CONJ.charCodeAt(0)
const CLAUSE_CODE = CLAUSE.charCodeAt(0)
/** A base-36 digit's value: '0'–'9', then 'a'–'z' (toString(36) writes lower case). */
const digitValue = (c: number) => (c <= 57 ? c - 48 : c - 87)
function gramAt(s: string, k: number): number {
  let g = 0
  for (let d = 0; d < GRAM_WIDTH; d++) g = g * 36 + digitValue(s.charCodeAt(k + d))
  return g
}

export function encodeRequirement(r: Requirement): string {
  if (!r) return ''
  return r.map((clause) => clause.map((conj) => conj.map(gram).join('')).join(CONJ)).join(CLAUSE)
}

/**
 * One pass of character codes, no substrings: a one-shot `sincerely check` decodes the requirements of
 * every candidate pattern while its code is still cold, where split/slice/parseInt cost 2–3× as much.
 */
export function decodeRequirement(s: string): Requirement {
  if (s === '') return null
  const clauses: number[][][] = []
  let clause: number[][] = []
  let conj: number[] = []
  let g = 0
  let digits = 0
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c === CLAUSE_CODE) {
      clause.push(conj)
      clauses.push(clause)
      clause = []
      conj = []
    } else if (c === CONJ_CODE) {
      clause.push(conj)
      conj = []
    } else {
      g = g * 36 + digitValue(c)
      if (++digits === GRAM_WIDTH) {
        conj.push(g)
        g = 0
        digits = 0
      }
    }
  }
  clause.push(conj)
  clauses.push(clause)
  return clauses
}

/** Index keys g, h (flattened pairs) as two grams each (h is -1 for none, written as g again: g needs g). */
export function encodeKeys(keys: readonly number[] | null): string {
  if (!keys) return ''
  let out = ''
  for (let k = 0; k < keys.length; k += 2) {
    const g = keys[k] as number
    const h = keys[k + 1] as number
    out += gram(g) + gram(h === -1 ? g : h)
  }
  return out
}

/** Into one flat array: the rules' 19,000 keys as pairs of their own took 2× as long to load and index. */
export function decodeKeys(s: string): number[] | null {
  if (s === '') return null
  const keys: number[] = new Array(s.length / GRAM_WIDTH)
  for (let k = 0; k < keys.length; k += 2) {
    const g = gramAt(s, k * GRAM_WIDTH)
    const h = gramAt(s, (k + 1) * GRAM_WIDTH)
    keys[k] = g
    keys[k + 1] = h === g ? -1 : h
  }
  return keys
}
