import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeNewlines } from '../location.js'
import { RULES } from '../rules/index.js'
import { segment } from '../text/segment.js'
import { parseMarked } from './marked.js'
import { MEMO_SIZE, memoFor, runRules } from './run.js'

const rules = RULES.en
const run = (text: string, memo: boolean) => {
  const t = normalizeNewlines(text)
  return runRules(t, segment(t), rules, { memo })
}
const sentences = [
  ...new Set(
    rules.flatMap((r) =>
      r.spec.examples.map((e) => ('flagged' in e ? parseMarked(e.flagged).text : e.notFlagged)),
    ),
  ),
]

describe('findings of sentences seen before', () => {
  it('are the findings the sentence gets afresh, whatever comes before or after it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(' ', '\n', '\n\n', ' — ', ', '), { minLength: 12, maxLength: 12 }),
        (picked, joins) => {
          const text = picked.map((s, i) => s + (joins[i] as string)).join('')
          const fresh = run(text, false)
          expect(run(text, true)).toEqual(fresh) // fills the memo
          expect(run(text, true)).toEqual(fresh) // reads it
          // The same sentences in another order and context.
          const other = [...picked].reverse().join(' ')
          expect(run(other, true)).toEqual(run(other, false))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('are copies: changing a report does not change the next one', () => {
    const text = "I'm so sorry. You have to answer me by tonight."
    const first = run(text, true)
    for (const f of first) {
      f.from = -1
      f.suggestions.push({ text: 'x', label: 'x' })
    }
    expect(run(text, true)).toEqual(run(text, false))
  })

  it('are kept for a bounded number of sentences', () => {
    for (let i = 0; i < MEMO_SIZE + 10; i++) run(`Sentence number ${i} is here.`, true)
    expect(memoFor(rules).size).toBe(MEMO_SIZE)
    expect(run("I'm so sorry.", true)).toEqual(run("I'm so sorry.", false))
  })
})
