// The pitfall rules, in the taxonomy's order.
import type { CompiledRule } from '../../../engine/define-rule.js'

export const pitfalls: CompiledRule[] = []
