// The model's findings, behind the rules: for each sentence of the letter's body, each category the
// model's score passes and the rules did not already find in that sentence becomes one finding that
// underlines the sentence. Questions are skipped where the category's rule skips them, and so are
// sentences that one of the rule's antipatterns reads (the rule's own "not this category here").
import type { CompiledRule } from '../engine/define-rule.js'
import { trimmedSpan, vetoed } from '../engine/run.js'
import type { Finding } from '../finding.js'
import type { UnpunctuatedBreak } from '../text/breaks.js'
import { countWords, type Segmented, type Sentence, type Span } from '../text/segment.js'
import type { Model } from './model.js'

const SENTENCE_END = /[.?!…;]["'”’»)]*$/u

/** Words of a line, counted as the letter's statistics count them. */
const words = (text: string, span: Span): number => countWords(text.slice(span.from, span.to))

/**
 * Lines that frame the letter rather than say something: a short first line that opens it ("Dear
 * Sam,") and a short last line that signs it ("Alex", "Love, Alex"), with a closing line above it.
 */
export function frameLines(text: string, seg: Pick<Segmented, 'lines'>): Set<number> {
  const skip = new Set<number>()
  const { lines } = seg
  if (lines.length < 2) return skip
  const first = lines[0] as Span
  const firstText = text.slice(first.from, first.to)
  if (
    words(text, first) <= 7 &&
    firstText.length <= 48 &&
    (/[,:!]$/.test(firstText) || !/[.?…;]$/.test(firstText))
  )
    skip.add(0)
  const last = lines.length - 1
  const lastSpan = lines[last] as Span
  const lastText = text.slice(lastSpan.from, lastSpan.to)
  if (
    last > 0 &&
    !skip.has(last) &&
    words(text, lastSpan) <= 5 &&
    lastText.length <= 40 &&
    !SENTENCE_END.test(lastText)
  ) {
    skip.add(last)
    const above = lines[last - 1] as Span
    const aboveText = text.slice(above.from, above.to)
    if (
      last - 1 > 0 &&
      words(text, above) <= 7 &&
      aboveText.length <= 48 &&
      (/[,!]$/.test(aboveText) || (words(text, above) <= 4 && !SENTENCE_END.test(aboveText)))
    )
      skip.add(last - 1)
  }
  return skip
}

/** The pattern id of the model's findings: `<category>/model`. */
export const MODEL_PATTERN = 'model'

/** Whether a finding comes from the classifier (a whole sentence, no rewrite) rather than a rule. */
export function fromModel(f: Pick<Finding, 'patternId'>): boolean {
  return f.patternId.endsWith(`/${MODEL_PATTERN}`)
}

/**
 * Whether the model may not speak for this rule on this sentence, whatever its score: a question where the rule
 * skips questions (or a statement where it reads only questions), or a sentence one of the rule's antipatterns reads.
 * The training script asks the same of the rules' not-flagged examples (scripts/train-model.mjs `--veto-floors`).
 */
export function silencedOn(rule: CompiledRule, text: string, s: Span & { question: boolean }): boolean {
  const mode = rule.questions
  if ((mode === 'skip' && s.question) || (mode === 'only' && !s.question)) return true
  return vetoed(rule, text, s)
}

/** Shorter than this, a sentence is not looked at for a break without punctuation: a run-on is long. */
const RUN_ON = 60

/**
 * The sentences as their writer meant them: texting runs them together without punctuation ("i know i
 * messed up i shouldnt have said that i miss u"), which the segmenter reads as one. The model reads and
 * underlines each one the clause breaks find (text/breaks.ts), as the rules' sentence-wide spans stop
 * there (engine/run.ts `widen`): one of them, not the whole paragraph, is what it has a view on.
 */
export function writtenSentences(
  text: string,
  sentences: readonly Sentence[],
  breaks: UnpunctuatedBreak,
): Sentence[] {
  const out: Sentence[] = []
  for (const s of sentences) {
    let from = s.from
    if (s.to - s.from >= RUN_ON)
      for (let i = s.from + 1; i < s.to; i++) {
        const c = text.charCodeAt(i - 1)
        if ((c !== 32 && c !== 9) || !breaks(text, i, s.from, s.to)) continue
        let to = i - 1
        while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9)) to--
        out.push({ from, to, line: s.line, question: false })
        from = i
      }
    out.push(from === s.from ? s : { from, to: s.to, line: s.line, question: s.question })
  }
  return out
}

export function modelFindings(
  text: string,
  seg: Segmented,
  rules: readonly CompiledRule[],
  ruleFindings: readonly Finding[],
  model: Model,
  breaks: UnpunctuatedBreak,
  memo = true,
): Finding[] {
  const out: Finding[] = []
  const frame = frameLines(text, seg)
  let r = 0 // rule findings are sorted by position; sentences too
  for (const s of writtenSentences(text, seg.sentences, breaks)) {
    if (frame.has(s.line)) continue
    const sentence = text.slice(s.from, s.to)
    const passing = model.passing(sentence, memo)
    while (r < ruleFindings.length && (ruleFindings[r] as Finding).to <= s.from) r++
    if (passing.length === 0) continue
    // The sentence, trimmed of its closing punctuation as a rule's span would be.
    const span = trimmedSpan(text, s.from, s.to)
    for (const id of passing) {
      const rule = rules.find((x) => x.id === id)
      if (!rule) continue
      let found = false
      for (let k = r; k < ruleFindings.length; k++) {
        const f = ruleFindings[k] as Finding
        if (f.from >= s.to) break
        if (f.ruleId === id && f.to > s.from) {
          found = true
          break
        }
      }
      // The rules found it there already (asked first: the antipatterns' veto costs more), or it may not speak.
      if (found || silencedOn(rule, text, s)) continue
      out.push({
        ruleId: id,
        patternId: `${id}/${MODEL_PATTERN}`,
        kind: rule.kind,
        severity: rule.severity,
        from: span.from,
        to: span.to,
        actual: text.slice(span.from, span.to),
        message: rule.message,
        suggestions: [],
        sixRule: rule.sixRule,
      })
    }
  }
  return out
}
