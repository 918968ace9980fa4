import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asciiJson } from '../common/ascii-json.js'
import { check, checkJson } from './check.js'
import { API_VERSION } from './report.js'
import { applyEdit, edits, exampleSentences, letters } from './test-utils/letters.js'

const LETTER = `Dear Sam,

I'm sorry for the way I spoke to you that night. I know my jealousy pushed you away, and I've started seeing a counselor about it.
I still think of our walk along the cliffs in Étretat. Would you like to have a coffee one of these days?
Take all the time you need; I'll respect your answer.

Love,
Alex`

describe('check', () => {
  it('returns a versioned, JSON-serializable report', () => {
    const report = check(LETTER)
    expect(report.apiVersion).toBe(API_VERSION)
    expect(report.language).toBe('en')
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    expect(report.scores.map((s) => s.id)).toEqual([
      'brief-sincere',
      'solutions',
      'handwritten',
      'lucid',
      'seduction',
      'open-heart',
    ])
  })

  it('gives offsets into the text with line endings normalized to \\n', () => {
    const crlf = 'Dear Sam,\r\n\r\nI am so sorry.\r\n'
    const report = check(crlf)
    const normalized = crlf.replace(/\r\n/g, '\n')
    expect(report.findings.length).toBeGreaterThan(0)
    for (const f of report.findings) expect(normalized.slice(f.from, f.to)).toBe(f.actual)
  })

  it('counts offsets in UTF-16 code units, emoji included', () => {
    const text = '💔💔 I am so sorry.'
    const [f] = check(text).findings
    expect(f?.from).toBe(text.indexOf('I am'))
    expect(f?.actual).toBe('I am so sorry')
  })

  it('raises the handwritten score only when a handwritten output is chosen', () => {
    const typed = check(LETTER).scores.find((s) => s.id === 'handwritten')
    const byHand = check(LETTER, { handwritten: true }).scores.find((s) => s.id === 'handwritten')
    expect(byHand?.score).toBeGreaterThan(typed?.score ?? 100)
  })

  it('estimates more pages on smaller paper', () => {
    const a4 = check(LETTER, { paper: 'a4' }).stats.estimate
    const a5 = check(LETTER, { paper: 'a5' }).stats.estimate
    expect(a5.lines).toBeGreaterThanOrEqual(a4.lines)
    expect(a5.pages).toBeGreaterThan(a4.pages)
  })

  it('lowers brief-sincere for a letter too short to look sincere and for one over a page', () => {
    const brief = (t: string) => check(t).scores.find((s) => s.id === 'brief-sincere')?.score ?? -1
    const long = Array.from(
      { length: 40 },
      () => 'I think about the years we spent together and what they taught me.',
    ).join(' ')
    expect(brief('I miss you.')).toBeLessThan(60)
    expect(brief(long)).toBeLessThan(60)
    expect(check(long).stats.estimate.fitsOnePage).toBe(false)
  })

  it('rejects unknown options with a clear error', () => {
    expect(() => check('hi', { paper: 'b5' as never })).toThrow(/unknown paper/)
    expect(() => check(42 as never)).toThrow(/must be a string/)
  })

  it('keeps every finding inside the text, for any input (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        "I'm sorry. ",
        'You have to call me tonight! ',
        '\r\n',
        '\n\n',
        '“quoted” ',
        '💔 ',
        'If you don’t answer by Sunday, I’ll move on for good. ',
        '???',
        '... ',
      ),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('')
        const text = input.replace(/\r\n?/g, '\n')
        const report = check(input)
        for (const f of report.findings) {
          expect(f.from).toBeGreaterThanOrEqual(0)
          expect(f.to).toBeGreaterThan(f.from)
          expect(f.to).toBeLessThanOrEqual(text.length)
          expect(f.actual).toBe(text.slice(f.from, f.to))
        }
        for (const s of report.scores) expect(s.score).toBeGreaterThanOrEqual(0)
        for (const s of report.scores) expect(s.score).toBeLessThanOrEqual(100)
      }),
      { numRuns: 300 },
    )
  })

  it('finishes on 100 KB of adversarial input (no catastrophic backtracking)', () => {
    const inputs = [
      'you '.repeat(25_000),
      `${'I '.repeat(50_000)}`,
      `if you don't ${'a, '.repeat(33_000)}`,
      'sorry sorry sorry '.repeat(5_500),
      `${'never '.repeat(16_000)}!`,
      'a'.repeat(100_000),
      `"${'we were '.repeat(12_000)}`,
    ]
    for (const input of inputs) {
      const report = check(input)
      expect(report.stats.characters).toBe(input.length)
    }
  })

  it('is deterministic', () => {
    expect(check(LETTER)).toEqual(check(LETTER))
  })
})

describe('checkJson', () => {
  it('is JSON.stringify of the report made ASCII-safe, for any letter and options, keystroke after keystroke (property)', () => {
    const options = fc.record(
      {
        model: fc.boolean(),
        paper: fc.constantFrom('a4', 'letter', 'a5'),
        handwritten: fc.boolean(),
        memo: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(letters, edits, options, (start, typed, opts) => {
        let text = start
        expect(checkJson(text, opts)).toBe(asciiJson(JSON.stringify(check(text, opts))))
        for (const edit of typed) {
          text = applyEdit(text, edit)
          expect(checkJson(text, opts)).toBe(asciiJson(JSON.stringify(check(text, opts))))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('carries a letter holding quotes, backslashes, braces and the keys it searches for as text', () => {
    for (const text of [
      'You said "from": 3, "to": 4 and {"findings":[]} \\\\ — I\'m sorry for that night.',
      // A finding whose own text holds "from" in quotes.
      'I\'m sorry for saying "from":1,"to":2 was all you were to me.',
    ]) {
      expect(checkJson(text)).toBe(asciiJson(JSON.stringify(check(text))))
      expect(JSON.parse(checkJson(text))).toEqual(check(text))
    }
  })

  it('is printable ASCII that parses to the report, for letters of any Unicode, checked again and edited (property)', () => {
    const sentences = [
      'I’m sorry for the way I spoke to you that night.',
      '“You never listen,” you said, and you were right.',
      'I still think of our walk along the cliffs in Étretat, the café, the crêpes.',
      'Thank you for everything 💔🙏 — truly.',
      'I wrote <script>alert("hi")</script> & <b>meant</b> it > less.',
      'A line\u2028that goes on\u2029after a separator.',
      "Would you like to have a coffee one of these days? I'll respect your answer.",
    ]
    const piece = fc.oneof(
      fc.constantFrom(...sentences, ...exampleSentences),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    )
    const line = fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(' '))
    const asReport = (text: string) => {
      const json = checkJson(text)
      expect(json).toMatch(/^[\x20-\x7e]*$/)
      expect(JSON.parse(json)).toEqual(check(text))
    }
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.nat(), line, (lines, at, edited) => {
        const text = lines.join('\n')
        asReport(text)
        asReport(text) // the lines seen before, their JSON kept with them
        const i = at % lines.length
        asReport(lines.map((l, k) => (k === i ? edited : l)).join('\n'))
      }),
      { numRuns: 100 },
    )
  })
})
