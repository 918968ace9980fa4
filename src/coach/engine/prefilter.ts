// A prefilter that lets the coach skip a pattern on a sentence that cannot contain a match: from each
// compiled pattern we derive trigrams that any match must contain (as RE2's prefilter derives
// required literals), and from each sentence the trigrams it has. Most patterns need a word the
// sentence does not use, so most never run. The derivation is conservative: when in doubt, run.
import { COMMON_TRIGRAMS } from './trigram-frequency.js'

/** Trigram alphabet: a–z, apostrophe, space. Anything else ends a literal run. */
const ALPHABET = 28
const code = (c: number): number => {
  if (c >= 97 && c <= 122) return c - 97
  if (c === 39) return 26
  if (c === 32) return 27
  return -1
}
/** Trigrams, then bigrams (for literals of two letters, such as "aa" or "gp", that have no trigram). */
const TRIGRAMS = ALPHABET * ALPHABET * ALPHABET
const TABLE_SIZE = TRIGRAMS + ALPHABET * ALPHABET

type Node =
  | { t: 'chars'; set: string[] }
  | { t: 'any' }
  | { t: 'assert' }
  /** A positive lookahead or lookbehind: what it reads must be there, though it consumes nothing. */
  | { t: 'look'; alts: Node[][] }
  | { t: 'group'; alts: Node[][] }
  | { t: 'quant'; node: Node; min: number; max: number }

const COUNT = /\{(\d+)(,(\d*))?\}/y
const HEX = /\{[0-9a-fA-F]+\}|[0-9a-fA-F]{2,4}/y
/** Whitespace, in a pattern or a text, counts as one space, however long the run (see `TrigramTable`). */
const SPACE = ' '
/** A character class of at most this many characters is a set of literals ([Oo], [ée], [,;]). */
const SMALL_CLASS = 4

/**
 * Groups already parsed, by their source text. Rules share macros (word lists of a hundred
 * alternatives, boundaries, negation guards), so most groups recur in many patterns: each is parsed
 * once, and its information derived (`nodeInfo`) once for each `Mode`.
 */
const parsedGroups = new Map<string, Node>()

/** For each "(" of a regex source, the index of its ")" (escapes and character classes skipped). */
export function closingParens(src: string): Int32Array {
  const close = new Int32Array(src.length).fill(-1)
  const open: number[] = []
  let inClass = false
  for (let k = 0; k < src.length; k++) {
    const ch = src.charCodeAt(k)
    if (ch === 92)
      k++ // backslash
    else if (inClass)
      inClass = ch !== 93 // ]
    else if (ch === 91)
      inClass = true // [
    else if (ch === 40)
      open.push(k) // (
    else if (ch === 41) {
      const o = open.pop()
      if (o !== undefined) close[o] = k
    }
  }
  return close
}

