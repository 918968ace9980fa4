import { describe, expect, it } from 'vitest'
import { CARE_RESOURCES, careResources } from './care.js'
import { check } from './check.js'

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
