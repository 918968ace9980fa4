import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeNewlines } from '../location.js'
import { RULES } from '../rules/index.js'
import { segment } from '../text/segment.js'
import { parseMarked } from './marked.js'
import {
  lowerSameLength,
  mayMatchMask,
  requirementOf,
  TRIGRAM_TABLE_SIZE,
  trigramMasks,
} from './prefilter.js'
import { runRules } from './run.js'

const rules = RULES.en
const both = (text: string) => {
  const t = normalizeNewlines(text)
  const seg = segment(t)
  return [runRules(t, seg, rules), runRules(t, seg, rules, { prefilter: false })]
}

describe('prefilter', () => {
  it('derives required trigrams from literals, groups and quantifiers', () => {
    const text = lowerSameLength('I will keep Writing to you')
    const table = new Uint32Array(TRIGRAM_TABLE_SIZE)
    trigramMasks(text, [{ from: 0, to: text.length }], table)
    const mayMatch = (r: ReturnType<typeof requirementOf>, t: Uint32Array) => mayMatchMask(r, t, 1) === 1
    expect(mayMatch(requirementOf('keep\\s+writ(?:e|ing)'), table)).toBe(true)
    expect(mayMatch(requirementOf('keep\\s+call(?:ing)?'), table)).toBe(false)
    expect(mayMatch(requirementOf('(?:sorry|apologi[sz]e)'), table)).toBe(false)
    expect(requirementOf('(?:i|you)\\s+\\w+')).toBeNull() // nothing certain: always run
    expect(requirementOf('(?:perhaps)?\\s*x')).toBeNull()
  })

  it('never changes what the rules find: every rule example', () => {
    for (const rule of rules) {
      for (const e of rule.spec.examples) {
        const text = 'flagged' in e ? parseMarked(e.flagged).text : e.notFlagged
        const [fast, full] = both(text)
        expect(fast, text).toEqual(full)
      }
    }
  })

  it('never changes what the rules find: the evaluation corpus', () => {
    let corpus: string[]
    try {
      corpus = readFileSync(new URL('../../../eval/sentences.en.jsonl', import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text)
    } catch {
      corpus = []
    }
    expect(corpus.length).toBeGreaterThan(0)
    for (const text of corpus) {
      const [fast, full] = both(text)
      expect(fast, text).toEqual(full)
    }
  })

  it('never changes what the rules find: random text made of rule words (property)', () => {
    const words = [
      ...new Set(
        rules.flatMap((r) =>
          r.spec.examples.flatMap((e) =>
            ('flagged' in e ? parseMarked(e.flagged).text : e.notFlagged).split(/\s+/),
          ),
        ),
      ),
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (picked) => {
        const [fast, full] = both(picked.join(' '))
        expect(fast).toEqual(full)
      }),
      { numRuns: 300 },
    )
  })
})

describe('case-sensitive patterns', () => {
  it('match capitals as written and still pass the prefilter', async () => {
    const { defineRule } = await import('./define-rule.js')
    const { en } = await import('../lexicon/en/macros.js')
    const rule = defineRule(
      {
        id: 'memory',
        kind: 'strength',
        severity: 'info',
        sixRule: 'seduction',
        title: 'test',
        summary: 'test',
        message: 'test',
        patterns: [{ id: 'place', re: 'our (?:week|trip) (?:in|to) [A-Z][a-z]+', caseSensitive: true }],
        examples: [],
      },
      en,
    )
    const find = (t: string) => runRules(t, segment(t), [rule]).map((f) => f.actual)
    expect(find('I loved our week in Lisbon.')).toEqual(['I loved our week in Lisbon'])
    expect(find('I loved our week in april.')).toEqual([])
  })
})
