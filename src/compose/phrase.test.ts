import { describe, expect, it } from 'vitest'
import { asInner, asSentence, phrase, shapeOf, tidy, toPast } from './phrase.js'

describe("the writer's phrases, lightly adjusted", () => {
  it('writes the pronoun I as a capital and collapses whitespace, changing no word', () => {
    expect(tidy("i was  cold\nand i'm sorry, im tired")).toBe("I was cold and I'm sorry, I'm tired")
    expect(tidy('my iPhone and Italy')).toBe('my iPhone and Italy')
  })

  it('tells a clause from a fragment, a gerund and a bare verb', () => {
    expect(shapeOf('I was cold')).toBe('clause')
    expect(shapeOf("At your sister's wedding I got jealous")).toBe('clause')
    expect(shapeOf('One Tuesday your things were gone')).toBe('clause')
    expect(shapeOf('my jealousy')).toBe('fragment')
    expect(shapeOf('my jealousy had been growing')).toBe('clause')
    expect(shapeOf('the night we missed the last train')).toBe('fragment')
    expect(shapeOf('how patient you are')).toBe('fragment')
    expect(shapeOf('being jealous')).toBe('gerund')
    expect(shapeOf('During the conference I lied')).toBe('clause')
    expect(shapeOf('see a counselor')).toBe('verb')
  })

  it('lowercases a first word that only began the answer, but not a name or I', () => {
    expect(asInner('We danced in the kitchen.')).toBe('we danced in the kitchen')
    expect(asInner('Lisbon in May!')).toBe('Lisbon in May')
    expect(asInner("I'm sorry.")).toBe("I'm sorry")
    expect(asInner('NYC at night')).toBe('NYC at night')
  })

  it('gives a sentence a capital and end punctuation, keeping a question mark', () => {
    expect(asSentence('sad and a bit lost,')).toBe('Sad and a bit lost.')
    expect(asSentence('what changed?')).toBe('What changed?')
  })

  it('puts a memory told in the present into the past, and leaves the past alone', () => {
    expect(toPast('we go to the market on Sundays')).toBe('we went to the market on Sundays')
    expect(toPast('We often walk by the river')).toBe('We often walked by the river')
    expect(toPast('we walked by the river')).toBe('we walked by the river')
  })

  it('keeps the sentences of a longer answer apart', () => {
    expect(phrase('I was tired. I said too much.').sentences).toEqual(['I was tired.', 'I said too much.'])
  })
})
