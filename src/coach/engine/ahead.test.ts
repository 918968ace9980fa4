import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en } from '../lexicon/en/macros.js'
import { rulesFromSpecs } from '../rules/from-specs.js'
import { RULE_SPECS } from '../rules/specs.js'
import { exampleSentences } from '../test-utils/letters.js'
import { segment } from '../text/segment.js'
import {
  type AheadOfTime,
  decodeFlatRequirement,
  decodeKeys,
  decodeRequirement,
  encodeKeys,
  encodeRequirement,
  GramCode,
  LineReader,
  mayMatchWritten,
  readAlways,
  readKeyed,
  readLine,
  readSource,
  writeLines,
  writeSource,
} from './ahead.js'
import {
  type CompiledRule,
  compiledRules,
  defineRule,
  type RuleSpec,
  rulesFromData,
  writtenIndex,
} from './define-rule.js'
import { flatRequirement, mayMatchMask, TRIGRAM_TABLE_SIZE } from './prefilter.js'
import { runRules } from './run.js'

/** Compiled from their specs, as the build compiles them (the registry, in tests too, reads data). */
const rules = rulesFromSpecs('en')
// Through JSON, as the build writes it (scripts/compile-rules.mjs): nothing may live only in memory.
const data: AheadOfTime = JSON.parse(JSON.stringify(compiledRules(rules)))
/** A code as the build writes it and the coach reads it. */
const through = (code: GramCode) => GramCode.read(code.written())
const codeOfRules = () =>
  through(
    GramCode.of(
      rules.flatMap((r) => [...r.patterns, ...r.antipatterns].map((p) => p.requirement)),
      rules.flatMap((r) => r.patterns.map((p) => p.keys)),
    ),
  )
/** Everything the engine reads of a rule, regexes as their sources. */
const view = (r: CompiledRule) => ({
  ...r,
  patterns: r.patterns.map((p) => ({
    ...p,
    re: p.source,
    guards: p.guardSources,
    requirement: p.requirement,
    keys: p.keys,
    wideContext: p.wideContext,
    hasSpanGroup: p.hasSpanGroup,
  })),
  antipatterns: r.antipatterns.map((a) => ({ source: a.source, requirement: a.requirement })),
})

