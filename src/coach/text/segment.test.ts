import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, quotedSpans, segment } from './segment.js'

describe('segment', () => {
  it('splits lines and sentences with offsets into the text', () => {
    const text = 'Dear Sam,\n\nI miss you. Do you think of me?\nAlex'
    const { lines, sentences } = segment(text, 'en')
    expect(lines.map((l) => text.slice(l.from, l.to))).toEqual([
      'Dear Sam,',
      'I miss you. Do you think of me?',
      'Alex',
    ])
    expect(sentences.map((s) => [text.slice(s.from, s.to), s.question])).toEqual([
      ['Dear Sam,', false],
      ['I miss you.', false],
      ['Do you think of me?', true],
      ['Alex', false],
    ])
  })

  it('treats a question followed by a closing quote or emoji as a question', () => {
    const text = 'Are we okay?” Can we talk? 🙏'
    expect(segment(text, 'en').sentences.map((s) => s.question)).toEqual([true, true])
  })

  it('cuts a very long line into chunks without losing text', () => {
    const text = 'word '.repeat(3000).trim()
    const { sentences } = segment(text, 'en')
    expect(sentences[0]?.from).toBe(0)
    expect(sentences.at(-1)?.to).toBe(text.length)
  })

  it('counts words, contractions as one', () => {
    expect(countWords("I'm sorry — it’s late, Zoë.")).toBe(5)
  })

  it('finds quoted spans, straight, curly and guillemets', () => {
    const text = 'She said "call me" and “later” and «non».'
    expect(quotedSpans(text, 0, text.length).map((s) => text.slice(s.from, s.to))).toEqual([
      '"call me"',
      '“later”',
      '«non»',
    ])
  })
})

describe('sentence ends', () => {
  const split = (text: string) => segment(text, 'en').sentences.map((s) => text.slice(s.from, s.to))

  it('end at . ! ? and …, closing quotes included, and also before a lower-case word (texting)', () => {
    expect(split('I was wrong. i know that now! Are we ok?” Yes… Fine.')).toEqual([
      'I was wrong.',
      'i know that now!',
      'Are we ok?”',
      'Yes…',
      'Fine.',
    ])
  })

  it('end after "u", "x" or "k" written small: a word in texting, not an initial', () => {
    expect(split('i miss u tho, like proper miss u. i miss our sunday fry ups. love u x. see u')).toEqual([
      'i miss u tho, like proper miss u.',
      'i miss our sunday fry ups.',
      'love u x.',
      'see u',
    ])
    expect(split('Ask U. Thant. J. K. Rowling wrote it.')).toEqual([
      'Ask U. Thant.',
      'J. K. Rowling wrote it.',
    ])
  })

  it('do not end after an abbreviation, an initial, a decimal, or a pause before a lower-case word', () => {
    expect(split('Dr. Lee said 2.5 weeks, e.g. until J. Smith calls. I waited... and then I wrote.')).toEqual(
      ['Dr. Lee said 2.5 weeks, e.g. until J. Smith calls.', 'I waited... and then I wrote.'],
    )
  })
})

describe('countWords', () => {
  it('counts as the word regex does, without running it (property)', () => {
    const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
    const chars = fc.constantFrom('a', 'Z', 'é', '9', "'", '’', ' ', '-', '.', '😀', '字', '\n', 'ß', '²')
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join('')
        expect(countWords(text)).toBe(text.match(WORD)?.length ?? 0)
      }),
      { numRuns: 2000 },
    )
  })
})
