// English rules are compiled with the English macros.
import { defineRule as define, type RuleSpec } from '../../engine/define-rule.js'
import { en } from '../../lexicon/en/macros.js'

export function defineRule(spec: RuleSpec) {
  return define(spec, en)
}
