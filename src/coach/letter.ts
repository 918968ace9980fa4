// A letter read line by line: each line's findings (the rules', then the classifier's) and its word
// count depend on the line alone (engine/run.ts says why for the rules; the classifier reads one
// sentence at a time, and word counts add up over lines), except that the classifier skips the lines
// that frame the letter ("Dear Sam,", "Love, Alex"). So a line seen before, in the same frame or not,
// costs one lookup: the editor re-checks the whole letter on every keystroke, and all lines but the one
// being typed are found whole.
import QuickLRU from 'quick-lru'
import type { CompiledRule } from './engine/define-rule.js'
import { runRules } from './engine/run.js'
import { type Finding, movedFinding } from './finding.js'
import { frameLines } from './model/findings.js'
import { withModelFindings } from './model/index.js'
import type { Language } from './report.js'
import type { Counted } from './stats.js'
import { countWords, lineSpans, segment } from './text/segment.js'

export interface LetterReading extends Counted {
  /** Rule and classifier findings, in the report's order. */
  findings: Finding[]
}

/** What one line holds, offsets from the line's start. */
interface LineReading {
  findings: Finding[]
  sentences: number
  words: number
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
  // Only the lines: a known line's sentences are counted in its reading.
  const lines = lineSpans(text)
  const frame = model ? frameLines(text, { lines }) : undefined
  const memo = useMemo ? lineMemoFor(rules) : undefined
  const findings: Finding[] = []
  let sentences = 0
  let words = 0
  lines.forEach((line, i) => {
    const lineText = text.slice(line.from, line.to)
    const withModel = model && !frame?.has(i)
    // The classifier's choice is part of the key: the same line reads differently as a frame.
    const key = `${withModel ? 'm' : 'r'}${lineText}`
    let read = memo?.get(key)
    if (!read) {
      read = readLine(lineText, rules, language, withModel, useMemo)
      memo?.set(key, read)
    }
    for (const f of read.findings) findings.push(movedFinding(f, line.from))
    sentences += read.sentences
    words += read.words
  })
  return { lines, sentences, words, findings }
}

function readLine(
  line: string,
  rules: readonly CompiledRule[],
  language: Language,
  model: boolean,
  memo: boolean,
): LineReading {
  const seg = segment(line)
  const ruleFindings = runRules(line, seg, rules, { memo })
  // One line alone frames nothing (frameLines needs two), so the classifier reads all its sentences.
  const findings = model ? withModelFindings(line, seg, rules, ruleFindings, language, memo) : ruleFindings
  return { findings, sentences: seg.sentences.length, words: countWords(line) }
}
