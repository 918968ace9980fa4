// The English rule registry: every category of the taxonomy, pitfalls then strengths, read from their
// data compiled ahead of time (compiled.ts): what a check needs, without the rules' sources.
import { type CompiledRule, rulesFromData } from '../../engine/define-rule.js'
import { COMPILED } from './compiled.js'

export const rules: readonly CompiledRule[] = rulesFromData(COMPILED)
