// A rule file's one call: `defineRule({...})` gives the spec back as it is, typed (as Vite's
// `defineConfig` does). Compiling is rules/from-specs.ts's: once in the build, which writes the rules
// as data that the coach loads instead of these files, and at load in tests.
import type { RuleSpec } from '../../engine/define-rule.js'
import { topLevelAlternatives } from '../../engine/guards.js'

export function defineRule(spec: RuleSpec): RuleSpec {
  return spec
}

/**
 * An antipattern that vetoes the whole sentence when it contains `x` anywhere (antipatterns run on the
 * sentence, so `^` is its start): a match of the rule anywhere in it overlaps this one. Bounded to the
 * 300 characters an antipattern reads.
 */
export const sentenceWith = (x: string): string => `^(?=[^\\n]{0,300}?(?:${atWordStartOnce(x)}))[^\\n]{1,300}`

/**
 * The same alternatives, those that open with the word-start macro `{B}` gathered behind one `{B}`: the lookahead
 * above tries every alternative at each of up to 300 positions, and a lookbehind in front of each one keeps V8 from
 * rejecting a position on its first letter. Only whether some alternative matches counts here, so their order does
 * not (space's "a but that takes the freedom back", 32 alternatives, ran about 35% faster).
 */
function atWordStartOnce(x: string): string {
  const alternatives = topLevelAlternatives(x)
  const atWordStart = alternatives.filter((a) => a.startsWith('{B}'))
  if (atWordStart.length < 2) return x
  const rest = alternatives.filter((a) => !a.startsWith('{B}'))
  return [`{B}(?:${atWordStart.map((a) => a.slice(3)).join('|')})`, ...rest].join('|')
}
