// A prefilter that lets the coach skip a pattern on a sentence that cannot contain a match: from each
// compiled pattern we derive trigrams that any match must contain (as RE2's prefilter derives
// required literals), and from each sentence the trigrams it has. Most patterns need a word the
// sentence does not use, so most never run. The derivation is conservative: when in doubt, run.

/** Trigram alphabet: a–z, apostrophe, space. Anything else ends a literal run. */
const ALPHABET = 28
const code = (c: number): number => {
  if (c >= 97 && c <= 122) return c - 97
  if (c === 39) return 26
  if (c === 32) return 27
  return -1
}
const TABLE_SIZE = ALPHABET * ALPHABET * ALPHABET

/** Alternatives of conjunctions: the pattern can match only if, for some entry, all its trigrams occur. */
export type Requirement = number[][] | null

type Node =
  | { t: 'lit'; c: number }
  | { t: 'any' }
  | { t: 'assert' }
  | { t: 'group'; alts: Node[][] }
  | { t: 'quant'; node: Node; min: number }

const COUNT = /\{(\d+)(,\d*)?\}/y
const HEX = /\{[0-9a-fA-F]+\}|[0-9a-fA-F]{2,4}/y

/** Parses the subset of JavaScript regex syntax the rules use; unknown syntax becomes 'any'. */
function parse(src: string): Node[][] {
  let i = 0
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
      seq.push(quant === undefined ? atom : { t: 'quant', node: atom, min: quant })
    }
    return alts
  }
  const parseQuantifier = (): number | undefined => {
    const ch = src[i]
    let min: number | undefined
    if (ch === '*' || ch === '?') min = 0
    else if (ch === '+') min = 1
    else if (ch === '{') {
      COUNT.lastIndex = i
      const m = COUNT.exec(src)
      if (!m) return undefined
      i += m[0].length - 1
      min = Number(m[1])
    }
    if (min === undefined) return undefined
    i++
    if (src[i] === '?') i++
    return min
  }
  const parseAtom = (): Node => {
    const ch = src[i] as string
    if (ch === '(') {
      i++
      let assertion = false
      if (src[i] === '?') {
        if (src.startsWith('?:', i)) i += 2
        else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
          i += 2
          assertion = true
        } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
          i += 3
          assertion = true
        } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1
      }
      const alts = alternatives()
      i++ // ')'
      return assertion ? { t: 'assert' } : { t: 'group', alts }
    }
    if (ch === '[') {
      i++
      if (src[i] === '^') i++
      if (src[i] === ']') i++
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1
      i++
      return { t: 'any' }
    }
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
      if (/[dDwWsSnrtfv0-9kc]/.test(next)) return { t: 'any' }
      return { t: 'lit', c: code(next.toLowerCase().charCodeAt(0)) }
    }
    i++
    if (ch === '^' || ch === '$') return { t: 'assert' }
    if (ch === '.') return { t: 'any' }
    return { t: 'lit', c: code(ch.toLowerCase().charCodeAt(0)) }
  }
  return alternatives()
}

function seqRequirement(seq: Node[]): Requirement {
  const candidates: number[][][] = []
  let run: number[] = []
  const flush = () => {
    if (run.length >= 3) {
      const grams: number[] = []
      for (let k = 0; k + 2 < run.length; k++)
        grams.push(
          ((run[k] as number) * ALPHABET + (run[k + 1] as number)) * ALPHABET + (run[k + 2] as number),
        )
      candidates.push([grams])
    }
    run = []
  }
  for (const node of seq) {
    if (node.t === 'lit' && node.c >= 0) {
      run.push(node.c)
      continue
    }
    flush()
    const r = nodeRequirement(node)
    if (r) candidates.push(r)
  }
  flush()
  if (candidates.length === 0) return null
  // Every candidate is required: AND the single ones together, then distribute over the candidate
  // with the fewest alternatives. The more the letter must contain, the more often we can skip.
  const all: number[] = candidates.filter((c) => c.length === 1).flatMap((c) => c[0] as number[])
  const multi = candidates.filter((c) => c.length > 1).sort((a, b) => a.length - b.length)[0]
  if (!multi) return [all]
  return multi.map((conj) => [...all, ...conj])
}

function nodeRequirement(node: Node): Requirement {
  if (node.t === 'group') return altsRequirement(node.alts)
  if (node.t === 'quant') return node.min >= 1 ? nodeRequirement(node.node) : null
  return null
}

function altsRequirement(alts: Node[][]): Requirement {
  const out: number[][] = []
  for (const seq of alts) {
    const r = seqRequirement(seq)
    if (!r) return null
    out.push(...r)
  }
  return out
}

/** What any match of `source` must contain, or null when nothing can be said. */
export function requirementOf(source: string): Requirement {
  try {
    const r = altsRequirement(parse(source))
    return r && r.length <= 64 ? r : null
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
 * contain it. `table` is reused between calls (it is cleared here).
 */
export function trigramMasks(
  lower: string,
  spans: readonly { from: number; to: number }[],
  table: Uint32Array,
): void {
  table.fill(0)
  spans.forEach((s, i) => {
    const bit = 1 << i
    let a = -1
    let b = -1
    for (let k = s.from; k < s.to; k++) {
      const ch = lower.charCodeAt(k)
      const c = ch === 9 || ch === 10 || ch === 13 || ch === 0xa0 ? 27 : code(ch)
      if (a >= 0 && b >= 0 && c >= 0) {
        const t = (a * ALPHABET + b) * ALPHABET + c
        table[t] = (table[t] as number) | bit
      }
      a = b
      b = c
    }
  })
}

/** The spans (as a bit mask within `all`) where a pattern with this requirement may match. */
export function mayMatchMask(requirement: Requirement, table: Uint32Array, all: number): number {
  if (!requirement) return all
  let mask = 0
  for (const conj of requirement) {
    let m = all
    for (const g of conj) {
      m &= table[g] ?? 0
      if (m === 0) break
    }
    mask |= m
    if (mask === all) break
  }
  return mask
}

export const TRIGRAM_TABLE_SIZE = TABLE_SIZE
