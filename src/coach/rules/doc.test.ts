import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { renderRulesDoc } from './doc.js'
import { RULE_SPECS } from './specs.js'

it('docs/rules.md is the current rendering of the rules (run `npm run rules-doc`)', () => {
  const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8')
  expect(committed).toBe(renderRulesDoc(RULE_SPECS.en))
})
