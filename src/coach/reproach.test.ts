import { describe, expect, it } from 'vitest'
import { check } from './check.js'

const ids = (text: string) => check(text).findings.map((f) => f.ruleId)

describe('a strength said inside a reproach', () => {
  it('is not praised where blame or guilt is found on the same words', () => {
    // Sarcastic thanks and a treatment thrown back are neither thanks nor a concrete change.
    const antidepressants = ids("I'm on antidepressants now, so thanks for that.")
    expect(antidepressants).toEqual(expect.arrayContaining(['blame']))
    expect(antidepressants).not.toContain('gratitude')
    expect(antidepressants).not.toContain('solution')
    // A humiliation is not a compliment.
    const laughingStock = ids('You made me a laughing stock in front of everyone.')
    expect(laughingStock).toContain('blame')
    expect(laughingStock).not.toContain('compliment')
  })

  it('keeps an admission that stands before a "but", and feelings', () => {
    const text = 'i was jealous of ur mates and i took it out on u but u could of at least said goodbye'
    const found = check(text).findings
    expect(found.map((f) => f.ruleId)).toContain('blame')
    // Without the reproach reading, the strengths the rules find here are the same.
    const alone = check(text, { only: ['accountability', 'feeling', 'memory'] }).findings
    for (const f of alone) expect(found).toContainEqual(f)
  })

  it('leaves a letter without blame or guilt as the rules read it', () => {
    const text =
      "I'm sorry I shut you out. I've been seeing a counsellor since May, and thank you for your patience."
    const all = check(text).findings.filter((f) => f.kind === 'strength')
    expect(all.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['apology', 'solution', 'gratitude']))
  })
})
