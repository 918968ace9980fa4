import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readingFor } from '../lexicon/index.js'

const { unpunctuatedBreak } = readingFor('en')

/** The text cut at every break found, reading it as one sentence. */
function split(text: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let at = 1; at < text.length; at++)
    if (unpunctuatedBreak(text, at, 0, text.length)) {
      parts.push(text.slice(start, at).trim())
      start = at
    }
  parts.push(text.slice(start).trim())
  return parts
}

describe('a sentence break without punctuation', () => {
  it('comes before a subject after a word a clause ends on', () => {
    expect(split('i know i messed up i shouldnt have said those things u didnt deserve it i miss u')).toEqual(
      [
        'i know i messed up',
        // "things | u didnt": after a noun, "u" may start a relative clause ("the things u said"): left whole.
        'i shouldnt have said those things u didnt deserve it',
        'i miss u',
      ],
    )
    expect(split('i love u i miss u')).toEqual(['i love u', 'i miss u'])
    expect(split("i'm so happy for u u always said u would")).toEqual([
      "i'm so happy for u",
      'u always said u would',
    ])
    expect(split('pls just read it properly i miss u so much')).toEqual([
      'pls just read it properly',
      'i miss u so much',
    ])
    expect(split('i miss u tho i really do i miss our sunday pancakes')).toEqual([
      'i miss u tho',
      'i really do',
      'i miss our sunday pancakes',
    ])
  })

  it('comes before "i know", "i guess", "i miss u"… after a noun no relative clause hangs on', () => {
    expect(split('just ur key on the counter i keep going over that last fight')).toEqual([
      'just ur key on the counter',
      'i keep going over that last fight',
    ])
    expect(split('and the way u sang in the car i know i wasnt easy')).toEqual([
      'and the way u sang in the car',
      'i know i wasnt easy',
    ])
    // A word with an accent is a word like any other: "chloé" ends a clause as "chloe" does.
    expect(split("it was my fault i'm sorry chloé i miss you every day")).toEqual([
      "it was my fault i'm sorry chloé",
      'i miss you every day',
    ])
  })

  it('comes after "lol", "haha" or kisses, and after an emoji between words', () => {
    expect(split('its doable if i stop getting deliveroo lol or if u ever wanted to')).toEqual([
      'its doable if i stop getting deliveroo lol',
      'or if u ever wanted to',
    ])
    expect(split('we had so much fun 😂 we should do it again')).toEqual([
      'we had so much fun 😂',
      'we should do it again',
    ])
  })

  it('is not found after a conjunction or a word that opens a clause ("and i think", "so u know", "that i")', () => {
    for (const text of [
      'we walked for hours and i think it was the best day',
      'it was hard so u know why i left',
      'i never said that i wanted you gone',
      'i know what i did',
      'i said i would but i didnt',
    ])
      expect(split(text)).toEqual([text])
  })

  it('comes after an auxiliary said no to, as after one said yes to ("i really do | i miss…")', () => {
    expect(split('i know i shouldnt i miss u')).toEqual(['i know i shouldnt', 'i miss u'])
    expect(split('i wont pretend i dont i feel like ur mam never liked me')).toEqual([
      'i wont pretend i dont',
      'i feel like ur mam never liked me',
    ])
    for (const text of ['why dont i come over on sunday', 'neither can i'])
      expect(split(text)).toEqual([text])
  })

  it('comes before "but" with a subject after it: a turn starts a clause of its own', () => {
    expect(
      split('i was jealous of ur mates and i took it out on u but u could of at least said goodbye'),
    ).toEqual(['i was jealous of ur mates and i took it out on u', 'but u could of at least said goodbye'])
    expect(split('i was wrong but i was scared')).toEqual(['i was wrong', 'but i was scared'])
    for (const text of [
      'i miss u but not like that',
      'but i was scared',
      'i wanted to but then i was scared',
    ])
      expect(split(text)).toEqual([text])
  })

  it('is not found inside one sentence: told-that, fronted phrases, conditionals, relative clauses, tags', () => {
    for (const text of [
      'i told u i would be there',
      'i promised you we would try',
      'for u i would do anything',
      'thanks to you I now jump every time my phone rings',
      'if u come back i will be whatever u need',
      'when you stopped texting back I felt like I had disappeared',
      'the things i said were cruel',
      'the car i bought for us is still outside',
      'a picture I keep',
      'deep down you know it',
      'the truth is I checked out of our marriage',
      'mistakes were made by both of us I suppose',
      'neither do i',
      'I told Sam I would come',
      "i'm saying i miss you",
      'and by the end I think we were both too tired',
      'i ❤️ u',
      'you have my 🌍 forever',
    ])
      expect(split(text)).toEqual([text])
  })

  it('needs a blank before the word, and reads only the sentence it is given', () => {
    const text = 'i love u i miss u'
    expect(unpunctuatedBreak(text, text.indexOf('i miss'), 0, text.length)).toBe(true)
    // The same place, with the sentence starting at "u": nothing before "u" to end a clause on.
    expect(unpunctuatedBreak(text, text.indexOf('i miss'), text.indexOf('u i'), text.length)).toBe(false)
    expect(unpunctuatedBreak('i love u,i miss u', 9, 0, 17)).toBe(false)
  })

  it('depends on the sentence alone, whatever surrounds it (property)', () => {
    const word = fc.constantFrom(
      'i',
      'u',
      'you',
      'me',
      'it',
      'love',
      'miss',
      'know',
      'up',
      'tbh',
      'lol',
      'the',
      'car',
    )
    const words = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(words, words, words, (before, sentence, after) => {
        const text = `${before} ${sentence} ${after}`
        const lo = before.length + 1
        const hi = lo + sentence.length
        for (let at = 0; at <= sentence.length; at++)
          expect(unpunctuatedBreak(text, lo + at, lo, hi)).toBe(
            unpunctuatedBreak(sentence, at, 0, sentence.length),
          )
      }),
      { numRuns: 500 },
    )
  })

  it('stays fast on 100 KB without punctuation', () => {
    const text = 'i love u i miss u lol the car i know i messed up '.repeat(2_100)
    const started = performance.now()
    let n = 0
    for (let at = 1; at < text.length; at++) if (unpunctuatedBreak(text, at, 0, text.length)) n++
    // Before "i miss", "the" (after lol), "i know" (after the car) and "i love" (after messed up).
    expect(n).toBe(2_100 * 4 - 1)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
