// The composer's laws (issue 3), checked through the coach's own findings. Shared by the property tests
// and the examples test.

import type { Composed } from '../compose.js'
import { asInner, tidy, toPast } from '../phrase.js'
import type { Answers } from '../questionnaire.js'
import { situationById } from '../situations.js'

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The writer's text answers, by field name as the composer reports it. */
export function writerPhrases(a: Answers): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = []
  for (const f of [
    'feelNow',
    'whatHappened',
    'whyItEnded',
    'myPart',
    'myQualities',
    'theirQualities',
    'admire',
    'miss',
  ] as const) {
    const v = a[f]
    if (v) out.push({ field: f, text: v })
  }
  for (const list of ['memories', 'inCommon', 'ownSolutions'] as const)
    for (const [i, text] of (a[list] ?? []).entries()) out.push({ field: `${list}[${i}]`, text })
  return out
}

/** Whether the first sentence of an answer is in the letter, as written or lightly adjusted. */
export function phraseAppears(letter: string, answer: string): boolean {
  const first = tidy(answer).split(/(?<=[.!?])\s+/)[0] ?? ''
  const inner = asInner(first)
  const candidates = [inner, toPast(inner), first].map(norm)
  const text = norm(letter)
  return candidates.some((c) => c.length > 0 && text.includes(c))
}

export function brokenLaws(a: Answers, letter: Composed): string[] {
  const broken: string[] = []
  const ids = new Set(letter.report.findings.map((f) => f.ruleId))
  const has = (id: string) => ids.has(id as never)
  const situation = situationById(a.situation ?? 'after-argument')
  const pitfalls = letter.report.findings.filter((f) => f.kind === 'pitfall')
  if (pitfalls.length) broken.push(`pitfalls: ${pitfalls.map((f) => `${f.ruleId} "${f.actual}"`).join('; ')}`)
  const hasPart = situation.writerHasPart || a.myPart !== undefined || a.want === 'apologize'
  if (hasPart && !has('apology')) broken.push('no apology although the writer has a part')
  if (hasPart && !has('accountability')) broken.push('no accountability although the writer has a part')
  const solutions = (a.solutionIdeas?.length ?? 0) + (a.ownSolutions?.length ?? 0)
  if (!letter.unsent && a.cause && a.cause !== 'other' && solutions > 0 && !has('solution'))
    broken.push('no solution although a cause and a solution were given')
  if (!letter.unsent && a.proposal !== 'none' && !has('invitation')) broken.push('no invitation')
  if (letter.unsent && has('invitation')) broken.push('an invitation in an unsent letter')
  if (letter.unsent && letter.text.includes('?')) broken.push('a question in an unsent letter')
  if (!has('space')) broken.push('no space')
  if (((a.memories?.length ?? 0) > 0 || a.admire) && !has('memory') && !has('compliment'))
    broken.push('no memory nor compliment although material was given')
  if (!has('feeling')) broken.push('no feeling')
  if (!letter.report.stats.estimate.fitsOnePage)
    broken.push(`over one page: ${letter.report.stats.estimate.lines} lines`)
  if (letter.report.stats.words < 110) broken.push(`too short: ${letter.report.stats.words} words`)
  const accounted = new Set([...letter.trimmed, ...letter.setAside].map((t) => t.field))
  for (const p of writerPhrases(a)) {
    if (accounted.has(p.field)) continue
    if (!phraseAppears(letter.text, p.text)) broken.push(`the writer's ${p.field} is missing: "${p.text}"`)
  }
  if (situation.id === 'they-cheated' && /\b(?:destroy|ruin|wreck)/i.test(letter.text))
    broken.push('"they cheated" letter says what the reader destroyed')
  return broken
}
