// Writes docs/rules.md from the built rule registry (`npm run rules-doc`).
import { writeFileSync } from 'node:fs'
import { renderRulesDoc } from '../dist/coach/rules/doc.js'
import { RULES } from '../dist/coach/rules/index.js'

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc(RULES.en))
console.log('docs/rules.md written')