/** Parses the subset of JavaScript regex syntax the rules use; unknown syntax becomes 'any'. */
function parse(src: string): Node[][] {
  let i = 0
  const close = closingParens(src)
  const alternatives = (): Node[][] => {
    const alts: Node[][] = [[]]
    while (i < src.length) {
      const ch = src[i] as string
      if (ch === ')') break
      if (ch === '|') {
        i++
        alts.push([])
        continue
      }
      const atom = parseAtom()
      const quant = parseQuantifier()
      const seq = alts.at(-1) as Node[]
      seq.push(quant === undefined ? atom : { t: 'quant', node: atom, ...quant })
    }
    return alts
  }
  const parseQuantifier = (): { min: number; max: number } | undefined => {
    const ch = src[i]
    let q: { min: number; max: number } | undefined
    if (ch === '*') q = { min: 0, max: Infinity }
    else if (ch === '?') q = { min: 0, max: 1 }
    else if (ch === '+') q = { min: 1, max: Infinity }
    else if (ch === '{') {
      COUNT.lastIndex = i
      const m = COUNT.exec(src)
      if (!m) return undefined
      i += m[0].length - 1
      const min = Number(m[1])
      q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity }
    }
    if (q === undefined) return undefined
    i++
    if (src[i] === '?') i++
    return q
  }
  const parseClass = (): Node => {
    i++ // '['
    const negated = src[i] === '^'
    if (negated) i++
    const members = new Set<string>()
    let simple = !negated
    let first = true
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false
      const ch = src[i] as string
      if (ch === '\\') {
        const next = src[i + 1] as string
        i += 2
        if (next === 's' || next === 'n' || next === 't' || next === 'r') members.add(SPACE)
        else if (/[^a-zA-Z0-9]/.test(next)) members.add(next)
        else {
          simple = false
          if ((next === 'p' || next === 'P') && src[i] === '{') i = src.indexOf('}', i) + 1
          else if (next === 'u' || next === 'x') {
            HEX.lastIndex = i
            const m = HEX.exec(src)
            if (m) i += m[0].length
          }
        }
        continue
      }
      if (src[i + 1] === '-' && src[i + 2] !== ']') simple = false // a range
      members.add(ch === '\t' || ch === '\n' ? SPACE : ch.toLowerCase())
      i++
    }
    i++ // ']'
    return simple && members.size > 0 && members.size <= SMALL_CLASS
      ? { t: 'chars', set: [...members] }
      : { t: 'any' }
  }
  const parseAtom = (): Node => {
    const ch = src[i] as string
    if (ch === '(') {
      const end = close[i] as number
      const key = end > i ? src.slice(i, end + 1) : undefined
      const known = key === undefined ? undefined : parsedGroups.get(key)
      if (known) {
        i = end + 1
        return known
      }
      const node = parseGroup()
      if (key !== undefined && i === end + 1) parsedGroups.set(key, node)
      return node
    }
    if (ch === '[') return parseClass()
    return parseEscapeOrChar()
  }
  const parseGroup = (): Node => {
    i++ // '('
    let assertion = false
    let look = false
    if (src[i] === '?') {
      if (src.startsWith('?:', i)) i += 2
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        look = src[i + 1] === '='
        i += 2
        assertion = true
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        look = src[i + 2] === '='
        i += 3
        assertion = true
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1
    }
    const alts = alternatives()
    i++ // ')'
    if (look) return { t: 'look', alts }
    return assertion ? { t: 'assert' } : { t: 'group', alts }
  }
  const parseEscapeOrChar = (): Node => {
    const ch = src[i] as string
    if (ch === '\\') {
      const next = src[i + 1] as string
      i += 2
      if (next === 'b' || next === 'B') return { t: 'assert' }
      if ((next === 'p' || next === 'P') && src[i] === '{') {
        i = src.indexOf('}', i) + 1
        return { t: 'any' }
      }
      if (next === 'u' || next === 'x') {
        HEX.lastIndex = i
        const m = HEX.exec(src)
        if (m) i += m[0].length
        return { t: 'any' }
      }
      if (next === 's' || next === 'n' || next === 't' || next === 'r') return { t: 'chars', set: [SPACE] }
      if (/[dDwWSfv0-9kc]/.test(next)) return { t: 'any' }
      return { t: 'chars', set: [next.toLowerCase()] }
    }
    i++
    if (ch === '^' || ch === '$') return { t: 'assert' }
    if (ch === '.') return { t: 'any' }
    return { t: 'chars', set: [ch === '\t' || ch === '\n' ? SPACE : ch.toLowerCase()] }
  }
  return alternatives()
}

/** Trigrams that must all occur. */
type Conj = number[]
/** Conjunctions of which one must hold. */
type Clause = Conj[]

/**
 * What is known of the strings a node matches, as in RE2's prefilter: the exact set of them while it
 * stays small, and clauses that any of them satisfies (all clauses must hold).
 */
interface Info {
  exact: string[] | null
  clauses: Clause[]
}

/** Exact sets larger than this are turned into clauses (RE2 uses 16 as well). */
const EXACT_LIMIT = 16
/** A clause with more alternatives than this says too little to be worth testing: dropped. */
const CLAUSE_LIMIT = 128
/** Trigrams kept per conjunction: the rarest few reject as well as all of them, for less work. */
const GRAMS_PER_CONJ = 4

const ANY: Info = { exact: null, clauses: [] }
const EMPTY: Info = { exact: [''], clauses: [] }

/**
 * How a source is read: whether what its positive lookarounds read counts (`requirementOf`), and the
 * groups' information derived that way. A group's differs between the two when it holds a lookaround,
 * so each has its own memo.
 */
interface Mode {
  readonly lookarounds: boolean
  readonly groups: WeakMap<Node, Info>
}

/** What the match itself reads: sound for any regex, as a lookahead may read past the text checked. */
const MATCH: Mode = { lookarounds: false, groups: new WeakMap() }
/** With what positive lookarounds read too: sound only for a regex run on the text the prefilter reads. */
const WITH_LOOKAROUNDS: Mode = { lookarounds: true, groups: new WeakMap() }

