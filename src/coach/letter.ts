// A letter read line by line: each line's findings (the rules', then the classifier's) and its word
// count depend on the line alone (engine/run.ts says why for the rules; the classifier reads one
// sentence at a time, and word counts add up over lines), except that the classifier skips the lines
// that frame the letter ("Dear Sam,", "Love, Alex"). So a line seen before, in the same frame or not,
// costs one lookup: the editor re-checks the whole letter on every keystroke, and all lines but the one
// being typed are found whole. The lines not seen before are read together, in one pass of the rules.
import QuickLRU from 'quick-lru'
import { asciiJson } from '../common/ascii-json.js'
import { speaksOfFear } from './care.js'
import type { CompiledRule } from './engine/define-rule.js'
import { runRules } from './engine/run.js'
import { type Finding, movedFinding } from './finding.js'
import { readingFor } from './lexicon/index.js'
import { frameLines } from './model/findings.js'
import { withModelFindings } from './model/index.js'
import type { Language } from './report.js'
import { withoutFalsePraise } from './reproach.js'
import type { Counted } from './stats.js'
import { countWords, lineSpans, type Segmented, type Span, sentencesOf } from './text/segment.js'

export interface LetterReading extends Counted {
  /** Rule and classifier findings, in the report's order: copies, the caller's, made on each call. */
  findings(): Finding[]
  /**
   * The same findings as they are kept with their lines, shared with the memo, offsets from each
   * line's start: to read only, for what does not depend on where they are (scores, verdict, care).
   */
  readonly kept: readonly Finding[]
  /** Whether a line says the writer is or was afraid of the reader (care.ts). */
  readonly afraid: boolean
  /**
   * `JSON.stringify(findings)`, ASCII-safe (`asciiJson`), from each line's findings serialized and
   * escaped once (see `jsonAroundOffsets`).
   */
  findingsJson(): string
}

/** What one line holds, offsets from the line's start. */
interface LineReading {
  findings: Finding[]
  sentences: number
  words: number
  /** The line says the writer is or was afraid of the reader (`speaksOfFear`). */
  afraid: boolean
  /** Each finding's JSON (ASCII-safe) before its `from` and after its `to`, in turn, made on first use. */
  json?: string[]
}

/** Lines kept per rule set and classifier choice: a few long letters' worth, as the rules' memo. */
export const LINE_MEMO_SIZE = 4096

/** What is kept of the letters read with a rule set. */
export interface LineMemo {
  /** Each line's reading, by the classifier's choice and the line's text (see `readLetter`). */
  lines: QuickLRU<string, LineReading>
  /**
   * The last letter read, line by line. The next one is mostly the same letter: the editor sends the
   * whole letter again on every keystroke. A line found there, at the same place and read the same
   * way, costs a comparison of two strings instead of a key made, hashed and looked up. (It is not
   * refreshed in `lines` then: the last letter holds its reading anyway.)
   */
  last?: LastLetter
}

interface LastLetter {
  /** Each line's text (slices of the letter), and whether the classifier read it: a line's key. */
  texts: readonly string[]
  classified: readonly boolean[]
  readings: readonly LineReading[]
}

const memos = new WeakMap<readonly CompiledRule[], LineMemo>()

export function lineMemoFor(rules: readonly CompiledRule[]): LineMemo {
  let memo = memos.get(rules)
  if (!memo) {
    memo = { lines: new QuickLRU({ maxSize: LINE_MEMO_SIZE }) }
    memos.set(rules, memo)
  }
  return memo
}

export interface ReadOptions {
  language: Language
  /** Let the classifier add its findings (check's `model`). */
  model: boolean
  /** Keep and reuse lines (check's `memo`). */
  memo: boolean
}

/**
 * The findings of a segmented text's sentences: the rules', the classifier's behind them, then the
 * praise a reproach, a "but you…" or a danger takes back taken out (reproach.ts). What a letter's lines are read with, and what the
 * tests read a whole letter with.
 */
export function findingsIn(
  text: string,
  seg: Segmented,
  rules: readonly CompiledRule[],
  { language, model, memo }: ReadOptions,
): Finding[] {
  const ruleFindings = runRules(text, seg, rules, { language, memo })
  const found = model ? withModelFindings(text, seg, rules, ruleFindings, language, memo) : ruleFindings
  return withoutFalsePraise(text, found, readingFor(language).turn)
}