describe('rules compiled ahead of time', () => {
  it('give every rule exactly what compiling its spec gives', () => {
    const specs = RULE_SPECS.en
    expect(rules.map((r) => r.id)).toEqual(specs.map((s) => s.id))
    const fromData = rulesFromData(data)
    for (const [i, spec] of specs.entries())
      expect(view(fromData[i] as CompiledRule), spec.id).toEqual(view(defineRule(spec, en)))
  })

  it("keep a pattern's own message, span, case, rewrites and question mode, and only those that differ", () => {
    const spec = {
      ...(RULE_SPECS.en.find((s) => s.id === 'pressure') as RuleSpec),
      patterns: [
        { id: 'plain', re: 'call me tonight' },
        {
          id: 'own',
          re: 'Answer me now',
          message: 'Another message.',
          span: 'match' as const,
          caseSensitive: true,
          suggest: ['Answer when you can'],
          questions: 'any' as const,
        },
      ],
    }
    const rule = defineRule(spec, en)
    const written = compiledRules([rule])
    expect(written.rules[0]?.patterns[0]).toEqual({ id: 'plain', alternatives: 1 })
    expect(rulesFromData(JSON.parse(JSON.stringify(written))).map(view)).toEqual([view(rule)])
  })

  it('encode requirements losslessly, grams in two digits or, when a language uses many, in three', () => {
    const gram = fc.integer({ min: 0, max: 22735 })
    const every = new GramCode(Array.from({ length: 22736 }, (_, g) => g))
    expect(every.width).toBe(3)
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
          const code = through(GramCode.of([r], []))
          expect(decodeRequirement(encodeRequirement(r, code), code)).toEqual(r)
          expect(decodeRequirement(encodeRequirement(r, every), every)).toEqual(r)
          expect(decodeFlatRequirement(encodeRequirement(r, code), code)).toEqual(flatRequirement(r))
          expect(decodeFlatRequirement(encodeRequirement(r, every), every)).toEqual(flatRequirement(r))
        },
      ),
    )
    const code = codeOfRules()
    expect(code.width).toBe(2)
    for (const rule of rules)
      for (const p of [...rule.patterns, ...rule.antipatterns]) {
        const written = encodeRequirement(p.requirement, code)
        expect(decodeRequirement(written, code)).toEqual(p.requirement)
        expect(decodeFlatRequirement(written, code)).toEqual(p.flatRequirement)
      }
  })

  it('say where a requirement may be met the same from its written form as from its flat form', () => {
    // Few grams and spans, so that clauses are met, missed and met in part.
    const gram = fc.integer({ min: 0, max: 7 })
    const requirement = fc.option(
      fc.array(fc.array(fc.array(gram, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), {
        minLength: 1,
        maxLength: 5,
      }),
      { nil: null },
    )
    const masks = fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 8, maxLength: 8 })
    fc.assert(
      fc.property(requirement, masks, fc.integer({ min: 0, max: 15 }), (r, m, all) => {
        const table = new Uint32Array(TRIGRAM_TABLE_SIZE)
        m.forEach((mask, g) => {
          table[g] = mask
        })
        const code = through(GramCode.of([r], []))
        const written = encodeRequirement(r, code)
        expect(mayMatchWritten(written, code, table, all)).toBe(mayMatchMask(flatRequirement(r), table, all))
      }),
      { numRuns: 2000 },
    )
  })

  it('give the prefilter the same flat requirements, read straight from the data', () => {
    const fromData = rulesFromData(data)
    for (const [i, rule] of rules.entries()) {
      const read = fromData[i] as CompiledRule
      for (const [j, p] of rule.patterns.entries())
        expect(read.patterns[j]?.flatRequirement, p.fullId).toEqual(flatRequirement(p.requirement))
      for (const [j, a] of rule.antipatterns.entries())
        expect(read.antipatterns[j]?.flatRequirement).toEqual(flatRequirement(a.requirement))
    }
  })

  it('write the index of patterns: each gram with the patterns its keys start, and those without keys', () => {
    const fromData = rulesFromData(data)
    const written = writtenIndex(fromData)
    expect(written).toBeDefined()
    const { index, code } = written as NonNullable<typeof written>
    const patterns = rules.flatMap((r) => r.patterns)
    expect(readAlways(index)).toEqual(patterns.flatMap((p, i) => (p.keys ? [] : [i])))
    const byGram = new Map<number, number[]>()
    patterns.forEach((p, i) => {
      for (let k = 0; k < (p.keys?.length ?? 0); k += 2) {
        const g = p.keys?.[k] as number
        byGram.set(g, [...(byGram.get(g) ?? []), i, p.keys?.[k + 1] as number])
      }
    })
    for (let g = 0; g < TRIGRAM_TABLE_SIZE; g++)
      expect(readKeyed(index, code, g), `gram ${g}`).toEqual(byGram.get(g) ?? [])
    // Only the rules read from the data have it: a subset is indexed from its keys.
    expect(writtenIndex(fromData.slice(1))).toBeUndefined()
  })

  it('find, through the index and requirements read from the data, what the rules from the specs find', () => {
    const text = exampleSentences.join('\n')
    const seg = segment(text, 'en')
    const run = (r: readonly CompiledRule[]) => runRules(text, seg, r, { language: 'en', memo: false })
    expect(run(rulesFromData(data))).toEqual(run(rules))
  })

  it('write a source and its fields in one string, losslessly', () => {
    // Keys and requirement are written in printable ASCII without spaces.
    const printable = fc.stringMatching(/^[!-~]*$/)
    const source = fc.record({
      keys: printable,
      req: printable,
      guards: fc.array(fc.nat()),
      wide: fc.boolean(),
      rest: fc.string(),
    })
    fc.assert(
      fc.property(source, (s) => {
        expect(readSource(writeSource(s))).toEqual(s)
      }),
    )
  })

  it('write sources one a line, as the body of a comment in plain ASCII, losslessly', () => {
    const tricky = fc.constantFrom(
      '\n',
      '\r',
      '*/',
      '*',
      '/',
      '\u0001',
      '\u0001e',
      'é',
      '’',
      '\u2028',
      '😀',
      ' ',
      'a',
    )
    const source = fc.array(fc.oneof(tricky, fc.string()), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 8 }), (sources) => {
        const lines = writeLines(sources)
        expect(lines).not.toContain('*/')
        expect([...lines].every((c) => c.charCodeAt(0) < 128)).toBe(true)
        const reader = new LineReader(lines)
        expect(sources.map(() => readLine(reader.next()))).toEqual(sources)
      }),
    )
    // The rules' own: some hold line breaks and characters past ASCII.
    const written = data.sources
    expect(written).not.toContain('*/')
    expect(written.split('\n')).toHaveLength(
      rules.reduce((n, r) => n + r.patterns.length + r.antipatterns.length, 0),
    )
  })

  it('encode index keys losslessly', () => {
    const gram = fc.integer({ min: 0, max: 22735 })
    const key = fc.tuple(gram, fc.oneof(gram, fc.constant(-1))).filter(([g, h]) => g !== h)
    fc.assert(
      fc.property(fc.option(fc.array(key, { minLength: 1 }), { nil: null }), (pairs) => {
        const keys = pairs === null ? null : pairs.flat()
        const code = through(GramCode.of([], [keys]))
        expect(decodeKeys(encodeKeys(keys, code), code)).toEqual(keys)
      }),
    )
    const code = codeOfRules()
    for (const rule of rules)
      for (const p of rule.patterns) expect(decodeKeys(encodeKeys(p.keys, code), code)).toEqual(p.keys)
  })
})

describe('the build', () => {
  it('wrote the rules compiled ahead of time into dist/, matching the sources', async () => {
    const url = new URL('../../../dist/coach/rules/en/compiled.js', import.meta.url).href
    const built = (await import(/* @vite-ignore */ url)) as { COMPILED?: unknown }
    expect(built.COMPILED, 'run `npm run build` first').toEqual(JSON.parse(JSON.stringify(data)))
    // The command line's copy, its sources in a comment, reads the same.
    const cli = (await import(/* @vite-ignore */ url.replace(/\.js$/, '.cli.cjs'))) as { COMPILED?: unknown }
    expect(cli.COMPILED).toEqual(built.COMPILED)
    expect(data.rules.length).toBe(22)
  })
})
