// The English rule registry: every category of the taxonomy, pitfalls then strengths.
import type { CompiledRule } from '../../engine/define-rule.js'
import { pitfalls } from './pitfalls/index.js'
import { strengths } from './strengths/index.js'

export const rules: readonly CompiledRule[] = [...pitfalls, ...strengths]
