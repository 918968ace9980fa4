import { describe, expect, it } from 'vitest'
import { AnswersError, compose } from './compose.js'

const base = {
  situation: 'after-argument',
  readerName: 'Sam',
  signature: 'Alex',
  feelNow: 'sad and a bit lost',
  memories: ['our trip to Lisbon in May'],
  admire: 'your courage',
  proposal: 'coffee',
} as const

const strengths = (text: ReturnType<typeof compose>) => new Set(text.report.findings.map((f) => f.ruleId))

describe('compose', () => {
  it('returns the letter as parts and as text, with the coach report on that text', () => {
    const letter = compose(base, { seed: 2 })
    const { salutation, paragraphs, signature } = letter.parts
    expect(letter.text).toBe([salutation, ...paragraphs.map((p) => p.text), signature].join('\n\n'))
    expect(salutation).toMatch(/Sam/)
    expect(signature).toMatch(/\nAlex$/)
    expect(paragraphs.map((p) => p.role)).toContain('invitation')
    expect(letter.report.stats.characters).toBe(letter.text.length)
    expect(letter.unsent).toBe(false)
    expect(letter.notice).toBeUndefined()
  })

  it('throws field-level errors on invalid answers', () => {
    expect(() => compose({ situation: 'lost-at-sea' })).toThrow(AnswersError)
    try {
      compose({ memories: 'x'.repeat(400) })
    } catch (e) {
      expect((e as AnswersError).errors[0]?.field).toBe('memories[0]')
    }
  })

  it('derives a stable seed from the answers when none is given', () => {
    expect(compose(base).text).toBe(compose({ ...base }).text)
    expect(compose(base).seed).toBe(compose(base).seed)
  })

  describe.each([
    ['askedNoContact', /asked you not to contact them/],
    ['blocked', /blocked you/],
    ['protectiveOrder', /protective order.*could break the order/s],
    ['violenceOrFear', /violence or fear.*support service/s],
  ] as const)('a boundary (%s)', (field, reason) => {
    it('gives an unsent letter: no invitation, request or proposal, and a plain, kind notice', () => {
      const letter = compose(
        {
          ...base,
          [field]: true,
          cause: 'distance',
          solutionIdeas: ['distance/visits'],
          ownSolutions: ['move to Lyon'],
        },
        { seed: 5 },
      )
      expect(letter.unsent).toBe(true)
      expect(letter.notice).toMatch(reason)
      expect(letter.notice).toMatch(/never be a way around it/)
      const ids = strengths(letter)
      expect(ids.has('invitation')).toBe(false)
      expect(ids.has('solution')).toBe(false)
      expect(ids.has('space')).toBe(true)
      expect(letter.text).not.toMatch(/\?/)
      expect(letter.text).not.toMatch(/coffee|every other weekend|Lyon/)
      expect(letter.setAside.map((s) => s.field)).toEqual(['ownSolutions[0]'])
    })
  })

  it('after violence or fear, does not tell the reader it respects their choice (the writer may be the one afraid)', () => {
    for (let seed = 0; seed < 6; seed++) {
      const letter = compose({ ...base, violenceOrFear: true }, { seed })
      expect(letter.text).not.toMatch(/your choice|your decision|your wishes/)
    }
  })

  it('writes an unsent letter when the writer asks for one, with its own notice', () => {
    const letter = compose({ ...base, forMeOnly: true }, { seed: 1 })
    expect(letter.unsent).toBe(true)
    expect(letter.notice).toMatch(/for yourself/)
  })

  it('new relationship: acknowledges their new life, respects their choice, never compares', () => {
    for (let seed = 0; seed < 6; seed++) {
      const letter = compose(
        { ...base, situation: 'new-relationship', thirdPartyName: 'Marc', thirdPartyPronouns: 'he' },
        { seed },
      )
      const newLife = letter.parts.paragraphs.find((p) => p.roles.includes('new-life'))
      expect(newLife?.text).toMatch(/respect your (choice|new life)/)
      expect(letter.text).not.toMatch(
        /\b(better than|deserve|not really in love|lying to yourself|than (him|her|them))\b/,
      )
      const ids = strengths(letter)
      expect(ids.has('mind-reading')).toBe(false)
      expect(ids.has('disparage')).toBe(false)
    }
  })

  it('new relationship: a term of endearment gives way to the name, and the writer is told why', () => {
    const letter = compose(
      { ...base, situation: 'new-relationship', address: 'endearment', endearment: 'my love' },
      { seed: 1 },
    )
    expect(letter.parts.salutation).not.toMatch(/my love/i)
    expect(letter.notes.join(' ')).toMatch(/someone new/)
  })

  it('they cheated: says what it did to the writer, and sets aside "you destroyed"', () => {
    const letter = compose(
      {
        ...base,
        situation: 'they-cheated',
        whatHappened: 'You destroyed everything we had when you slept with him.',
      },
      { seed: 3 },
    )
    expect(letter.text).not.toMatch(/destroy/i)
    expect(letter.setAside[0]?.field).toBe('whatHappened')
    expect(letter.parts.paragraphs.some((p) => p.roles.includes('hurt') && /\bI\b|\bme\b/.test(p.text))).toBe(
      true,
    )
  })

  it("sets aside a writer's phrase that carries a pitfall, with the coach's reason, instead of rewriting it", () => {
    const letter = compose({ ...base, feelNow: 'I know deep down you still love me' }, { seed: 1 })
    expect(letter.text).not.toMatch(/deep down/)
    expect(letter.setAside).toHaveLength(1)
    expect(letter.setAside[0]?.field).toBe('feelNow')
    expect(letter.setAside[0]?.reason).toMatch(/mind.reading/)
    expect(letter.report.findings.filter((f) => f.kind === 'pitfall')).toEqual([])
  })

  it('offers words of care when an answer speaks of not wanting to live, and keeps it out of the letter', () => {
    const letter = compose({ ...base, feelNow: "I can't go on living without you" }, { seed: 1 })
    expect(letter.care?.message).toMatch(/talk to someone/)
    expect(letter.text).not.toMatch(/go on living/)
    // Where the writer is, their own country's lines first.
    const inAustralia = compose(
      { ...base, feelNow: "I can't go on living without you" },
      { seed: 1, region: 'au' },
    )
    expect(inAustralia.care?.resources[0]).toMatchObject({ region: 'Australia', contact: '000' })
    expect(() => compose(base, { region: 'Australia' })).toThrow(/two-letter/)
  })

  it('falls back to an apology of ours when the writer’s own part must be set aside', () => {
    const letter = compose({ ...base, myPart: 'I yelled, but you pushed me to it' }, { seed: 1 })
    const ids = strengths(letter)
    expect(ids.has('apology')).toBe(true)
    expect(letter.report.findings.filter((f) => f.kind === 'pitfall')).toEqual([])
  })

  it('adds a plain offer to talk when the writer’s own proposal does not read as an invitation', () => {
    const letter = compose({ ...base, proposal: 'other', proposalOther: 'pancakes' }, { seed: 1 })
    expect(strengths(letter).has('invitation')).toBe(true)
  })

  it('makes no invitation when the writer wants none', () => {
    const letter = compose({ ...base, proposal: 'none' }, { seed: 1 })
    expect(strengths(letter).has('invitation')).toBe(false)
    expect(strengths(letter).has('space')).toBe(true)
  })
})
