// Rules as written, per language, with their examples (rules.test.ts runs them): for tests, the
// rules' documentation and the build. The coach loads RULES (index.ts) instead.
import type { RuleSpec } from '../engine/define-rule.js'
import type { Language } from '../report.js'
import { specs as en } from './en/specs.js'

export const RULE_SPECS: Record<Language, readonly RuleSpec[]> = { en }
