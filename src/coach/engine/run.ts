// Runs compiled rules over a letter, sentence by sentence (a finding never leaves its sentence), each
// pattern only where the prefilter allows it, then small named filters, as textlint's kernel does.
import QuickLRU from 'quick-lru'
import { compareFindings, type Finding, movedFinding } from '../finding.js'
import { type Reading, readingFor } from '../lexicon/index.js'
import type { Language } from '../report.js'
import { quotedSpans, type Segmented, type Sentence, type Span } from '../text/segment.js'
import { readAlways, readKeyed } from './ahead.js'
import {
  type CompiledAntipattern,
  type CompiledPattern,
  type CompiledRule,
  type SpanMode,
  writtenIndex,
} from './define-rule.js'
import {
  lowerSameLength,
  mayMatchAt,
  NO_REQUIREMENT,
  REQUIREMENTS,
  TRIGRAM_TABLE_SIZE,
  TrigramTable,
} from './prefilter.js'

/**
 * A same-length copy of the text for matching: curly apostrophes and quotes made straight, so
 * patterns need not spell both. Offsets into it are offsets into the text.
 */
export function matchingShadow(text: string): string {
  return text.replace(/[‘’ʼ`´]/g, "'").replace(/[“”„]/g, '"')
}

/** Characters after a sentence that its patterns' lookaheads may see. */
const LOOKAHEAD = 200
const TIGHT = 3

interface SentenceCache {
  quotes?: Span[]
  antipatterns: Map<CompiledRule, Span[]>
}

/**
 * The rules' patterns in order, with an inverted index from each key trigram (prefilter.ts) to the
 * patterns that need it: a letter visits only the patterns its trigrams can start, instead of testing
 * all of them. For rules read from compiled data, the index the build wrote, each gram's list read
 * when a letter first has the gram (`writtenIndex`).
 */
interface PatternIndex {
  patterns: readonly CompiledPattern[]
  /** The rule of each pattern. */
  ruleOf: readonly CompiledRule[]
  /** Patterns with no key trigram: always candidates. */
  always: number[]
  /** For a gram, pairs (pattern, second gram needed or -1), flattened; NONE when there are none. */
  byGram: (readonly number[] | undefined)[]
  /** Where the lists not yet in `byGram` are read from; without it, `byGram` is complete. */
  written: ReturnType<typeof writtenIndex>
  /**
   * The candidates of a group of sentences as a bit set, a bit per pattern: each collected once, then read
   * in pattern order, word by word (cleared as read). Sorting the candidates cost more than reading them.
   */
  chosen: Int32Array
  /**
   * Each pattern's `requirementAt` once decoded (-1 before): the prefilter reads it here, in pattern order,
   * and reaches the pattern object only for the candidates that pass.
   */
  requirementAt: Int32Array
  /** Candidates of a group, in pattern order. */
  candidates: Int32Array
}

const NONE: readonly number[] = []

const indexes = new WeakMap<readonly CompiledRule[], PatternIndex>()

function indexFor(rules: readonly CompiledRule[]): PatternIndex {
  let index = indexes.get(rules)
  if (index) return index
  const patterns: CompiledPattern[] = []
  const ruleOf: CompiledRule[] = []
  for (const rule of rules)
    for (const pattern of rule.patterns) {
      patterns.push(pattern)
      ruleOf.push(rule)
    }
  const written = writtenIndex(rules)
  const byGram: (number[] | undefined)[] = new Array(TRIGRAM_TABLE_SIZE)
  let always: number[] = []
  if (written) always = readAlways(written.index)
  else
    patterns.forEach((pattern, i) => {
      const keys = pattern.keys
      if (!keys) always.push(i)
      else
        for (let k = 0; k < keys.length; k += 2) {
          const g = keys[k] as number
          const list = byGram[g] ?? []
          list.push(i, keys[k + 1] as number)
          byGram[g] = list
        }
    })
  index = {
    patterns,
    ruleOf,
    always,
    byGram,
    written,
    chosen: new Int32Array((patterns.length + 31) >>> 5),
    requirementAt: new Int32Array(patterns.length).fill(-1),
    candidates: new Int32Array(patterns.length),
  }
  indexes.set(rules, index)
  return index
}

/** The patterns keyed by gram `g`, with the second gram each needs (-1: none), pairs flattened. */
function keyedBy(index: PatternIndex, g: number): readonly number[] | undefined {
  const list = index.byGram[g]
  if (list !== undefined || !index.written) return list
  const read = readKeyed(index.written.index, index.written.code, g)
  index.byGram[g] = read.length > 0 ? read : NONE
  return index.byGram[g]
}

/** Reused between calls: checks run one at a time (the coach is synchronous). */
const table = new TrigramTable()

/**
 * Findings by sentence, offsets from the sentence's start, for text seen before. A sentence's findings
 * depend on its own text and on what follows it on its line up to LOOKAHEAD characters, and on nothing
 * else: patterns, their guards and antipatterns read only that slice, and spans never leave the
 * sentence. So a line's findings depend on the line alone, and the coach keeps whole lines too, above
 * this (letter.ts): in the line being typed, only the sentences near the edit are new here.
 * quick-lru forgets the least recently used half at a time, so a hit costs one lookup.
 */
const memos = new WeakMap<readonly CompiledRule[], QuickLRU<string, Finding[]>>()
/** Sentences kept per rule set: a few long letters' worth. */
export const MEMO_SIZE = 4096

export function memoFor(rules: readonly CompiledRule[]): QuickLRU<string, Finding[]> {
  let memo = memos.get(rules)
  if (!memo) {
    memo = new QuickLRU({ maxSize: MEMO_SIZE })
    memos.set(rules, memo)
  }
  return memo
}

export interface RunOptions {
  /** The rules' language: its words say where clauses end without punctuation (lexicon/). */
  language: Language
  /** `false` runs every pattern on every sentence (the prefilter's own test compares both ways). */
  prefilter?: boolean
  /** `false` matches every sentence afresh, even one seen before. */
  memo?: boolean
}

export function runRules(
  text: string,
  seg: Segmented,
  rules: readonly CompiledRule[],
  { language, prefilter = true, memo: useMemo = true }: RunOptions,
): Finding[] {
  const reading = readingFor(language)
  const shadow = matchingShadow(text)
  const { sentences } = seg
  const caches = new Map<Sentence, SentenceCache>()
  const cacheFor = (s: Sentence): SentenceCache => {
    let c = caches.get(s)
    if (!c) {
      c = { antipatterns: new Map() }
      caches.set(s, c)
    }
    return c
  }
  const findings: Finding[] = []
  // Patterns run sentence by sentence, and only on the sentences that hold the words they need
  // (prefilter.ts): on a letter most patterns run on no sentence at all, the rest on one or two.
  const lower = lowerSameLength(shadow)
  // Each sentence with what follows on its line, for the patterns whose lookaheads read on ("Can we
  // talk? I need an answer tonight." is not an invitation), and with a few characters for the others
  // (a word boundary, a closing mark). Matches must still start and end inside the sentence.
  const lineEnd = (s: Sentence) => seg.lines[s.line]?.to ?? s.to
  // Slices of the letter as written (case-sensitive patterns) and lower-cased (all others), tight and wide.
  const slices: string[][] = [[], [], [], []]
  const sliceFor = (pattern: CompiledPattern, k: number): string => {
    const s = sentences[k] as Sentence
    const kind = (pattern.wideContext ? 2 : 0) + (pattern.caseSensitive ? 1 : 0)
    const made = slices[kind] as string[]
    let slice = made[k]
    if (slice === undefined) {
      const to = Math.min(lineEnd(s), s.to + (pattern.wideContext ? LOOKAHEAD : TIGHT))
      slice = (pattern.caseSensitive ? shadow : lower).slice(s.from, to)
      made[k] = slice
    }
    return slice
  }
  /** The findings made so far in each sentence, by sentence index. */
  const taken: Finding[][] = []
  /**
   * The same, as each rule's spans in each sentence: `[from, to, from, to…]` sorted, never overlapping (one finding per
   * rule per stretch of text), so whether a match is already covered is a binary search, not a scan of every finding
   * made so far (a long sentence without punctuation can hold thousands).
   */
  const covered: Map<string, number[]>[] = []
  const isCovered = (k: number, ruleId: string, from: number, to: number): boolean => {
    const spans = covered[k]?.get(ruleId)
    if (!spans) return false
    // The last span starting before `to`: the only one that can overlap [from, to), since they are sorted and disjoint.
    let lo = 0
    let hi = spans.length / 2 - 1
    let at = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((spans[mid * 2] as number) < to) {
        at = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return at >= 0 && (spans[at * 2 + 1] as number) > from
  }
  const cover = (k: number, ruleId: string, from: number, to: number): void => {
    let byRule = covered[k]
    if (!byRule) {
      byRule = new Map()
      covered[k] = byRule
    }
    let spans = byRule.get(ruleId)
    if (!spans) {
      spans = []
      byRule.set(ruleId, spans)
    }
    let i = spans.length
    while (i > 0 && (spans[i - 2] as number) > from) i -= 2
    spans.splice(i, 0, from, to)
  }
  const index = indexFor(rules)
  // Candidates collected in a typed array: its sort is numeric and native, where an array's sort with a
  // comparator took a fifth of the rules' time.
  const { candidates, requirementAt } = index
  const memo = useMemo ? memoFor(rules) : undefined
  const keyOf = (s: Sentence) =>
    `${text.slice(s.from, s.to)}\u0000${shadow.slice(s.to, Math.min(lineEnd(s), s.to + LOOKAHEAD))}`
  // Sentences seen before take their findings from the memo; the others are matched in groups of 32,
  // so that a keystroke, which makes one sentence new, costs the prefilter one sentence.
  const pending: number[] = []
  const keys: string[] = []
  sentences.forEach((s, k) => {
    const key = memo ? keyOf(s) : ''
    const known = memo?.get(key)
    if (!known) {
      pending.push(k)
      keys.push(key)
    } else for (const f of known) findings.push(movedFinding(f, s.from))
  })
  for (let first = 0; first < pending.length; first += 32) {
    const ks = pending.slice(first, first + 32)
    const group = ks.map((k) => sentences[k] as Sentence)
    const all = group.length === 32 ? -1 : (1 << group.length) - 1
    let n = 0
    if (prefilter) {
      table.fill(lower, group)
      const chosen = index.chosen
      for (const p of index.always) chosen[p >>> 5] = (chosen[p >>> 5] as number) | (1 << (p & 31))
      for (let q = 0; q < table.size; q++) {
        const g = table.present[q] as number
        const keyed = keyedBy(index, g)
        if (!keyed) continue
        // A key's two grams must be in one sentence, as a conjunction's grams must: not merely in the group.
        const mask = table.masks[g] as number
        for (let j = 0; j < keyed.length; j += 2) {
          const h = keyed[j + 1] as number
          if (h >= 0 && ((table.masks[h] as number) & mask) === 0) continue
          const p = keyed[j] as number
          chosen[p >>> 5] = (chosen[p >>> 5] as number) | (1 << (p & 31))
        }
      }
      // In rule and pattern order: the first pattern to find a stretch of text reports it.
      for (let w = 0; w < chosen.length; w++) {
        let bits = chosen[w] as number
        if (bits === 0) continue
        chosen[w] = 0
        while (bits !== 0) {
          const low = bits & -bits
          candidates[n++] = (w << 5) | (31 - Math.clz32(low))
          bits ^= low
        }
      }
    } else for (let p = 0; p < index.patterns.length; p++) candidates[n++] = p
    for (let c = 0; c < n; c++) {
      const p = candidates[c] as number
      let mask = all
      if (prefilter) {
        const at = requirementAt[p] as number
        if (at >= 0) mask = mayMatchAt(REQUIREMENTS.data, at, table.masks, all)
        else if (at !== NO_REQUIREMENT) {
          const pattern = index.patterns[p] as CompiledPattern
          mask = pattern.mayMatch(table.masks, all)
          requirementAt[p] = pattern.requirementAt
        }
        if (mask === 0) continue
      }
      const rule = index.ruleOf[p] as CompiledRule
      const pattern = index.patterns[p] as CompiledPattern
      for (let i = 0; mask !== 0; i++, mask >>>= 1) {
        if ((mask & 1) === 0) continue
        const k = ks[i] as number
        matchSentence(rule, pattern, sentences[k] as Sentence, k, prefilter ? 1 << i : -1)
      }
    }
    if (memo)
      for (let i = 0; i < group.length; i++) {
        const s = group[i] as Sentence
        const found = taken[ks[i] as number] ?? []
        memo.set(
          keys[first + i] as string,
          found.map((f) => movedFinding(f, -s.from)),
        )
      }
  }
  return findings.sort(compareFindings)

  function matchSentence(
    rule: CompiledRule,
    pattern: CompiledPattern,
    sentence: Sentence,
    /** The sentence's index. */
    k: number,
    /** The sentence's bit in the trigram table (-1: run every antipattern). */
    bit: number,
  ): void {
    if (pattern.questions === 'skip' && sentence.question) return
    if (pattern.questions === 'only' && !sentence.question) return
    const re = pattern.re
    const slice = sliceFor(pattern, k)
    re.lastIndex = 0
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      const matchFrom = sentence.from + m.index
      const matchTo = matchFrom + m[0].length
      if (matchFrom >= sentence.to) break
      if (matchTo > sentence.to) continue
      // Guards read the slice too: a finding depends on its sentence (and what follows it) alone.
      if (!guardsHold(pattern, slice, m.index)) {
        // As the lookbehind would have: try again from the next position.
        re.lastIndex = m.index + 1
        continue
      }
      const cache = cacheFor(sentence)
      if (!rule.inQuotes) {
        cache.quotes ??= quotedSpans(shadow, sentence.from, sentence.to)
        if (holds(cache.quotes, matchFrom)) continue
      }
      if (rule.antipatterns.length > 0) {
        let anti = cache.antipatterns.get(rule)
        if (!anti) {
          anti = matchAll(mayMatchHere(rule.antipatterns, bit), lower, sentence)
          cache.antipatterns.set(rule, anti)
        }
        if (overlaps(anti, matchFrom, matchTo)) continue
      }
      const group = pattern.hasSpanGroup ? m.indices?.groups?.span : undefined
      // Already found here by this rule (another pattern, or another alternative of this one): the widened span would
      // overlap that finding too, so skip the widening, which reads the clause around every match (a long run-on
      // sentence that many alternatives match would otherwise pay it once per alternative and match).
      if (!group && isCovered(k, rule.id, matchFrom, matchTo)) continue
      const span = group
        ? { from: sentence.from + group[0], to: sentence.from + group[1] }
        : widen(text, sentence, matchFrom, matchTo, pattern.span, reading)
      if (span.to <= span.from) continue
      // One finding per rule per stretch of text: a second pattern on the same clause adds nothing.
      const inSentence = taken[k] ?? []
      if (isCovered(k, rule.id, span.from, span.to)) continue
      const finding = toFinding(rule, pattern, text, span)
      cover(k, rule.id, span.from, span.to)
      inSentence.push(finding)
      taken[k] = inSentence
      findings.push(finding)
    }
  }
}

// matchSentence runs for every pattern a sentence may match: it makes no closure (a closure over its
// variables would have them allocated on every call, and on every match), these do the looking.

/** Whether one of the spans holds position `at`. */
function holds(spans: readonly Span[], at: number): boolean {
  for (const q of spans) if (q.from <= at && at < q.to) return true
  return false
}

/** Whether one of the spans overlaps [from, to). */
function overlaps(spans: readonly Span[], from: number, to: number): boolean {
  for (const a of spans) if (a.from < to && from < a.to) return true
  return false
}

/** The antipatterns the prefilter lets run on the sentence of trigram-table bit `bit` (-1: all of them). */
function mayMatchHere(antipatterns: readonly CompiledAntipattern[], bit: number): CompiledAntipattern[] {
  const out: CompiledAntipattern[] = []
  for (const a of antipatterns) if (bit === -1 || a.mayMatch(table.masks, bit) !== 0) out.push(a)
  return out
}

function guardsHold(pattern: CompiledPattern, text: string, at: number): boolean {
  for (const guard of pattern.guards) {
    guard.lastIndex = at
    if (!guard.test(text)) return false
  }
  return true
}

function toFinding(rule: CompiledRule, pattern: CompiledPattern, text: string, span: Span): Finding {
  return {
    ruleId: rule.id,
    patternId: pattern.fullId,
    kind: rule.kind,
    severity: rule.severity,
    from: span.from,
    to: span.to,
    actual: text.slice(span.from, span.to),
    message: pattern.message,
    suggestions: pattern.suggest.map((s) => ({ text: s, label: 'Use this wording' })),
    sixRule: rule.sixRule,
  }
}

/**
 * Whether one of the rule's antipatterns reads the sentence: the rule's own "not this category here".
 * The classifier (model/findings.ts) asks it before adding the category to a sentence the rules left
 * without it, so that a sentence a rule refused is not flagged again from behind.
 */
export function vetoed(rule: CompiledRule, text: string, sentence: Span): boolean {
  if (rule.antipatterns.length === 0) return false
  const lower = lowerSameLength(matchingShadow(text.slice(sentence.from, sentence.to)))
  return matchAll(rule.antipatterns, lower, { from: 0, to: lower.length }).length > 0
}

/** Antipatterns (lower-cased) on the lower-cased letter. */
function matchAll(antipatterns: readonly CompiledAntipattern[], lower: string, s: Span): Span[] {
  const spans: Span[] = []
  if (antipatterns.length === 0) return spans
  const slice = lower.slice(s.from, s.to)
  for (const { re } of antipatterns) {
    re.lastIndex = 0
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      spans.push({ from: s.from + m.index, to: s.from + m.index + m[0].length })
    }
  }
  return spans
}

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '…'])
/** Spans start at a letter, a digit or an opening quote, and end at a letter, a digit or a closing quote. */
const TRAILING = /[^\p{L}\p{N}"”’'»)]+$/u
const LEADING = /^[^\p{L}\p{N}"“‘'«(]+/u

/**
 * Widens a match to its clause or sentence, without the closing punctuation. A clause stops at
 * punctuation and at a break without it (text/breaks.ts), reading only the sentence.
 */
export function widen(
  text: string,
  sentence: Span,
  from: number,
  to: number,
  mode: SpanMode,
  clauses: Clauses,
): Span {
  const { unpunctuatedBreak } = clauses
  let a = from
  let b = to
  if (mode === 'sentence') {
    // A texting paragraph without full stops is one sentence to the segmenter: the sentence a writer
    // meant ends where one ends without punctuation (text/breaks.ts), as a clause does. Looked for within
    // CLAUSE_WINDOW of the match, so a 100 KB run-on costs no more than its window for each match; no
    // break there, the whole sentence as before.
    a = sentence.from
    b = sentence.to
    const left = Math.max(sentence.from, from - CLAUSE_WINDOW)
    const right = Math.min(sentence.to, to + CLAUSE_WINDOW)
    for (let i = from; i > left; i--)
      if (unpunctuatedBreak(text, i, sentence.from, sentence.to)) {
        a = i
        break
      }
    for (let i = to; i < right; i++)
      if (unpunctuatedBreak(text, i, sentence.from, sentence.to)) {
        b = i
        break
      }
  } else if (mode === 'clause') {
    // Looking no further than CLAUSE_WINDOW either way gives the same span (a clause longer than that
    // is a run-on, cut at a conjunction within RUN_ON_PART of the match or not at all) and keeps a
    // 100 KB sentence without punctuation from costing its whole length for every match in it.
    const left = Math.max(sentence.from, from - CLAUSE_WINDOW)
    const right = Math.min(sentence.to, to + CLAUSE_WINDOW)
    // A clause also ends where a sentence or a clause does without punctuation, as texting writes them
    // ("i know i messed up | i shouldnt have said that | i miss u"): text/breaks.ts.
    while (a > left && !isBreak(text, a - 1) && !unpunctuatedBreak(text, a, sentence.from, sentence.to)) a--
    while (b < right && !isBreak(text, b) && !unpunctuatedBreak(text, b, sentence.from, sentence.to)) b++
    if (b - a > LONG_CLAUSE) {
      ;[a, b] = narrowRunOn(text, a, b, from, to, clauses.runOnConjunction)
      // Still long: a run-on without punctuation (texting style); underline what matched, no more. A sentence the
      // writer closed with a full stop is prose, whose long clauses are real clauses: there a part up to LONG_CLAUSE
      // is kept ("I miss our Friday night movie dates where we'd press play at the same time", not "miss our Friday
      // night"), as texting's unpunctuated lines are not.
      // What matched may stop on an open word ("our trip to | Kyoto…"): carried on to a word that closes it.
      if (b - a > (closedSentence(text, sentence) ? LONG_CLAUSE : RUN_ON_PART))
        [a, b] = [from, clauses.closedEnd(text, to, b)]
    }
  }
  return trimmedSpan(text, a, b)
}

/** Whether the sentence ends with a full stop, a question or exclamation mark (closing quotes and brackets aside). */
function closedSentence(text: string, sentence: Span): boolean {
  return SENTENCE_CLOSED.test(text.slice(Math.max(sentence.from, sentence.to - 8), sentence.to))
}
const SENTENCE_CLOSED = /[.!?…]["'”’»)\]]*\s*$/u

/** [a, b) without what a span does not start or end with (spaces, punctuation but quotes). */
export function trimmedSpan(text: string, a: number, b: number): Span {
  let slice = text.slice(a, b)
  const lead = LEADING.exec(slice)
  if (lead) {
    a += lead[0].length
    slice = slice.slice(lead[0].length)
  }
  const trail = TRAILING.exec(slice)
  if (trail && a + slice.length - trail[0].length > a) b = a + slice.length - trail[0].length
  return { from: a, to: b }
}

/** Past this length a "clause" is a run-on (texting without punctuation): cut it at its conjunctions. */
const LONG_CLAUSE = 90
const RUN_ON_PART = 45
/** More than LONG_CLAUSE and RUN_ON_PART: how far widening looks for a clause's edge. */
const CLAUSE_WINDOW = 2 * LONG_CLAUSE
/** What widening reads of a language: where clauses end without punctuation, and run-ons are cut. */
export type Clauses = Pick<Reading, 'unpunctuatedBreak' | 'runOnConjunction' | 'closedEnd'>

function narrowRunOn(
  text: string,
  a: number,
  b: number,
  from: number,
  to: number,
  conjunction: RegExp,
): [number, number] {
  const clause = text.slice(a, b)
  let left = a
  let right = b
  conjunction.lastIndex = 0
  for (let m = conjunction.exec(clause); m !== null; m = conjunction.exec(clause)) {
    const start = a + m.index
    const end = start + m[0].length
    if (end <= from) left = end - 1
    else if (start >= to && right === b) right = start
  }
  return [left, right]
}

function isBreak(text: string, i: number): boolean {
  const ch = text[i] as string
  if (CLAUSE_BREAK.has(ch)) {
    // A comma between digits ("1,000") or a dash inside a word is not a clause break.
    if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false
    return true
  }
  // A spaced hyphen works as a dash.
  return ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' '
}
