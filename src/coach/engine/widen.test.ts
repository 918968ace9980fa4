import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readingFor } from '../lexicon/index.js'
import { widen } from './run.js'

const en = readingFor('en')
const { unpunctuatedBreak } = en

/**
 * widen() as it was before it looked only CLAUSE_WINDOW characters either way: walk to the clause's
 * edges however far (with `breaks`, stopping at a break without punctuation too), then cut a long
 * clause at its conjunctions. The reference for the bounded one.
 */
function unbounded(text: string, from: number, to: number, breaks = true): [number, number] {
  const unpunctuated = (i: number) => breaks && unpunctuatedBreak(text, i, 0, text.length)
  const isBreak = (i: number) => {
    const ch = text[i] as string
    if (',;:—–()…'.includes(ch))
      return !(ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))
    return ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' '
  }
  let a = from
  let b = to
  while (a > 0 && !isBreak(a - 1) && !unpunctuated(a)) a--
  while (b < text.length && !isBreak(b) && !unpunctuated(b)) b++
  if (b - a > 90) {
    const clause = text.slice(a, b)
    let left = a
    let right = b
    for (const m of clause.matchAll(en.runOnConjunction)) {
      const start = a + m.index
      const end = start + m[0].length
      if (end <= from) left = end - 1
      else if (start >= to && right === b) right = start
    }
    ;[a, b] = [left, right]
    // A sentence closed with a full stop keeps a part up to 90 long, a texting line without one up to 45;
    // longer, what matched, carried past an open last word (text/breaks.ts closedEnds).
    if (b - a > (/[.!?…]["'”’»)\]]*\s*$/u.test(text.slice(-8)) ? 90 : 45))
      [a, b] = [from, en.closedEnd(text, to, b)]
  }
  let slice = text.slice(a, b)
  const lead = /^[^\p{L}\p{N}"“‘'«(]+/u.exec(slice)
  if (lead) {
    a += lead[0].length
    slice = slice.slice(lead[0].length)
  }
  const trail = /[^\p{L}\p{N}"”’'»)]+$/u.exec(slice)
  if (trail && a + slice.length - trail[0].length > a) b = a + slice.length - trail[0].length
  return [a, b]
}

const word = fc.constantFrom(
  'you',
  'ruined',
  'everything',
  'and',
  'but',
  'so',
  'i',
  'love',
  'we',
  'walked',
  'then',
  '1,000',
  'u',
  'me',
  'it',
  'miss',
  'up',
  'tbh',
  'lol',
)
const gap = fc.constantFrom(' ', ' ', ' ', ', ', ' - ', '; ', ' (', ') ')

/** Words and gaps joined into one sentence, and a match in it: [from, to), up to `extra` + 1 long. */
const textWithMatch = (words: number, extra: number) =>
  fc
    .tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: words }), fc.nat(), fc.nat(extra))
    .map(([parts, at, length]) => {
      const text = parts.map(([w, g]) => w + g).join('')
      const from = at % text.length
      return { text, from, to: Math.min(text.length, from + 1 + length) }
    })

/** The match widened to its clause, the text read as one sentence. */
const widened = (text: string, from: number, to: number) =>
  widen(text, { from: 0, to: text.length }, from, to, 'clause', en)

const clause = (text: string, match: string) => {
  const from = text.indexOf(match)
  const span = widened(text, from, from + match.length)
  return text.slice(span.from, span.to)
}

describe('widening a match to its clause', () => {
  it('keeps a long clause of punctuated prose, cut at its conjunctions, rather than the bare match', () => {
    // Letters review: "miss our Friday night" was underlined for the memory in a sentence the writer had punctuated.
    const text =
      "I miss our Friday night movie dates where we'd press play at the same time and you'd always be two seconds ahead."
    expect(clause(text, 'miss our Friday night')).toBe(
      "I miss our Friday night movie dates where we'd press play at the same time",
    )
    // The same words as a texting line, without the full stop: the match only, as before.
    expect(clause(text.slice(0, -1), 'miss our Friday night')).toBe('miss our Friday night')
  })

  it('does not leave a match cut short hanging on "to", "the", "or I" where the clause is too long to underline', () => {
    // Letters review: "our trip to" was underlined for the memory, "map of the" before "Beara Peninsula".
    const kyoto =
      "Your colour-coded itinerary for our trip to Kyoto is still the most organised thing I've ever seen."
    expect(clause(kyoto, 'our trip to')).toBe('our trip to Kyoto')
    const beara =
      'I came across the Ordnance Survey map of the Beara Peninsula we marked up in green biro the summer the car broke down.'
    expect(clause(beara, 'came across the Ordnance Survey map of the')).toBe(
      'came across the Ordnance Survey map of the Beara Peninsula',
    )
    const solicitor =
      "Either you come to the counselling session on the 3rd or I tell the solicitor we're finished for good."
    expect(clause(solicitor, 'Either you come to the counselling session on the 3rd or I')).toBe(
      'Either you come to the counselling session on the 3rd or I tell',
    )
    // A closed end is kept: an object ("you"), a particle ("on"); and never carried past punctuation.
    const closedAt = (text: string, match: string) => {
      const to = text.indexOf(match) + match.length
      return text.slice(0, en.closedEnd(text, to, text.length))
    }
    expect(
      closedAt('I chose to hide things instead of talking to you when we were struggling.', 'to you'),
    ).toBe('I chose to hide things instead of talking to you')
    expect(closedAt('whoever got home first put the kettle on and texted', 'kettle on')).toBe(
      'whoever got home first put the kettle on',
    )
    expect(closedAt('the night we spent in, Lagos or not', 'spent in')).toBe('the night we spent in')
  })

  it('stops at a sentence break without punctuation, either way', () => {
    const text = 'i know i messed up i shouldnt have said those things u didnt deserve it i miss u'
    expect(clause(text, 'shouldnt')).toBe('i shouldnt have said those things u didnt deserve it')
    expect(clause(text, 'messed up')).toBe('i know i messed up')
    expect(clause(text, 'miss u')).toBe('i miss u')
    expect(clause('pls just read it properly i miss u so much', 'pls just')).toBe('pls just read it properly')
    expect(clause("i'm so happy for u u always said u would", 'happy')).toBe("i'm so happy for u")
  })

  it('widens a sentence-wide span to the sentence the writer meant, in a paragraph without full stops', () => {
    const sentenceOf = (text: string, match: string) => {
      const from = text.indexOf(match)
      const span = widen(text, { from: 0, to: text.length }, from, from + match.length, 'sentence', en)
      return text.slice(span.from, span.to)
    }
    // Texting: one "sentence" to the segmenter, three to the writer.
    const texting = 'i know ur with someone now i still think about u i will be outside ur work tomorrow'
    expect(sentenceOf(texting, 'outside ur work')).toBe('i will be outside ur work tomorrow')
    const messedUp = 'i know i messed up i shouldnt have said those things u didnt deserve it i miss u'
    expect(sentenceOf(messedUp, 'shouldnt')).toBe('i shouldnt have said those things u didnt deserve it')
    expect(sentenceOf(messedUp, 'miss u')).toBe('i miss u')
    // Punctuated prose keeps the whole sentence, commas and all.
    const prose = 'I know you are with someone now, and I will be outside your work tomorrow.'
    expect(sentenceOf(prose, 'outside your work')).toBe(prose.slice(0, -1))
  })

  it('leaves punctuated text and clauses that go on as they were', () => {
    expect(clause('I know I messed up, and I should not have said those things.', 'should not')).toBe(
      'and I should not have said those things',
    )
    expect(clause('we walked for hours and i think it was the best day', 'best day')).toBe(
      'we walked for hours and i think it was the best day',
    )
    expect(clause('i told u i would be there for u', 'be there')).toBe('i told u i would be there for u')
    expect(clause('if u come back i will be whatever u need', 'whatever')).toBe(
      'if u come back i will be whatever u need',
    )
  })

  it('never takes in a break without punctuation beyond the match (property)', () => {
    fc.assert(
      fc.property(textWithMatch(60, 20), ({ text, from, to }) => {
        const span = widened(text, from, to)
        for (let i = span.from + 1; i < span.to; i++)
          if (i <= from || i >= to) expect(unpunctuatedBreak(text, i, 0, text.length)).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  it('gives the span it gave before where no break without punctuation is found (property)', () => {
    fc.assert(
      fc.property(textWithMatch(60, 20), ({ text, from, to }) => {
        let found = false
        for (let i = 1; i < text.length && !found; i++) found = unpunctuatedBreak(text, i, 0, text.length)
        fc.pre(!found)
        const span = widened(text, from, to)
        expect([span.from, span.to]).toEqual(unbounded(text, from, to, false))
      }),
      { numRuns: 1000 },
    )
  })

  it('gives the span the unbounded walk gives, on run-ons of any length (property)', () => {
    fc.assert(
      fc.property(textWithMatch(160, 40), ({ text, from, to }) => {
        const span = widened(text, from, to)
        expect([span.from, span.to]).toEqual(unbounded(text, from, to))
      }),
      { numRuns: 2000 },
    )
  })
})
