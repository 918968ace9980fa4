// Rules compiled ahead of time. Compiling a rule (macros expanded, Unicode classes rewritten, the
// pattern split into alternatives with their lookbehinds lifted, the prefilter's requirement derived)
// costs far more than reading the result, and a one-shot `sincerely check` pays it on every start. So
// the build compiles every rule once (scripts/compile-rules.mjs) and writes what it found as data, from
// which `rulesFromData` puts each rule together without loading its source at all (the sources, with
// their examples, are twice the size). Tests, which run the sources without a build, are given the
// same data compiled at load (rules/from-specs.ts, vitest.config.ts); ahead.test.ts checks that rules
// read from it are the rules compiled from their specs.
import type { QuestionMode, RuleMeta, SpanMode } from './define-rule.js'
import { byColumns, type FlatRequirement, type Requirement, TRIGRAM_TABLE_SIZE } from './prefilter.js'

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

/**
 * The written sources of a language's rules, one a line (`AheadOfTime.sources`): the build writes
 * them into a comment of the compiled module, which the coach reads as the source text of a function
 * (scripts/compile-rules.mjs), not as JavaScript: V8 read the 1.9 MB of them as string literals in
 * twice the time it takes to skip them in a comment. So a line holds no line break, no end of comment
 * and only ASCII (Node decodes an ASCII module on its fast path): those, and ESCAPE itself, are written
 * as ESCAPE and a letter (`u` and four hex digits for a character past ASCII).
 */
export type WrittenLines = string

const ESCAPE = '\u0001'

