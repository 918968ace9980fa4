// Writes docs/rules.md from the rules as written (built) (`npm run rules-doc`).
import { writeFileSync } from 'node:fs'
import { renderRulesDoc } from '../dist/coach/rules/doc.js'
import { RULE_SPECS } from '../dist/coach/rules/specs.js'

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc(RULE_SPECS.en))
console.log('docs/rules.md written')
