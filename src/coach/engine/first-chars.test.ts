import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { exampleSentences } from '../test-utils/letters.js'
import { withFirstChars } from './first-chars.js'

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.indices?.groups ?? null)}`)

describe('withFirstChars', () => {
  it('puts a lookahead of the first characters before a source that opens on a positive lookbehind', () => {
    expect(withFirstChars('(?<=[.!?]\\s{0,3})(?:been|feeling)|(?<![a-z])i\\s+am')).toBe(
      '(?=[bfi])(?:(?<=[.!?]\\s{0,3})(?:been|feeling)|(?<![a-z])i\\s+am)',
    )
    expect(withFirstChars("(?<=^|, )(?:[Oo]ur|that)? ?[\\w']+")).toBe(
      "(?=[Oot\\ \\w'])(?:(?<=^|, )(?:[Oo]ur|that)? ?[\\w']+)",
    )
  })

  it('leaves other sources as they are', () => {
    for (const source of [
      "(?<![\\w'])(?:you|u) never", // no positive lookbehind: V8 skips ahead better without
      '(?<=, )[^.]+', // a negated class first
      '(?<=, ).+', // any character first
      '(?<=, )(?:x)?', // an empty match
      '(?<=(a))\\1b', // a back reference
      'you(?<=u)', // the lookbehind after the first character
    ])
      expect(withFirstChars(source)).toBe(source)
  })

  it("finds what the rules' sources find, where they find it", () => {
    const sources = RULES.en.flatMap((r) => [...r.patterns, ...r.antipatterns]).map((p) => p.source)
    const hinted = sources.filter((s) => withFirstChars(s) !== s)
    expect(hinted.length).toBeGreaterThan(0)
    const texts = exampleSentences.map((s) => s.toLowerCase())
    for (const source of hinted) {
      const flags = source.includes('(?<span>') ? 'gd' : 'g'
      const plain = new RegExp(source, flags)
      const fast = new RegExp(withFirstChars(source), flags)
      for (const text of texts) expect(matches(fast, text), source).toEqual(matches(plain, text))
    }
  })
})
