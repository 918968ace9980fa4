import { describe, expect, it } from 'vitest'
import { en } from '../lexicon/en/macros.js'
import { RULE_SPECS } from '../rules/specs.js'
import { compiledRules, defineRule, type RuleSpec, rulesFromData } from './define-rule.js'
import { RuleDataError } from './errors.js'

const apology = RULE_SPECS.en.find((s) => s.id === 'apology') as RuleSpec
const withPatterns = (patterns: RuleSpec['patterns'], antipatterns: string[] = []): RuleSpec => ({
  ...apology,
  patterns,
  antipatterns,
})

/** The error a rule's bad data raises, when its regexes are built (on first use). */
function errorOf(run: () => unknown): unknown {
  try {
    run()
  } catch (e) {
    return e
  }
  return undefined
}

describe('bad rule data fails loudly, naming the rule and the pattern', () => {
  it('a pattern id used twice', () => {
    const e = errorOf(() =>
      defineRule(
        withPatterns([
          { id: 'a', re: 'sorry' },
          { id: 'a', re: 'forgive me' },
        ]),
        en,
      ),
    )
    expect(e).toBeInstanceOf(RuleDataError)
    expect((e as Error).message).toBe('rule apology, pattern a: duplicate pattern id')
  })

  it('a pattern that is not a regular expression, from its spec and from compiled data', () => {
    const rule = defineRule(withPatterns([{ id: 'broken', re: 'sorry(?<n>a)(?<n>b)' }]), en)
    for (const r of [rule, ...rulesFromData(JSON.parse(JSON.stringify(compiledRules([rule]))))]) {
      const e = errorOf(() => r.patterns.map((p) => p.re))
      expect(e).toBeInstanceOf(RuleDataError)
      expect((e as Error).message).toMatch(/^rule apology, pattern broken: invalid regular expression/)
    }
  })

  it('an antipattern that is not a regular expression', () => {
    const rule = defineRule(withPatterns([{ id: 'ok', re: 'sorry' }], ['forgive(?<n>a)(?<n>b)']), en)
    const e = errorOf(() => rule.antipatterns.map((a) => a.re))
    expect(e).toBeInstanceOf(RuleDataError)
    expect((e as Error).message).toMatch(/^rule apology, antipattern 0: invalid regular expression/)
  })
})
