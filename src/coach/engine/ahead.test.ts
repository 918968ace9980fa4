import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en } from '../lexicon/en/macros.js'
import { RULES } from '../rules/index.js'
import { decodeKeys, decodeRequirement, encodeKeys, encodeRequirement } from './ahead.js'
import { compiledData, defineRule } from './define-rule.js'

const rules = RULES.en
const data = compiledData(rules, en)
const view = (r: ReturnType<typeof defineRule>) => ({
  patterns: r.patterns.map((p) => [p.fullId, p.source, p.guardSources, p.requirement, p.keys, p.wideContext]),
  antipatterns: r.antipatterns.map((a) => [a.source, a.requirement]),
})

describe('rules compiled ahead of time', () => {
  it('give every rule exactly what compiling it at load gives', () => {
    for (const rule of rules) expect(view(defineRule(rule.spec, en, data)), rule.id).toEqual(view(rule))
  })

  it('are ignored for a pattern whose data changed since (a stale build)', () => {
    const rule = rules.find((r) => r.id === 'apology')
    if (!rule) throw new Error('no apology rule')
    const first = rule.spec.patterns[0]
    if (!first) throw new Error('no pattern')
    const changed = {
      ...rule.spec,
      patterns: [{ ...first, re: 'forgive me' }, ...rule.spec.patterns.slice(1)],
    }
    const compiled = defineRule(changed, en, data)
    expect(compiled.patterns[0]?.source).toBe('forgive me')
    expect(view(compiled)).toEqual(view(defineRule(changed, en)))
    // Case-sensitivity changes what a pattern compiles to (lower-cased or as written), not its source.
    const cased = {
      ...rule.spec,
      patterns: [{ ...first, caseSensitive: true }, ...rule.spec.patterns.slice(1)],
    }
    expect(view(defineRule(cased, en, data))).toEqual(view(defineRule(cased, en)))
  })

  it('encode requirements losslessly', () => {
    const gram = fc.integer({ min: 0, max: 22735 })
    fc.assert(
      fc.property(
        fc.option(
          fc.array(fc.array(fc.array(gram, { minLength: 1, maxLength: 4 }), { minLength: 1 }), {
            minLength: 1,
          }),
          {
            nil: null,
          },
        ),
        (r) => {
          expect(decodeRequirement(encodeRequirement(r))).toEqual(r)
        },
      ),
    )
    for (const rule of rules)
      for (const p of rule.patterns)
        expect(decodeRequirement(encodeRequirement(p.requirement))).toEqual(p.requirement)
  })

  it('encode index keys losslessly', () => {
    const gram = fc.integer({ min: 0, max: 22735 })
    const key = fc.tuple(gram, fc.oneof(gram, fc.constant(-1))).filter(([g, h]) => g !== h)
    fc.assert(
      fc.property(fc.option(fc.array(key, { minLength: 1 }), { nil: null }), (keys) => {
        expect(decodeKeys(encodeKeys(keys))).toEqual(keys)
      }),
    )
    for (const rule of rules)
      for (const p of rule.patterns) expect(decodeKeys(encodeKeys(p.keys))).toEqual(p.keys)
  })
})

describe('the build', () => {
  it('wrote the rules compiled ahead of time into dist/, matching the sources', async () => {
    const url = new URL('../../../dist/coach/rules/en/compiled.js', import.meta.url).href
    const built = (await import(/* @vite-ignore */ url)) as { COMPILED?: unknown }
    expect(built.COMPILED, 'run `npm run build` first').toEqual(JSON.parse(JSON.stringify(data)))
  })
})
