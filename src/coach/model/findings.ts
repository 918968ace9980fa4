// The model's findings, behind the rules: for each sentence of the letter's body, each category the
// model's score passes and the rules did not already find in that sentence becomes one finding that
// underlines the sentence. Questions are skipped where the category's rule skips them.
import type { CompiledRule, QuestionMode } from '../engine/define-rule.js'
import type { Finding } from '../finding.js'
import { type Segmented, type Span, segment } from '../text/segment.js'
import type { Model } from './model.js'

const SENTENCE_END = /[.?!…;]["'”’»)]*$/u

function words(text: string, span: Span): number {
  return text.slice(span.from, span.to).split(/\s+/).filter(Boolean).length
}

/**
 * Lines that frame the letter rather than say something: a short first line that opens it ("Dear
 * Sam,") and a short last line that signs it ("Alex", "Love, Alex"), with a closing line above it.
 */
export function frameLines(text: string, seg: Segmented): Set<number> {
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

function questionMode(rule: CompiledRule): QuestionMode {
  return rule.spec.questions ?? (rule.spec.kind === 'pitfall' ? 'skip' : 'any')
}

/**
 * The sentences the rules' own examples say are not of a category: a not-flagged example's sentences,
 * and the sentences of a flagged example other than the one it flags. The model defers to them (the
 * rules' tests run check() on them), whatever its score.
 */
const examplesCleared = new WeakMap<readonly CompiledRule[], Map<string, Set<string>>>()
export function clearedByExamples(rules: readonly CompiledRule[]): Map<string, Set<string>> {
  let cleared = examplesCleared.get(rules)
  if (cleared) return cleared
  const map = new Map<string, Set<string>>()
  const add = (sentence: string, id: string) => {
    const ids = map.get(sentence) ?? new Set<string>()
    ids.add(id)
    map.set(sentence, ids)
  }
  for (const rule of rules)
    for (const e of rule.spec.examples) {
      let text: string
      let from = -1
      let to = -1
      if ('notFlagged' in e) text = e.notFlagged
      else {
        const a = e.flagged.indexOf('[[')
        const b = e.flagged.indexOf(']]')
        if (a < 0 || b < a) continue
        text = e.flagged.slice(0, a) + e.flagged.slice(a + 2, b) + e.flagged.slice(b + 2)
        from = a
        to = b - 2
      }
      for (const s of segment(text).sentences)
        if (from < 0 || s.to <= from || s.from >= to) add(text.slice(s.from, s.to), rule.id)
    }
  cleared = map
  examplesCleared.set(rules, cleared)
  return cleared
}

export function modelFindings(
  text: string,
  seg: Segmented,
  rules: readonly CompiledRule[],
  ruleFindings: readonly Finding[],
  model: Model,
): Finding[] {
  const out: Finding[] = []
  const frame = frameLines(text, seg)
  let r = 0 // rule findings are sorted by position; sentences too
  for (const s of seg.sentences) {
    if (frame.has(s.line)) continue
    const sentence = text.slice(s.from, s.to)
    const passing = model.passing(sentence)
    while (r < ruleFindings.length && (ruleFindings[r] as Finding).to <= s.from) r++
    if (passing.length === 0) continue
    const cleared = clearedByExamples(rules).get(sentence)
    for (const id of passing) {
      if (cleared?.has(id)) continue
      const rule = rules.find((x) => x.id === id)
      if (!rule) continue
      const mode = questionMode(rule)
      if ((mode === 'skip' && s.question) || (mode === 'only' && !s.question)) continue
      let found = false
      for (let k = r; k < ruleFindings.length; k++) {
        const f = ruleFindings[k] as Finding
        if (f.from >= s.to) break
        if (f.ruleId === id && f.to > s.from) {
          found = true
          break
        }
      }
      if (found) continue
      out.push({
        ruleId: id,
        patternId: `${id}/model`,
        kind: rule.spec.kind,
        severity: rule.spec.severity,
        from: s.from,
        to: s.to,
        actual: text.slice(s.from, s.to),
        message: rule.spec.message,
        suggestions: [],
        sixRule: rule.spec.sixRule,
      })
    }
  }
  return out
}