/** Concatenation, with a run of spaces kept as one. */
function cross(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>()
  for (const x of a)
    for (const y of b) out.add(x.endsWith(SPACE) && y.startsWith(SPACE) ? x + y.slice(1) : x + y)
  return [...out]
}

/**
 * How common a gram is in a letter's sentences (higher is more common; 0 for rare trigrams): a rare
 * trigram rejects more sentences, so rare ones are kept, tested first and used as index keys.
 * Bigrams count as more common than any trigram. Made on first use: only deriving requirements
 * reads it, which rules compiled ahead of time never do.
 */
let COMMONNESS: Uint16Array | undefined

function commonnessTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE)
  const n = COMMON_TRIGRAMS.length / 3
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [0, 1, 2].map((k) => code(COMMON_TRIGRAMS.charCodeAt(3 * i + k)))
    table[((a as number) * ALPHABET + (b as number)) * ALPHABET + (c as number)] = n - i
  }
  table.fill(n + 1, TRIGRAMS)
  return table
}

const commonness = (g: number): number => {
  COMMONNESS ??= commonnessTable()
  return COMMONNESS[g] as number
}

/** The trigrams of a literal string; its bigrams when it has no trigram. */
function gramsOf(s: string): Conj {
  const grams = new Set<number>()
  for (let k = 0; k + 2 < s.length; k++) {
    const a = code(s.charCodeAt(k))
    const b = code(s.charCodeAt(k + 1))
    const c = code(s.charCodeAt(k + 2))
    if (a >= 0 && b >= 0 && c >= 0) grams.add((a * ALPHABET + b) * ALPHABET + c)
  }
  if (grams.size === 0)
    for (let k = 0; k + 1 < s.length; k++) {
      const a = code(s.charCodeAt(k))
      const b = code(s.charCodeAt(k + 1))
      if (a >= 0 && b >= 0) grams.add(TRIGRAMS + a * ALPHABET + b)
    }
  return [...grams]
}

/** The rarest few trigrams of a conjunction, rarest first. */
function trim(conj: Conj): Conj {
  return [...new Set(conj)].sort((x, y) => commonness(x) - commonness(y)).slice(0, GRAMS_PER_CONJ)
}

/** A clause without repeated conjunctions; null when it is too large to be worth testing. */
function clause(conjs: readonly Conj[]): Clause | null {
  const seen = new Map<string, Conj>()
  for (const c of conjs) {
    const t = trim(c)
    if (t.length === 0) return null // one alternative needs nothing: the clause always holds
    seen.set(t.join(','), t)
  }
  return seen.size > 0 && seen.size <= CLAUSE_LIMIT ? [...seen.values()] : null
}

/** Any string of the set occurs: one clause, an alternative per string. */
function exactClauses(exact: readonly string[]): Clause[] {
  const c = clause(exact.map(gramsOf))
  return c ? [c] : []
}

function allClauses(info: Info): Clause[] {
  return info.exact ? [...info.clauses, ...exactClauses(info.exact)] : info.clauses
}

/**
 * Ways of choosing one clause of each alternative to unite, beyond which only some are; and clauses of
 * an alternative offered. More of either made the compiled rules larger for few fewer regexes run.
 */
const CHOICE_LIMIT = 8
const OPTIONS = 4

/**
 * Clauses implied by all of these, strongest first: the single-alternative clauses ANDed into one
 * conjunction and distributed over each of the others, smallest first ((a ∧ b) ∧ (x ∨ y) ⊨ (a∧b∧x) ∨
 * (a∧b∧y)), or that conjunction alone.
 */
function clauseOptions(clauses: readonly Clause[]): Clause[] {
  const single = clauses.filter((c) => c.length === 1).flatMap((c) => c[0] as Conj)
  const multi = clauses.filter((c) => c.length > 1).sort((a, b) => a.length - b.length)
  if (multi.length === 0) return single.length > 0 ? [[single]] : []
  return multi.slice(0, OPTIONS).map((m) => m.map((conj) => [...single, ...conj]))
}

