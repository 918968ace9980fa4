// A letter read line by line: each line's findings (the rules', then the classifier's) and its word
// count depend on the line alone (engine/run.ts says why for the rules; the classifier reads one
// sentence at a time, and word counts add up over lines), except that the classifier skips the lines
// that frame the letter ("Dear Sam,", "Love, Alex"). So a line seen before, in the same frame or not,
// costs one lookup: the editor re-checks the whole letter on every keystroke, and all lines but the one
// being typed are found whole. The lines not seen before are read together, in one pass of the rules.
import QuickLRU from 'quick-lru'
import { asciiJson } from '../common/ascii-json.js'
import type { CompiledRule } from './engine/define-rule.js'
import { runRules } from './engine/run.js'
import { type Finding, movedFinding } from './finding.js'
import { frameLines } from './model/findings.js'
import { withModelFindings } from './model/index.js'
import type { Language } from './report.js'
import type { Counted } from './stats.js'
import { countWords, lineSpans, type Segmented, type Span, sentencesOf } from './text/segment.js'

export interface LetterReading extends Counted {
  /** Rule and classifier findings, in the report's order. */
  findings: Finding[]
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
  /** Each finding's JSON (ASCII-safe) before its `from` and after its `to`, in turn, made on first use. */
  json?: string[]
}

/** Lines kept per rule set and classifier choice: a few long letters' worth, as the rules' memo. */
export const LINE_MEMO_SIZE = 4096
const memos = new WeakMap<readonly CompiledRule[], QuickLRU<string, LineReading>>()

export function lineMemoFor(rules: readonly CompiledRule[]): QuickLRU<string, LineReading> {
  let memo = memos.get(rules)
  if (!memo) {
    memo = new QuickLRU({ maxSize: LINE_MEMO_SIZE })
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

export function readLetter(
  text: string,
  rules: readonly CompiledRule[],
  { language, model, memo: useMemo }: ReadOptions,
): LetterReading {
  // Only the lines first: a known line's sentences are counted in its reading.
  const lines = lineSpans(text)
  const frame = model ? frameLines(text, { lines }) : undefined
  const memo = useMemo ? lineMemoFor(rules) : undefined
  const readings: LineReading[] = []
  const keys: string[] = []
  const unknown: number[] = []
  lines.forEach((line, i) => {
    // The classifier's choice is part of the key: the same line reads differently as a frame.
    const key = `${model && !frame?.has(i) ? 'm' : 'r'}${text.slice(line.from, line.to)}`
    const read = memo?.get(key)
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
    const ruleFindings = runRules(text, seg, rules, { language, memo: useMemo })
    const found = model ? withModelFindings(text, seg, rules, ruleFindings, language, useMemo) : ruleFindings
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
        words: countWords(text.slice(line.from, line.to)),
      }
      readings[i] = read
      memo?.set(keys[i] as string, read)
    }
  }
  const findings: Finding[] = []
  let sentences = 0
  let words = 0
  lines.forEach((line, i) => {
    const read = readings[i] as LineReading
    for (const f of read.findings) findings.push(movedFinding(f, line.from))
    sentences += read.sentences
    words += read.words
  })
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
  return { lines, sentences, words, findings, findingsJson }
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
