// Every rule's own examples are its test suite: a rule added to the registry is tested at once.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from '../check.js'
import { parseMarked } from '../engine/marked.js'
import { CATEGORY_IDS } from '../finding.js'
import { RULES } from './index.js'
import { RULE_SPECS } from './specs.js'

const MIN_EXAMPLES = 8

for (const [language, rules] of Object.entries(RULES)) {
  describe(`${language} registry`, () => {
    it('implements every category of the taxonomy, once, in its order', () => {
      expect(rules.map((r) => r.id)).toEqual([...CATEGORY_IDS])
    })

    it('uses the ids written in the shared taxonomy, when it is there to read', () => {
      let taxonomy: string
      try {
        taxonomy = readFileSync(new URL('../../../../shared/coach-taxonomy.md', import.meta.url), 'utf8')
      } catch {
        return // the taxonomy lives beside the repository; CI has it, a packaged copy does not
      }
      const categories = taxonomy.slice(0, taxonomy.indexOf('## The six rules'))
      const ids = [...categories.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
      expect(ids).toEqual([...CATEGORY_IDS])
    })
  })

  const specs = RULE_SPECS[language as keyof typeof RULE_SPECS]
  describe.each(rules.map((r, i) => [r.id, r, specs[i]] as const))(
    `${language} rule %s`,
    (id, rule, spec) => {
      if (!spec || spec.id !== id) throw new Error(`${language}: the registry and the specs differ at ${id}`)
      const flagged = spec.examples.flatMap((e) => ('flagged' in e ? [e] : []))
      const clean = spec.examples.flatMap((e) => ('notFlagged' in e ? [e.notFlagged] : []))

      it(`has at least ${MIN_EXAMPLES} flagged and ${MIN_EXAMPLES} not-flagged examples`, () => {
        expect(flagged.length).toBeGreaterThanOrEqual(MIN_EXAMPLES)
        if (!spec.waiver) expect(clean.length).toBeGreaterThanOrEqual(MIN_EXAMPLES)
      })

      it('gives each example once (a copy tests nothing more and hides how many there are)', () => {
        const texts = spec.examples.map((e) => ('flagged' in e ? e.flagged : e.notFlagged))
        const twice = texts.filter((t, i) => texts.indexOf(t) !== i)
        expect(twice).toEqual([])
      })

      it('has valid regexes, none of which matches the empty string', () => {
        for (const a of rule.antipatterns) expect(() => a.re).not.toThrow()
        for (const p of rule.patterns) {
          expect(() => p.guards, p.fullId).not.toThrow()
          p.re.lastIndex = 0
          expect(p.re.test(''), p.fullId).toBe(false)
          p.re.lastIndex = 0
        }
      })

      it('has every pattern exercised by a flagged example', () => {
        const used = new Set(flagged.map((e) => e.pattern))
        const unused = rule.patterns.filter((p) => !used.has(p.id)).map((p) => p.id)
        expect(unused).toEqual([])
      })

      it.each(flagged.map((e) => [e.flagged, e] as const))('flags: %s', (_, example) => {
        const { text, from, to } = parseMarked(example.flagged)
        // The rule's own examples test the rule: the classifier behind the rules has its own tests.
        const hits = check(text, { only: [id], model: false }).findings
        expect(hits.map((f) => [f.ruleId, text.slice(f.from, f.to)])).toEqual([[id, text.slice(from, to)]])
        const [hit] = hits
        if (!hit) return
        expect([hit.from, hit.to]).toEqual([from, to])
        if (example.pattern) expect(hit.patternId).toBe(`${id}/${example.pattern}`)
        for (const s of hit.suggestions) {
          // A suggested rewrite must not create a pitfall of its own, in the report as the writer sees it.
          const fixed = text.slice(0, from) + s.text + text.slice(to)
          const pitfalls = check(fixed).findings.filter((f) => f.kind === 'pitfall')
          expect(
            pitfalls.map((f) => `${f.ruleId}: ${f.actual}`),
            fixed,
          ).toEqual([])
        }
      })

      it.each(clean.map((t) => [t]))('does not flag: %s', (text) => {
        expect(check(text, { only: [id], model: false }).findings.map((f) => f.actual)).toEqual([])
      })
    },
  )
}
