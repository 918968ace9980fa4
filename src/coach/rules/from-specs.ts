// A language's rules compiled from their specs, the slow way (`defineRule` on every rule file), and
// the data the registries read (rules/<language>/compiled.ts) compiled from them. The build runs this
// once and writes the data into dist/ (scripts/compile-rules.mjs); tests, which run the sources without
// a build, read the same data compiled at load in its place (vitest.config.ts). The coach never loads
// this module.
import type { AheadOfTime } from '../engine/ahead.js'
import { type CompiledRule, compiledRules, defineRule } from '../engine/define-rule.js'
import type { MacroTable } from '../engine/macros.js'
import { en } from '../lexicon/en/macros.js'
import type { Language } from '../report.js'
import { RULE_SPECS } from './specs.js'

/** Each language's macros, which its rules' patterns are written with. */
const MACROS: Record<Language, MacroTable> = { en }

/** The rules of `language`, each compiled from its spec, in the registry's order. */
export function rulesFromSpecs(language: Language): CompiledRule[] {
  return RULE_SPECS[language].map((spec) => defineRule(spec, MACROS[language]))
}

/** The data a registry reads (`rulesFromData`), compiled from the specs of `language`. */
export function compiledFromSpecs(language: Language): AheadOfTime {
  return compiledRules(rulesFromSpecs(language))
}
