import { describe, expect, it } from 'vitest'
import { normalizeText, parseLetter, splitWords, wordsIn } from './text.js'

const roles = (text: string) => parseLetter(text).lines.map((l) => [l.role, l.words.join(' ')])

describe('parseLetter', () => {
  it('finds the salutation on the first line and the closing with the name at the end', () => {
    expect(roles('Dear Sam,\n\nI am sorry.\n\nWith love,\nAlex')).toEqual([
      ['salutation', 'Dear Sam,'],
      ['body', 'I am sorry.'],
      ['signature', 'With love,'],
      ['signature', 'Alex'],
    ])
  })

  it('keeps a closing and a name that sit in separate paragraphs together as the signature', () => {
    const r = roles("Mon amour,\nJe t'écris ce soir.\n\nJe t'embrasse,\n\nLéa")
    expect(r.map(([role]) => role)).toEqual(['salutation', 'body', 'signature', 'signature'])
  })

  it('does not take a last sentence for a signature', () => {
    const r = roles('Dear Sam,\n\nI hope you are well.\n\nTake care.')
    expect(r.map(([role]) => role)).toEqual(['salutation', 'body', 'body'])
  })

  it('does not take a long first sentence for a salutation', () => {
    const r = roles('I have been thinking about you a lot since we last spoke in March.\n\nAlex')
    expect(r[0]?.[0]).toBe('body')
    expect(r[1]).toEqual(['signature', 'Alex'])
  })

  it('marks the first line of each paragraph, and keeps single newlines as line breaks', () => {
    const letter = parseLetter('Hi,\nfirst line\nsecond line\n\nnext paragraph')
    expect(letter.lines.map((l) => [l.words.join(' '), l.paragraphStart])).toEqual([
      ['Hi,', true],
      ['first line', true],
      ['second line', false],
      ['next paragraph', true],
    ])
  })

  it('counts words, not punctuation', () => {
    expect(parseLetter('Dear Sam,\n\nYes — really !\n\nAlex').wordCount).toBe(5)
  })
})

describe('text normalisation', () => {
  it('composes accents (NFC) and drops invisible characters', () => {
    const decomposed = 'e\u0301te\u0301\u200b\r\nc\u0327a'
    expect(normalizeText(decomposed)).toBe('été\nça')
  })

  it('keeps French spaced punctuation with its word, so a line never starts with « ! » or « : »', () => {
    expect(splitWords('Où es-tu ? « Je sais » : oui !')).toEqual([
      'Où',
      'es-tu\u00a0?',
      '«\u00a0Je',
      'sais\u00a0»\u00a0:',
      'oui\u00a0!',
    ])
    expect(wordsIn('sais\u00a0»\u00a0:')).toBe(1)
  })
})