export function writeLines(sources: readonly WrittenSource[]): WrittenLines {
  return sources
    .map((s) =>
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ESCAPE is one, chosen as a character no source holds
      s.replace(/\u0001|\n|\r|\*\/|[^\u0000-\u007f]/g, (c) => {
        if (c === ESCAPE) return `${ESCAPE}e`
        if (c === '\n') return `${ESCAPE}n`
        if (c === '\r') return `${ESCAPE}r`
        if (c === '*/') return `${ESCAPE}s`
        return `${ESCAPE}u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      }),
    )
    .join('\n')
}

/** A line of `writeLines` as the source it holds. */
export function readLine(line: string): WrittenSource {
  if (!line.includes(ESCAPE)) return line
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESCAPE is one
  return line.replace(/\u0001(?:u([0-9a-f]{4})|([enrs]))/g, (_, hex: string | undefined, c: string) =>
    hex !== undefined ? String.fromCharCode(Number.parseInt(hex, 16)) : (UNESCAPED[c] as string),
  )
}

const UNESCAPED: Record<string, string> = { e: ESCAPE, n: '\n', r: '\r', s: '*/' }

/** Reads the lines of `WrittenLines` one after the other (each a slice of it, not a copy). */
export class LineReader {
  #at = 0

  constructor(readonly lines: WrittenLines) {}

  /** The next line, as written (`readLine` reads it). */
  next(): string {
    const end = this.lines.indexOf('\n', this.#at)
    const line = this.lines.slice(this.#at, end < 0 ? this.lines.length : end)
    this.#at = end < 0 ? this.lines.length : end + 1
    return line
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
  /** How many: they are written in `AheadOfTime.sources`, in order. */
  alternatives: number
}

/** A rule compiled: everything the engine runs it with, and nothing only its tests need. */
export interface CompiledRuleData extends RuleMeta {
  patterns: CompiledPatternData[]
  /** How many, written after the rule's alternatives in `AheadOfTime.sources`. */
  antipatterns: number
}

/** A language's rules compiled, in its registry's order, and the pieces their sources share. */
export interface AheadOfTime {
  /** The groups that recur in the rules' regex sources, written once (factor.ts). */
  pieces: readonly string[]
  /** The lookbehinds lifted from the alternatives (`CompiledSource.guards`), factored as sources. */
  guards: readonly string[]
  /** The grams of the requirements and keys (`GramCode`). */
  grams: string
  rules: readonly CompiledRuleData[]
  /** The index of the rules' patterns, for the engine to read lazily. */
  index: WrittenIndex
  /** Each rule's alternatives, pattern after pattern, then its antipatterns, rule after rule. */
  sources: WrittenLines
}

/**
 * Printable ASCII but the quote and backslash (which JSON escapes), and the requirement's separators:
 * the compiled file stays plain ASCII (Node decodes an ASCII module source on its fast path).
 */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'",;\\'.includes(c))
  .join('')
const BASE = DIGITS.length
const DIGIT_VALUE = new Uint8Array(128)
for (let i = 0; i < BASE; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i
const CONJ = ','
const CLAUSE = ';'
const CONJ_CODE = CONJ.charCodeAt(0)
const CLAUSE_CODE = CLAUSE.charCodeAt(0)

/**
 * The grams a language's compiled data uses, numbered: its rules use some 4,000 of the 22,736, so a
 * gram is written as its number, in two digits of DIGITS (three if a language uses more than 8,100),
 * rather than as itself in three: the requirements, half of the data, are a third shorter.
 */
export class GramCode {
  /** The grams by number, or undefined while they are only `#written` (`read`). */
  #grams: readonly number[] | undefined
  readonly #written: string | undefined
  /** Each gram's number, for the build (`encode`). */
  #numbers: Map<number, number> | undefined
  readonly width: number

  constructor(grams: readonly number[] | undefined, written?: string) {
    this.#grams = grams
    this.#written = written
    const count = grams ? grams.length : (written as string).length / 3
    this.width = count <= BASE * BASE ? 2 : 3
  }

  /** The grams of the requirements and keys given, in order. */
  static of(requirements: readonly Requirement[], keys: readonly (readonly number[] | null)[]): GramCode {
    const grams = new Set<number>()
    for (const r of requirements)
      for (const clause of r ?? []) for (const conj of clause) for (const g of conj) grams.add(g)
    for (const k of keys) for (const g of k ?? []) if (g !== -1) grams.add(g)
    return new GramCode([...grams].sort((a, b) => a - b))
  }

  /** As written in the compiled data (`read`): each gram in three base-36 digits. */
  written(): string {
    return (
      this.#written ??
      this.#all()
        .map((g) => g.toString(36).padStart(3, '0'))
        .join('')
    )
  }

  /**
   * A code from its written form, each gram read from it when first decoded: a check decodes a few
   * hundred of the 4,000, and reading them all cost a one-shot check a few milliseconds.
   */
  static read(written: string): GramCode {
    return new GramCode(undefined, written)
  }

  #all(): readonly number[] {
    if (!this.#grams) {
      const grams: number[] = []
      for (let n = 0; n < (this.#written as string).length / 3; n++) grams.push(this.#gram(n))
      this.#grams = grams
    }
    return this.#grams
  }

  /** The gram of number `n`. */
  #gram(n: number): number {
    if (this.#grams) return this.#grams[n] as number
    const w = this.#written as string
    const k = 3 * n
    return (base36(w, k) * 36 + base36(w, k + 1)) * 36 + base36(w, k + 2)
  }

  encode(g: number): string {
    this.#numbers ??= new Map(this.#all().map((gram, n) => [gram, n]))
    return encodeNumber(this.#numbers.get(g) as number, this.width)
  }

  /** The gram written at `k` of `s`. */
  decode(s: string, k: number): number {
    let n = 0
    for (let d = 0; d < this.width; d++) n = n * BASE + (DIGIT_VALUE[s.charCodeAt(k + d)] as number)
    return this.#gram(n)
  }
}

/** The base-36 digit at `k` of `s` (0-9, a-z). */
function base36(s: string, k: number): number {
  const c = s.charCodeAt(k)
  return c <= 57 ? c - 48 : c - 87
}

/** A number in `width` digits of DIGITS, high first. */
function encodeNumber(n: number, width: number): string {
  let out = ''
  for (let d = 0; d < width; d++) {
    out = (DIGITS[n % BASE] as string) + out
    n = Math.floor(n / BASE)
  }
  return out
}

function decodeNumber(s: string, k: number, width: number): number {
  let n = 0
  for (let d = 0; d < width; d++) n = n * BASE + (DIGIT_VALUE[s.charCodeAt(k + d)] as number)
  return n
}

/**
 * The index of patterns (run.ts) as the build writes it, so that loading the rules decodes no key:
 * for each gram's number, the patterns whose keys start with that gram (numbered in the rules' order,
 * alternatives flattened), each with the second gram it needs (written as the first when none); and
 * the patterns without keys, which always run. A check reads the list of a gram its letter has when
 * it first meets it: decoding the 3,000 alternatives' keys and filling the index at load cost a
 * one-shot check about as much as its letter's prefilter.
 */
export interface WrittenIndex {
  /** Digits of a pattern's number. */
  width: number
  always: string
  /**
   * The grams that have a list, three base-36 digits each, and their lists in the same order,
   * separated by spaces. Two strings: the same as an object keyed by gram took V8 a third of the time
   * of reading all the compiled rules.
   */
  grams: string
  lists: string
}

/** The index of patterns with these keys (`CompiledPattern.keys`, in the rules' order). */
export function writeIndex(keys: readonly (readonly number[] | null)[], code: GramCode): WrittenIndex {
  let width = 1
  while (BASE ** width < keys.length) width++
  let always = ''
  const byGram = new Map<number, string>()
  keys.forEach((k, p) => {
    if (!k) always += encodeNumber(p, width)
    else
      for (let j = 0; j < k.length; j += 2) {
        const g = k[j] as number
        const h = k[j + 1] as number
        byGram.set(g, `${byGram.get(g) ?? ''}${encodeNumber(p, width)}${code.encode(h === -1 ? g : h)}`)
      }
  })
  const grams = [...byGram.keys()].sort((a, b) => a - b)
  return {
    width,
    always,
    grams: grams.map((g) => g.toString(36).padStart(3, '0')).join(''),
    lists: grams.map((g) => byGram.get(g)).join(' '),
  }
}

/** Each written index's lists by gram, read on first use. */
const indexLists = new WeakMap<WrittenIndex, { slots: Int32Array; lists: string[] }>()

function listsOf(index: WrittenIndex): { slots: Int32Array; lists: string[] } {
  let read = indexLists.get(index)
  if (!read) {
    const slots = new Int32Array(TRIGRAM_TABLE_SIZE).fill(-1)
    const { grams } = index
    for (let k = 0, n = 0; k < grams.length; k += 3, n++)
      slots[(base36(grams, k) * 36 + base36(grams, k + 1)) * 36 + base36(grams, k + 2)] = n
    read = { slots, lists: index.lists === '' ? [] : index.lists.split(' ') }
    indexLists.set(index, read)
  }
  return read
}

/** The patterns without keys. */
export function readAlways(index: WrittenIndex): number[] {
  const out: number[] = []
  for (let k = 0; k < index.always.length; k += index.width)
    out.push(decodeNumber(index.always, k, index.width))
  return out
}

/** The patterns keyed by gram `g`, with the second gram each needs or -1, as pairs flattened. */
export function readKeyed(index: WrittenIndex, code: GramCode, g: number): number[] {
  const { slots, lists } = listsOf(index)
  const n = slots[g] ?? -1
  const list = n < 0 ? undefined : lists[n]
  if (!list) return []
  const out: number[] = []
  for (let k = 0; k < list.length; k += index.width + code.width) {
    const h = code.decode(list, k + index.width)
    out.push(decodeNumber(list, k, index.width), h === g ? -1 : h)
  }
  return out
}

export function encodeRequirement(r: Requirement, code: GramCode): string {
  if (!r) return ''
  return r
    .map((clause) => clause.map((conj) => conj.map((g) => code.encode(g)).join('')).join(CONJ))
    .join(CLAUSE)
}

/**
 * One pass of character codes, no substrings: a one-shot `sincerely check` decodes the requirements of
 * every candidate pattern while its code is still cold, where split/slice/parseInt cost 2–3× as much.
 */
export function decodeRequirement(s: string, code: GramCode): Requirement {
  if (s === '') return null
  const clauses: number[][][] = []
  let clause: number[][] = []
  let conj: number[] = []
  for (let k = 0; k < s.length; ) {
    const c = s.charCodeAt(k)
    if (c === CLAUSE_CODE) {
      clause.push(conj)
      clauses.push(clause)
      clause = []
      conj = []
      k++
    } else if (c === CONJ_CODE) {
      clause.push(conj)
      conj = []
      k++
    } else {
      conj.push(code.decode(s, k))
      k += code.width
    }
  }
  clause.push(conj)
  clauses.push(clause)
  return clauses
}

/**
 * `flatRequirement(decodeRequirement(s, code))` in one pass, without the nested arrays: the engine
 * reads only the flat form (`mayMatchMask`), and a one-shot check decodes some 700 requirements, the
 * candidates of the index, while its code is still cold.
 */
export function decodeFlatRequirement(s: string, code: GramCode): FlatRequirement {
  if (s === '') return null
  // Each separator opens at most a clause and a conjunction (two counts), each gram takes a character
  // or more: the flat form is never longer than this.
  const bound = 3 + 2 * s.length
  if (scratch.length < bound) scratch = new Int32Array(bound)
  const out = scratch
  let n = 1
  let clauses = 1
  let clauseAt = n++
  let conjs = 1
  let conjAt = n++
  let grams = 0
  for (let k = 0; k < s.length; ) {
    const c = s.charCodeAt(k)
    if (c === CLAUSE_CODE) {
      out[conjAt] = grams
      out[clauseAt] = conjs
      clauses++
      clauseAt = n++
      conjs = 1
      conjAt = n++
      grams = 0
      k++
    } else if (c === CONJ_CODE) {
      out[conjAt] = grams
      conjs++
      conjAt = n++
      grams = 0
      k++
    } else {
      out[n++] = code.decode(s, k)
      grams++
      k += code.width
    }
  }
  out[conjAt] = grams
  out[clauseAt] = conjs
  out[0] = clauses
  return byColumns(out, n)
}

/**
 * `mayMatchMask(decodeFlatRequirement(s, code), table, all)`, read from the written form and only as
 * far as it must: a clause already met by its first conjunctions, or a conjunction that a gram has
 * ruled out, is not read further, and the first clause that no span meets ends it. A one-shot check
 * asks this once of each of some 700 candidates, most of which fail on their first clause.
 */
export function mayMatchWritten(s: string, code: GramCode, table: Uint32Array, all: number): number {
  if (s === '') return all
  const width = code.width
  const end = s.length
  let mask = all
  let k = 0
  for (;;) {
    // A clause: the spans that meet one of its conjunctions.
    let m = 0
    for (;;) {
      if (m === mask) {
        // Met wherever it may be: the rest of the clause cannot add a span.
        const next = s.indexOf(CLAUSE, k)
        k = next < 0 ? end : next
        break
      }
      let c = mask
      for (; k < end; k += width) {
        const ch = s.charCodeAt(k)
        if (ch === CONJ_CODE || ch === CLAUSE_CODE) break
        if (c !== 0) c &= table[code.decode(s, k)] as number
      }
      m |= c
      if (k >= end || s.charCodeAt(k) === CLAUSE_CODE) break
      k++ // the conjunction's separator
    }
    mask = m
    if (mask === 0 || k >= end) return mask
    k++ // the clause's separator
  }
}

/** Where `decodeFlatRequirement` writes before copying out what it wrote. */
let scratch = new Int32Array(4096)

/** Index keys g, h (flattened pairs) as two grams each (h is -1 for none, written as g again: g needs g). */
export function encodeKeys(keys: readonly number[] | null, code: GramCode): string {
  if (!keys) return ''
  let out = ''
  for (let k = 0; k < keys.length; k += 2) {
    const g = keys[k] as number
    const h = keys[k + 1] as number
    out += code.encode(g) + code.encode(h === -1 ? g : h)
  }
  return out
}

/**
 * Into one flat array: the rules' 19,000 keys as pairs of their own took 2× as long to load and index.
 * The keys are the first `length` characters of `s` (a `WrittenSource` starts with them).
 */
export function decodeKeys(s: string, code: GramCode, length = s.length): number[] | null {
  if (length === 0) return null
  const keys: number[] = new Array(length / code.width)
  for (let k = 0; k < keys.length; k += 2) {
    const g = code.decode(s, k * code.width)
    const h = code.decode(s, (k + 1) * code.width)
    keys[k] = g
    keys[k + 1] = h === g ? -1 : h
  }
  return keys
}
