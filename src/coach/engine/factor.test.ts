import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { factorSources, SourceTable } from './factor.js'

const roundTrip = (sources: string[]) => {
  const { pieces, factor } = factorSources(sources)
  const table = new SourceTable(pieces)
  return { pieces, factored: sources.map(factor), expanded: sources.map((s) => table.expand(factor(s))) }
}

describe('factored sources', () => {
  it('write a recurring group once, nested pieces included, and expand to the sources', () => {
    const word = '(?:(?<![\\w]))'
    const you = `(?:you|u|ya|thee)${word}`
    const sources = [`${word}if +${you}`, `${word}${you} +are`, `(?:${you})`, 'plain']
    const { pieces, factored, expanded } = roundTrip(sources)
    expect(expanded).toEqual(sources)
    expect(pieces).toEqual(['(?:(?<![\\w]))', '(?:you|u|ya|thee)'])
    expect(factored).toEqual(['~0~if +~1~~0~', '~0~~1~~0~ +are', '(?:~1~~0~)', 'plain'])
  })

  it('keep the marker of a source as written', () => {
    const sources = ['a~b(?:x~~1~yzzzzzzzz)', '(?:x~~1~yzzzzzzzz)~']
    expect(roundTrip(sources).expanded).toEqual(sources)
  })

  it('expand to exactly any sources', () => {
    const source = fc.stringMatching(/^[()?:a~\\[\]|]{0,40}$/)
    fc.assert(
      fc.property(fc.array(source, { maxLength: 8 }), (sources) => {
        expect(roundTrip(sources).expanded).toEqual(sources)
      }),
    )
  })

  it("expand to exactly the rules' sources", () => {
    const sources = RULES.en.flatMap((r) => [
      ...r.patterns.flatMap((p) => [p.source, ...p.guardSources]),
      ...r.antipatterns.map((a) => a.source),
    ])
    const { expanded, factored } = roundTrip(sources)
    expect(expanded).toEqual(sources)
    const length = (strings: string[]) => strings.reduce((n, s) => n + s.length, 0)
    expect(length(factored)).toBeLessThan(length(sources) / 2)
  })
})