export function readLetter(
  text: string,
  rules: readonly CompiledRule[],
  { language, model, memo: useMemo }: ReadOptions,
): LetterReading {
  // Only the lines first: a known line's sentences are counted in its reading.
  const lines = lineSpans(text)
  const frame = model ? frameLines(text, { lines }) : undefined
  const memo = useMemo ? lineMemoFor(rules) : undefined
  const last = memo?.last
  const readings: LineReading[] = []
  const texts: string[] = []
  const classified: boolean[] = []
  const keys: string[] = []
  const unknown: number[] = []
  lines.forEach((line, i) => {
    const lineText = text.slice(line.from, line.to)
    // The classifier's choice is part of the key: the same line reads differently as a frame.
    const byModel = model && !frame?.has(i)
    texts[i] = lineText
    classified[i] = byModel
    // Strings compared whole (their characters side by side), not hashed: the cheapest way to know a line.
    if (last && last.texts[i] === lineText && last.classified[i] === byModel) {
      readings[i] = last.readings[i] as LineReading
      return
    }
    const key = `${byModel ? 'm' : 'r'}${lineText}`
    const read = memo?.lines.get(key)
    if (read) readings[i] = read
    else {
      keys[i] = key
      unknown.push(i)
    }
  })
  if (unknown.length > 0) {
    // The lines not seen before are read together, as one letter: the rules' prefilter takes their
    // sentences in groups (engine/run.ts), which costs far less than line by line on a new letter.
    // Every line is given, for the lines' ends and the frame; only these lines' sentences.
    const seg: Segmented = { lines, sentences: sentencesOf(text, lines, language, unknown) }
    const found = findingsIn(text, seg, rules, { language, model, memo: useMemo })
    const sentenceCounts = new Map<number, number>()
    for (const s of seg.sentences) sentenceCounts.set(s.line, (sentenceCounts.get(s.line) ?? 0) + 1)
    let f = 0 // findings are in the letter's order, and so are the lines
    for (const i of unknown) {
      const line = lines[i] as Span
      while (f < found.length && (found[f] as Finding).from < line.from) f++
      const own: Finding[] = []
      for (; f < found.length && (found[f] as Finding).from < line.to; f++)
        own.push(movedFinding(found[f] as Finding, -line.from))
      const read = {
        findings: own,
        sentences: sentenceCounts.get(i) ?? 0,
        words: countWords(texts[i] as string),
        afraid: speaksOfFear(texts[i] as string, language),
      }
      readings[i] = read
      memo?.lines.set(keys[i] as string, read)
    }
  }
  if (memo) memo.last = { texts, classified, readings }
  const kept: Finding[] = []
  let sentences = 0
  let words = 0
  let afraid = false
  for (const read of readings) {
    for (const f of read.findings) kept.push(f)
    sentences += read.sentences
    words += read.words
    afraid ||= read.afraid
  }
  // A method, not a getter: an object literal with a getter gets a hidden class of its own each call,
  // and those filled the heap (garbage collection took six times as long in a run of checkJson).
  const findings = () =>
    lines.flatMap((line, i) => (readings[i] as LineReading).findings.map((f) => movedFinding(f, line.from)))
  const findingsJson = () => {
    let json = ''
    lines.forEach((line, i) => {
      const read = readings[i] as LineReading
      read.json ??= read.findings.flatMap(jsonAroundOffsets)
      const around = read.json
      read.findings.forEach((f, k) => {
        json += `${json ? ',' : ''}${around[2 * k]}${f.from + line.from}${TO}${f.to + line.from}${around[2 * k + 1]}`
      })
    })
    return `[${json}]`
  }
  return { lines, sentences, words, findings, kept, afraid, findingsJson }
}

/**
 * A finding's JSON, ASCII-safe, cut around its offsets, which are all that changes when its line moves.
 * The keys `"from":` and `,"to":` can be found by search: a quote inside a JSON string is always
 * escaped, and `asciiJson` writes no quote.
 */
function jsonAroundOffsets(f: Finding): [string, string] {
  const json = asciiJson(JSON.stringify(f))
  const from = json.indexOf(FROM) + FROM.length
  const to = json.indexOf(TO, from)
  return [json.slice(0, from), json.slice(to + TO.length + String(f.to).length)]
}
const FROM = '"from":'
const TO = ',"to":'
