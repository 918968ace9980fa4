import { describe, expect, it, vi } from 'vitest'
import { rulesFromSpecs } from '../rules/from-specs.js'
import { RULE_SPECS } from '../rules/specs.js'
import { exampleSentences } from '../test-utils/letters.js'

// The rules compiled here keep their sources as written: the test unrolls them itself.
vi.mock('./unroll.js', () => ({ unrolled: (source: string) => source }))
const { unrolled } = await vi.importActual<typeof import('./unroll.js')>('./unroll.js')

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.indices?.groups ?? null)}`)

describe('unrolled', () => {
  it('writes x+ as xx* and x? as (?:x|), as V8 unrolls them when it optimizes', () => {
    expect(unrolled("i'?m +so\\s+sorry[.!]+?")).toBe("i(?:'|)m  *so\\s\\s*sorry[.!][.!]*?")
    expect(unrolled('(?:very )?(?:much|lots)??')).toBe('(?:very |)(?:|much|lots)')
    expect(unrolled('(?:ab)+x{1,2}')).toBe('(?:ab)+x{1,2}')
  })

  it('leaves captures, lookbehinds, quantified assertions and what it does not read as they are', () => {
    for (const source of [
      '(?<span>you)?', // a capture in the quantified atom
      '(a)?',
      '(?<=, ?)x', // read backwards
      '(?=a)?b',
      '\\b+',
      '(a)\\1?', // a back reference
      'a{2', // a brace that is no quantifier
    ])
      expect(unrolled(source)).toBe(source)
    expect(unrolled('(?<span>me+)?')).toBe('(?<span>mee*)?')
  })

  it("finds what the rules' sources find, where they find it", () => {
    // Each rule's sources on its own examples (what they were written to find and to leave alone) and
    // on every 200th example sentence of the other rules: all of them on every sentence takes minutes.
    const rules = rulesFromSpecs('en')
    const others = exampleSentences.filter((_, i) => i % 200 === 0)
    let changed = 0
    rules.forEach((rule, k) => {
      const own = (RULE_SPECS.en[k]?.examples ?? []).map((e) =>
        'flagged' in e ? e.flagged.replace(/\[\[|\]\]/g, '') : e.notFlagged,
      )
      const text = [...own, ...others].map((s) => s.toLowerCase()).join('\n')
      for (const { source } of [...rule.patterns, ...rule.antipatterns]) {
        if (unrolled(source) === source) continue
        changed++
        const flags = source.includes('(?<span>') ? 'gd' : 'g'
        expect(matches(new RegExp(unrolled(source), flags), text), source).toEqual(
          matches(new RegExp(source, flags), text),
        )
      }
    })
    expect(changed).toBeGreaterThan(1000)
  }, 120_000)
})
