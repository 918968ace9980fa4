import { describe, expect, it } from 'vitest'
import { check } from '../coach/check.js'
import { adviceFor, countSegments, sms } from './sms.js'

describe('SMS segment counting', () => {
  it('fits 160 GSM-7 characters in one segment and splits 161 into two of 153', () => {
    expect(countSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 })
    expect(countSegments('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2, perSegment: 153 })
    expect(countSegments('a'.repeat(306)).segments).toBe(2)
    expect(countSegments('a'.repeat(307)).segments).toBe(3)
  })

  it('counts the GSM-7 extension characters (€ [ ] { } ~ ^ | \\) as two, never split across segments', () => {
    expect(countSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 })
    expect(countSegments('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 })
    // 152 plain characters and a € (2 septets) cannot share the first 153-septet segment.
    expect(countSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3)
    expect(countSegments('é è à ù ò ì Ç ñ ü').encoding).toBe('GSM-7')
  })

  it('switches to UCS-2 for a single "ê": 70 per segment, 67 when split', () => {
    const ten = 'Tu es prête'
    expect(countSegments(ten)).toMatchObject({
      encoding: 'UCS-2',
      nonGsm: ['ê'],
      segments: 1,
      perSegment: 70,
    })
    expect(countSegments(`ê${'a'.repeat(69)}`).segments).toBe(1)
    expect(countSegments(`ê${'a'.repeat(70)}`)).toMatchObject({ segments: 2, perSegment: 67 })
    // The same 100 characters: one GSM-7 segment, two UCS-2 segments.
    expect(countSegments('e'.repeat(100)).segments).toBe(1)
    expect(countSegments(`ê${'e'.repeat(99)}`).segments).toBe(2)
  })

  it('counts an emoji as two UTF-16 units and never splits its surrogate pair', () => {
    expect(countSegments('😀')).toMatchObject({ encoding: 'UCS-2', units: 2, segments: 1 })
    expect(countSegments('😀'.repeat(35))).toMatchObject({ units: 70, segments: 1 })
    expect(countSegments('😀'.repeat(36))).toMatchObject({ units: 72, segments: 2 })
    // 66 units fit in the first segment; one more emoji would straddle it, so it starts the next.
    expect(countSegments(`a${'😀'.repeat(34)}`)).toMatchObject({ units: 69, segments: 1 })
    expect(countSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}😀`).segments).toBe(3)
  })

  it('treats the curly apostrophe as outside GSM-7, and says how to get back to one segment', () => {
    const text = `I’m ${'a'.repeat(100)}`
    const count = countSegments(text)
    expect(count).toMatchObject({ encoding: 'UCS-2', segments: 2 })
    const advice = adviceFor(text)
    expect(advice[0]).toMatch(/UCS-2/)
    expect(advice[0]).toContain('"’" → "\'"')
    expect(advice[0]).toMatch(/1 segment\./)
    expect(adviceFor('a'.repeat(170))).toEqual(['Shorten it by 10 characters to fit one segment of 160.'])
    expect(adviceFor('short')).toEqual([])
  })
})

describe('sms()', () => {
  const answers = { situation: 'after-argument', readerName: 'Sam', signature: 'Alex' }

  it('asks gently whether they would like the letter, in one GSM-7 segment, without pitfalls', () => {
    const r = sms(answers, { seed: 4 })
    expect(r.text).toMatch(/^(Hi )?Sam,/)
    expect(r.text).toMatch(/letter/)
    expect(r.text).toMatch(/\?/)
    expect(r.segments).toBe(1)
    expect(r.encoding).toBe('GSM-7')
    expect(check(r.text).findings.filter((f) => f.kind === 'pitfall')).toEqual([])
  })

  it('asks to talk when asked to, and varies with the seed', () => {
    expect(sms(answers, { ask: 'talk' }).text).toMatch(/talk/)
    const texts = new Set([1, 2, 3, 4, 5, 6].map((seed) => sms(answers, { seed }).text))
    expect(texts.size).toBeGreaterThan(1)
  })

  it('prefers a wording that stays in one segment when a name forces UCS-2', () => {
    const r = sms({ readerName: 'Zoë', signature: 'Maëlle', situation: 'long-silence' })
    expect(r.encoding).toBe('UCS-2')
    expect(r.segments).toBe(1)
    expect(r.units).toBeLessThanOrEqual(70)
    expect(r.advice[0]).toMatch(/"ë" → "e".*UCS-2.*70 characters/)
  })

  it('writes no message when a boundary forbids contact, and says why', () => {
    const r = sms({ ...answers, blocked: true })
    expect(r.text).toBe('')
    expect(r.segments).toBe(0)
    expect(r.notice).toMatch(/boundary/)
    expect(sms({ forMeOnly: true }).notice).toMatch(/for yourself/)
  })

  it('reads the name and the signature from a letter, and mentions the apology when there is one', () => {
    const r = sms("Dear Robin,\n\nI'm sorry for what I said at the party.\n\nWith love,\nKai", { seed: 1 })
    expect(r.text).toMatch(/Robin/)
    expect(r.text).toMatch(/sorry|apologize/)
  })

  it('rejects invalid answers with field errors', () => {
    expect(() => sms({ situation: 'nope' })).toThrow(/situation: must be one of/)
  })
})
