// The English rules as written, with their examples: read by the tests, the rules' documentation and
// the build, which compiles them (rules/from-specs.ts). The coach itself does not load them.
import type { RuleSpec } from '../../engine/define-rule.js'
import { pitfalls } from './pitfalls/index.js'
import { strengths } from './strengths/index.js'

export const specs: readonly RuleSpec[] = [...pitfalls, ...strengths]
