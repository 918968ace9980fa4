import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeNewlines } from '../location.js'
import { RULES } from '../rules/index.js'
import { exampleSentences } from '../test-utils/letters.js'
import { segment } from '../text/segment.js'
import { MEMO_SIZE, memoFor, runRules } from './run.js'

const rules = RULES.en
const run = (text: string, memo: boolean) => {
  const t = normalizeNewlines(text)
  return runRules(t, segment(t, 'en'), rules, { language: 'en', memo })
}
const sentences = exampleSentences

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

  it('are the findings afresh after any edit, as an editor sends keystroke after keystroke (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 2, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', ' ', '.', ',', '\n', 'x', "'")), {
          minLength: 1,
          maxLength: 12,
        }),
        (picked, edits) => {
          let text = picked.join(' ')
          run(text, true)
          for (const [at, ch] of edits) {
            const i = at % (text.length + 1)
            text = text.slice(0, i) + ch + text.slice(i)
            expect(run(text, true)).toEqual(run(text, false))
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('are not reused when what follows a sentence on its line changes what it means', () => {
    // "Can we talk?" is an invitation, unless the next sentence turns it into a demand: its patterns
    // read on, so the same sentence in another context is matched again.
    const invitation = 'Can we talk? I mean only if you want to.'
    const demand = 'Can we talk? I need an answer tonight.'
    const ids = (text: string) => run(text, true).map((f) => f.ruleId)
    expect(ids(invitation)).toContain('invitation')
    expect(ids(demand)).not.toContain('invitation')
    expect(ids(`${demand}\n${invitation}`)).toEqual(
      run(`${demand}\n${invitation}`, false).map((f) => f.ruleId),
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