function seqInfo(seq: readonly Node[], mode: Mode): Info {
  // `run` is the exact set of the current stretch of literals; `whole` says whether it still covers
  // the whole sequence (only then is the sequence's own exact set known).
  let run: string[] = ['']
  let whole = true
  const clauses: Clause[] = []
  const endRun = (next: string[]) => {
    whole = false
    clauses.push(...exactClauses(run))
    run = next
  }
  for (const node of seq) {
    const repeated = repeatedLiteral(node, mode)
    if (repeated) {
      // x{2,}: the stretch goes on with "xx", and whatever follows comes after one more "x".
      const [head, tail] = repeated
      if (run.length * head.length <= EXACT_LIMIT) run = cross(run, head)
      else endRun(head)
      endRun(tail)
      continue
    }
    const n = nodeInfo(node, mode)
    if (n.exact && n.clauses.length === 0 && run.length * n.exact.length <= EXACT_LIMIT) {
      run = cross(run, n.exact)
      continue
    }
    // The stretch ends here: what it must contain joins the clauses, and a new stretch starts.
    endRun(n.exact ?? [''])
    clauses.push(...n.clauses)
  }
  return whole ? { exact: run, clauses: [] } : { exact: null, clauses: [...clauses, ...exactClauses(run)] }
}

/**
 * For a literal repeated at least once without a fixed count (x+, x{2,}), the literal repeated the
 * least number of times, and the literal once (what ends the repetition).
 */
function repeatedLiteral(node: Node, mode: Mode): [string[], string[]] | null {
  if (node.t !== 'quant' || node.min < 1 || node.max === node.min) return null
  const inner = nodeInfo(node.node, mode)
  if (!inner.exact || inner.clauses.length > 0 || inner.exact.every((s) => s === SPACE)) return null
  let head = inner.exact
  for (let k = 1; k < node.min && head.length <= EXACT_LIMIT; k++) head = cross(head, inner.exact)
  return head.length <= EXACT_LIMIT ? [head, inner.exact] : null
}

function altsInfo(alts: readonly Node[][], mode: Mode): Info {
  const infos = alts.map((seq) => seqInfo(seq, mode))
  if (infos.length === 1) return infos[0] as Info
  if (infos.every((x) => x.exact !== null && x.clauses.length === 0)) {
    const union = [...new Set(infos.flatMap((x) => x.exact as string[]))]
    if (union.length <= EXACT_LIMIT) return { exact: union, clauses: [] }
  }
  // One alternative must match: whichever clause of each alternative is taken, one of them holds, so
  // their union is a clause ((a ∧ b) ∨ (x ∧ y) ⊨ (a ∨ x) ∧ (a ∨ y) ∧ (b ∨ x) ∧ (b ∨ y)). Every such union
  // while there are few, else some: a pattern's one clause of "i can" or "maybe" in either of its
  // halves let it run on most letters, where "let me know … or if you like" now rules it out.
  const options: Clause[][] = []
  for (const x of infos) {
    const o = clauseOptions(allClauses(x))
    if (o.length === 0) return ANY
    options.push(o)
  }
  let choices: number[][] = [[]]
  if (options.reduce((n, o) => n * o.length, 1) <= CHOICE_LIMIT)
    for (const o of options) choices = choices.flatMap((c) => o.map((_, j) => [...c, j]))
  else {
    // Too many ways: each alternative's strongest clause, then each one's next strongest, and so on.
    choices = []
    const most = Math.max(...options.map((o) => o.length))
    for (let t = 0; t < most; t++) choices.push(options.map((o) => Math.min(t, o.length - 1)))
  }
  const clauses: Clause[] = []
  for (const choice of choices) {
    const c = clause(choice.flatMap((j, i) => (options[i] as Clause[])[j] as Clause))
    if (c) clauses.push(c)
  }
  return clauses.length > 0 ? { exact: null, clauses } : ANY
}

function nodeInfo(node: Node, mode: Mode): Info {
  if (node.t === 'group' || node.t === 'look') {
    if (node.t === 'look' && !mode.lookarounds) return EMPTY
    let info = mode.groups.get(node)
    if (!info) {
      info = altsInfo(node.alts, mode)
      if (node.t === 'look') {
        // What it reads, as clauses: it consumes nothing, so it joins no literal around it.
        const clauses = allClauses(info)
        info = clauses.length > 0 ? { exact: [''], clauses } : EMPTY
      }
      mode.groups.set(node, info)
    }
    return info
  }
  switch (node.t) {
    case 'chars':
      return { exact: node.set, clauses: [] }
    case 'any':
      return ANY
    case 'assert':
      return EMPTY
    case 'quant': {
      const inner = nodeInfo(node.node, mode)
      const pureExact = inner.exact !== null && inner.clauses.length === 0
      // A run of whitespace is one space (both sides collapse runs: see TrigramTable).
      if (pureExact && (inner.exact as string[]).every((s) => s === SPACE))
        return { exact: node.min >= 1 ? [SPACE] : ['', SPACE], clauses: [] }
      if (node.min === 0 && node.max === 1)
        return pureExact && (inner.exact as string[]).length < EXACT_LIMIT
          ? { exact: [...new Set([...(inner.exact as string[]), ''])], clauses: [] }
          : ANY
      // At least one occurrence: what one occurrence must contain.
      if (node.min >= 1) return { exact: null, clauses: allClauses(inner) }
      return ANY
    }
  }
}

