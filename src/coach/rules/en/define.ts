// A rule file's one call: `defineRule({...})` gives the spec back as it is, typed (as Vite's
// `defineConfig` does). Compiling is rules/from-specs.ts's: once in the build, which writes the rules
// as data that the coach loads instead of these files, and at load in tests.
import type { RuleSpec } from '../../engine/define-rule.js'

export function defineRule(spec: RuleSpec): RuleSpec {
  return spec
}

/**
 * An antipattern that vetoes the whole sentence when it contains `x` anywhere (antipatterns run on the
 * sentence, so `^` is its start): a match of the rule anywhere in it overlaps this one. Bounded to the
 * 300 characters an antipattern reads.
 */
export const sentenceWith = (x: string): string => `^(?=[^\\n]{0,300}?(?:${x}))[^\\n]{1,300}`
