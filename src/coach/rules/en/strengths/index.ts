// The strength rules, in the taxonomy's order.
import type { CompiledRule } from '../../../engine/define-rule.js'
import apology from './apology.js'

export const strengths: CompiledRule[] = [apology]