/**
 * What any match must contain: every clause must hold, and a clause holds when all the trigrams of one
 * of its conjunctions occur. Null when nothing can be said (the pattern always runs).
 */
export type Requirement = Clause[] | null

/**
 * What any match of `source` must contain, or null when nothing can be said. With `lookarounds`, also
 * what its positive lookaheads and lookbehinds read: sound only for a regex run on the very text whose
 * trigrams the prefilter reads (an antipattern on its sentence), as a lookahead may read past a match.
 */
export function requirementOf(source: string, lookarounds = false): Requirement {
  try {
    const clauses = allClauses(altsInfo(parse(source), lookarounds ? WITH_LOOKAROUNDS : MATCH))
    if (clauses.length === 0) return null
    // Cheap and selective first: single conjunctions, then the smaller clauses.
    const unique = new Map(clauses.map((c) => [JSON.stringify(c), c]))
    return [...unique.values()].sort((a, b) => a.length - b.length)
  } catch {
    return null
  }
}

/** Lower case, one UTF-16 unit for one: offsets in the result are offsets in the input. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/**
 * For up to 32 spans (sentences) of a lower-cased text: for each trigram, a bit mask of the spans that
 * contain it, and the list of trigrams present. Reused from letter to letter: only the entries a
 * letter set are cleared, not the whole table.
 */
export class TrigramTable {
  readonly masks = new Uint32Array(TABLE_SIZE)
  /**
   * Every trigram with a non-zero mask, the first `size` entries. A typed array kept from fill to fill:
   * an array emptied and pushed to again was allocated anew as it grew, on every letter.
   */
  readonly present = new Int32Array(TABLE_SIZE)
  size = 0

  fill(lower: string, spans: readonly { from: number; to: number }[]): void {
    const { masks, present } = this
    for (let q = 0; q < this.size; q++) masks[present[q] as number] = 0
    let size = 0
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i] as { from: number; to: number }
      const bit = 1 << i
      let a = -1
      let b = -1
      for (let k = s.from; k < s.to; k++) {
        const ch = lower.charCodeAt(k)
        const c = isWhitespace(ch) ? 27 : code(ch)
        // A run of whitespace counts once, as in the patterns' requirements.
        if (c === 27 && b === 27) continue
        if (b >= 0 && c >= 0) {
          const d = TRIGRAMS + b * ALPHABET + c
          const n = masks[d] as number
          if (n === 0) present[size++] = d
          masks[d] = n | bit
          if (a >= 0) {
            const t = (a * ALPHABET + b) * ALPHABET + c
            const m = masks[t] as number
            if (m === 0) present[size++] = t
            masks[t] = m | bit
          }
        }
        a = b
        b = c
      }
    }
    this.size = size
  }
}

/** What `\s` matches in a JavaScript regex. */
function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/**
 * Keys for an index of patterns: a letter can match the requirement only if, for one key [g, h], it
 * contains g and h (h is -1 when the key has one gram). They are the two rarest grams of each
 * conjunction of the clause whose keys are rarest, as pairs flattened (g, h, g, h…). Null when there
 * are none (the pattern always runs).
 */
export function keyGrams(requirement: Requirement): number[] | null {
  let best: number[] | null = null
  let bestCost = Infinity
  for (const clause of requirement ?? []) {
    const keys = new Map<string, [number, number]>()
    for (const conj of clause) {
      const key: [number, number] = [conj[0] as number, conj[1] ?? -1]
      keys.set(key.join(), key)
    }
    let cost = 0
    for (const [g] of keys.values()) cost += 1 + commonness(g)
    if (cost < bestCost) {
      best = [...keys.values()].flat()
      bestCost = cost
    }
  }
  return best
}

