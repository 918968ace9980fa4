import { describe, expect, it } from 'vitest'
import {
  CARE_MESSAGE,
  CARE_RESOURCES,
  careResources,
  FEAR_CARE_MESSAGE,
  SAFETY_RESOURCES,
  speaksOfFear,
} from './care.js'
import { check } from './check.js'
import { FEAR_OF_READER_EXAMPLES } from './lexicon/en/fear-of-reader.js'

const NOT_LIVING = "Dear Sam,\n\nI don't want to live anymore.\n\nAlex"

describe('care, by where the writer is', () => {
  it("puts the writer's country first: its emergency number, then its line, each said once", () => {
    const resources = check(NOT_LIVING, { region: 'GB' }).care?.resources ?? []
    expect(resources[0]).toEqual({
      region: 'United Kingdom',
      name: 'Emergency services',
      contact: '999 or 112',
    })
    expect(resources[1]).toMatchObject({ region: 'United Kingdom', name: 'Samaritans' })
    expect(resources.filter((r) => r.name === 'Samaritans')).toHaveLength(1)
    // The generic emergency line is replaced by the country's own; the other countries follow.
    expect(resources.some((r) => r.region === 'Anywhere')).toBe(false)
    expect(resources.map((r) => r.region)).toEqual(
      expect.arrayContaining(['United States', 'France', 'Elsewhere']),
    )
    expect(resources.at(-1)?.region).toBe('Elsewhere')
  })

  it('reads the code in either case, and gives a country the general list lacks its own line', () => {
    const nz = careResources('nz')
    expect(nz[0]).toMatchObject({ region: 'New Zealand', contact: '111' })
    expect(nz[1]?.contact).toMatch(/1737/)
    expect(careResources('BR')[1]?.contact).toMatch(/^188/)
  })

  it('gives the general list when the country is unknown or not said', () => {
    expect(careResources('ZZ')).toBe(CARE_RESOURCES)
    expect(careResources()).toBe(CARE_RESOURCES)
    expect(check(NOT_LIVING).care?.resources).toEqual(CARE_RESOURCES)
  })

  it('says nothing of care, whatever the region, when the letter does not call for it', () => {
    expect(check("I'm sorry for the way I spoke to you.", { region: 'FR' }).care).toBeUndefined()
  })

  it('refuses a region that is not a two-letter code', () => {
    expect(() => check('Hello.', { region: 'GBR' })).toThrow(RangeError)
    expect(() => check('Hello.', { region: '' })).toThrow(/two-letter/)
  })
})

describe('the verdict on a letter that speaks of not wanting to live', () => {
  it('puts the writer first, and does not say where the support is shown (the CLI prints it first, the API beside it)', () => {
    const { verdict, care } = check(NOT_LIVING)
    expect(care).toBeDefined()
    expect(verdict.status).toBe('revise')
    expect(verdict.message).toMatch(/look after yourself/)
    expect(verdict.message).not.toMatch(/\b(?:below|above)\b/)
  })
})

describe('the verdict on a letter with no pitfall found', () => {
  it('says what the coach found, not that nothing will hurt: it reads wordings, and misses some', () => {
    const { verdict } = check(
      'Dear Sam,\n\nI am sorry for the way I left. I miss our walks by the canal.\n\nAlex',
    )
    expect(verdict.status).toBe('ready')
    expect(verdict.message).toMatch(/^The coach found nothing/)
    expect(verdict.message).not.toMatch(/\bwill hurt\b/)
  })
})

describe('care, when the writer says they were afraid of the reader', () => {
  it('reads every flagged example of the lexicon, and none of its not-flagged ones', () => {
    for (const text of FEAR_OF_READER_EXAMPLES.flagged) expect(speaksOfFear(text), text).toBe(true)
    for (const text of FEAR_OF_READER_EXAMPLES.notFlagged) expect(speaksOfFear(text), text).toBe(false)
  })

  it('speaks of safety before the letter, with the lines for anyone afraid of a partner or an ex', () => {
    const { care, verdict, findings } = check(
      'Dear Sam,\n\nI miss you. I was scared of you by the end, but I still think about us.\n\nAlex',
    )
    expect(care?.message).toBe(FEAR_CARE_MESSAGE)
    expect(care?.resources).toEqual(SAFETY_RESOURCES)
    expect(verdict.status).toBe('revise')
    expect(verdict.message).toMatch(/safety comes first/)
    // No coffee, memory or compliment suggested to a letter whose writer was afraid of the reader.
    for (const score of check('I was scared of you by the end.').scores)
      expect(score.explanation, score.id).not.toMatch(/coffee|walk|admire/)
    // Fear of the reader is not praised as an open heart.
    expect(findings.filter((f) => f.ruleId === 'feeling').map((f) => f.actual)).not.toContainEqual(
      expect.stringMatching(/scared of you/),
    )
  })

  it("puts the writer's own emergency number first when the country is known", () => {
    const resources = check('You hit me in front of the kids.', { region: 'FR' }).care?.resources ?? []
    expect(resources[0]).toEqual({
      region: 'France',
      name: 'Emergency services',
      contact: '112, or 15 for the SAMU',
    })
    expect(resources[1]?.contact).toMatch(/^3919/)
    const gb = check('You hit me in front of the kids.', { region: 'GB' }).care?.resources ?? []
    expect(gb.slice(0, 3).map((r) => r.region)).toEqual([
      'United Kingdom',
      'United Kingdom',
      'United Kingdom',
    ])
  })

  it('reads curly apostrophes as straight ones', () => {
    expect(speaksOfFear('I don\u2019t feel safe around you.')).toBe(true)
  })

  it('says both when the letter also speaks of not wanting to live, each line once', () => {
    const care = check("I was afraid of you for years. Now I don't want to live anymore.").care
    expect(care?.message.startsWith(CARE_MESSAGE)).toBe(true)
    expect(care?.message).toMatch(/afraid of them/)
    const names = care?.resources.map((r) => r.name) ?? []
    expect(names).toContain('Samaritans')
    expect(names).toContain('National Domestic Violence Hotline')
    expect(new Set(names).size).toBe(names.length)
  })

  it('leaves a danger verdict as it is: a threat is still not to be sent', () => {
    const { verdict, care } = check(
      "I was scared of you, and now you'll regret it, I'll tell everyone what you did.",
    )
    expect(verdict.status).toBe('do-not-send')
    expect(care?.message).toBe(FEAR_CARE_MESSAGE)
  })
})
