import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { speaksOfFear } from './care.js'
import { findingsIn, LINE_MEMO_SIZE, lineMemoFor, type ReadOptions, readLetter } from './letter.js'
import { RULES } from './rules/index.js'
import { applyEdit, edits, letters } from './test-utils/letters.js'
import { countWords, segment } from './text/segment.js'

const rules = RULES.en

/** The whole letter read at once, with no memo: what reading it line by line must give. */
/** A reading's counts and findings (its `findingsJson` is held to JSON.stringify in check.test.ts). */
function readPlain(text: string, options: ReadOptions) {
  const { findingsJson: _, kept, findings, ...plain } = readLetter(text, rules, options)
  // The findings as the lines keep them: the same, each at its line's start.
  expect(kept.map((f) => f.ruleId)).toEqual(findings().map((f) => f.ruleId))
  return { ...plain, findings: findings() }
}

function wholeLetter(text: string, model: boolean) {
  const seg = segment(text, 'en')
  const findings = findingsIn(text, seg, rules, { language: 'en', model, memo: false })
  // Fear of the reader is read line by line: the letter speaks of it when one of its lines does.
  const afraid = seg.lines.some((line) => speaksOfFear(text.slice(line.from, line.to)))
  return { lines: seg.lines, sentences: seg.sentences.length, words: countWords(text), afraid, findings }
}

describe('a letter read line by line', () => {
  it("gives the whole letter's findings and word count, with and without the classifier (property)", () => {
    fc.assert(
      fc.property(letters, fc.boolean(), (text, model) => {
        const whole = wholeLetter(text, model)
        const options = { language: 'en', model } as const
        expect(readPlain(text, { ...options, memo: false })).toEqual(whole)
        expect(readPlain(text, { ...options, memo: true })).toEqual(whole) // fills the memo
        expect(readPlain(text, { ...options, memo: true })).toEqual(whole) // reads it
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same after any edit, keystroke after keystroke (property)', () => {
    fc.assert(
      fc.property(letters, edits, (start, typed) => {
        let text = start
        readLetter(text, rules, { language: 'en', model: true, memo: true })
        for (const edit of typed) {
          text = applyEdit(text, edit)
          expect(readPlain(text, { language: 'en', model: true, memo: true })).toEqual(
            wholeLetter(text, true),
          )
        }
      }),
      { numRuns: 100 },
    )
  })

  it('reads a line as a frame or not by its place: the same line, first or in the middle', () => {
    // A short line ending in a comma opens a letter the way "Dear Sam," does, so the classifier skips it
    // there; in the middle it is a line like any other, and the classifier reads an invitation in it.
    const line = 'Coffee sometime, no strings,'
    const read = (text: string) => readPlain(text, { language: 'en', model: true, memo: true })
    const first = `${line}\n\nI miss you.\n\nAlex`
    const middle = `Dear Sam,\n\n${line}\n\nI miss you.\n\nAlex`
    for (const text of [first, middle, first]) expect(read(text)).toEqual(wholeLetter(text, true))
    const invitations = (text: string) => read(text).findings.filter((f) => f.ruleId === 'invitation').length
    // If the classifier's weights change, pick another short line it flags that a frame can be.
    expect([invitations(first), invitations(middle)]).toEqual([0, 1])
  })

  it('reads the same line at the same place again as the frame makes it, one letter after the other', () => {
    // The line above a short signature closes the letter; above a long last line it says something.
    const line = 'Coffee sometime, no strings,'
    const read = (text: string) => readPlain(text, { language: 'en', model: true, memo: true })
    const closing = `Dear Sam,\n\nI miss you.\n\n${line}\nAlex`
    const saying = `Dear Sam,\n\nI miss you.\n\n${line}\nAlex, and I am so sorry for all that I said to you that night.`
    const invitations = (text: string) => read(text).findings.filter((f) => f.ruleId === 'invitation').length
    for (const text of [closing, saying, closing, saying]) expect(read(text)).toEqual(wholeLetter(text, true))
    expect([invitations(closing), invitations(saying)]).toEqual([0, 1])
  })

  it('hands out copies: changing a report does not change the next one', () => {
    const text = "I'm so sorry.\n\nYou have to answer me by tonight."
    const first = readLetter(text, rules, { language: 'en', model: true, memo: true })
    for (const f of first.findings()) {
      f.from = -1
      f.suggestions.push({ text: 'x', label: 'x' })
    }
    expect(readPlain(text, { language: 'en', model: true, memo: true })).toEqual(wholeLetter(text, true))
  })

  it('keeps a bounded number of lines', () => {
    for (let i = 0; i < LINE_MEMO_SIZE + 10; i++)
      readLetter(`Line number ${i} is here.`, rules, { language: 'en', model: true, memo: true })
    expect(lineMemoFor(rules).lines.size).toBe(LINE_MEMO_SIZE)
  })
})
