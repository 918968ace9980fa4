// The English rule registry: every category of the taxonomy, pitfalls then strengths. A build loads
// them compiled ahead of time (compiled.ts), which is all a check needs; running from the sources, as
// the tests do, they are compiled here from their specs, with the same result (engine/ahead.test.ts).
import { type CompiledRule, defineRule, rulesFromData } from '../../engine/define-rule.js'
import { COMPILED } from './compiled.js'

export const rules: readonly CompiledRule[] = COMPILED ? rulesFromData(COMPILED) : await fromSources()

async function fromSources(): Promise<CompiledRule[]> {
  const [{ specs }, { en }] = await Promise.all([import('./specs.js'), import('../../lexicon/en/macros.js')])
  return specs.map((spec) => defineRule(spec, en))
}
