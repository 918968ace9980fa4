// English rules are compiled with the English macros (ahead of time in a build: compiled.ts).
import { defineRule as define, type RuleSpec } from '../../engine/define-rule.js'
import { en } from '../../lexicon/en/macros.js'
import { COMPILED } from './compiled.js'

export function defineRule(spec: RuleSpec) {
  return define(spec, en, COMPILED)
}