/**
 * A requirement laid out in one typed array for `mayMatchMask`: the number of clauses, then for each
 * clause its number of conjunctions n, their width w (the most grams one has), and its grams by column:
 * the first gram of each conjunction, then the second of each, and so on, a conjunction shorter than w
 * repeating its last gram (a gram tested twice tests the same). Most conjunctions fail on their first
 * gram, so the prefilter mostly reads one column, contiguous. Read from the nested form, it cost the
 * prefilter about a tenth of the rules' time more (pointer chases per level); conjunction after
 * conjunction (each its length, then its grams) a third more than by columns.
 */
export type FlatRequirement = Int32Array | null

export function flatRequirement(requirement: Requirement): FlatRequirement {
  if (!requirement) return null
  const out: number[] = [requirement.length]
  for (const clause of requirement) {
    out.push(clause.length)
    for (const conj of clause) out.push(conj.length, ...conj)
  }
  return byColumns(out)
}

/**
 * The flat form from the same numbers written conjunction after conjunction (the number of clauses,
 * then for each clause its number of conjunctions, and for each conjunction its length and its grams).
 */
export function byColumns(rows: ArrayLike<number>, length = rows.length): Int32Array {
  const clauses = rows[0] as number
  // Each clause gains one number (its width) and loses its conjunctions' lengths, then grows by padding.
  const out: number[] = [clauses]
  let k = 1
  for (let c = 0; c < clauses; c++) {
    const n = rows[k++] as number
    const starts: number[] = []
    const lengths: number[] = []
    let w = 0
    for (let i = 0; i < n; i++) {
      const len = rows[k++] as number
      if (len < 1) throw new RangeError('byColumns: a conjunction without grams')
      starts.push(k)
      lengths.push(len)
      if (len > w) w = len
      k += len
    }
    out.push(n, w)
    for (let j = 0; j < w; j++)
      for (let i = 0; i < n; i++) {
        const len = lengths[i] as number
        out.push(rows[(starts[i] as number) + Math.min(j, len - 1)] as number)
      }
  }
  if (k !== length) throw new RangeError('byColumns: a malformed requirement')
  return Int32Array.from(out)
}

/** The spans (as a bit mask within `all`) where a pattern with this requirement may match. */
export function mayMatchMask(flat: FlatRequirement, table: Uint32Array, all: number): number {
  return flat ? mayMatchAt(Uint16Array.from(flat), 0, table, all) : all
}

/** `mayMatchMask` of the flat requirement written in `data` from `at` on (`RequirementArena`). */
export function mayMatchAt(data: Uint16Array, at: number, table: Uint32Array, all: number): number {
  let mask = all
  let k = at + 1
  for (let clauses = data[at] as number; clauses > 0; clauses--) {
    const n = data[k] as number
    const first = k + 2
    const end = first + (data[k + 1] as number) * n
    let m = 0
    for (let i = 0; i < n; i++) {
      let c = mask & (table[data[first + i] as number] as number)
      if (c === 0) continue
      for (let j = first + n + i; j < end && c !== 0; j += n) c &= table[data[j] as number] as number
      m |= c
      // Every span the clause can keep is kept: the other conjunctions can add none.
      if (m === mask) break
    }
    k = end
    mask = m
    if (mask === 0) return 0
  }
  return mask
}

/**
 * Flat requirements side by side in one array, each where `add` put it. The prefilter reads a few hundred
 * of them on every letter, in pattern order: each in an array of its own, reading one began with a cache
 * miss or two (the array, then its data elsewhere); here they follow one another.
 */
export class RequirementArena {
  /** Two bytes a number: grams are below TABLE_SIZE, clauses and conjunctions far fewer than 65,536. */
  data = new Uint16Array(1 << 14)
  #length = 0

  /** Where the requirement now is in `data` (which may be a new array after this call). */
  add(flat: Int32Array): number {
    for (let i = 0; i < flat.length; i++)
      if ((flat[i] as number) >>> 16 !== 0) throw new RangeError('RequirementArena: a number past two bytes')
    const at = this.#length
    const needed = at + flat.length
    if (needed > this.data.length) {
      const grown = new Uint16Array(Math.max(needed, 2 * this.data.length))
      grown.set(this.data.subarray(0, at))
      this.data = grown
    }
    this.data.set(flat, at)
    this.#length = needed
    return at
  }
}

/** The sources' decoded requirements (define-rule.ts), which the engine reads by offset (run.ts). */
export const REQUIREMENTS = new RequirementArena()
/** An offset in REQUIREMENTS for a source without a requirement (it may match anywhere). */
export const NO_REQUIREMENT = -2

export const TRIGRAM_TABLE_SIZE = TABLE_SIZE
