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

/**
 * For a lookahead after a match: the rest of the match's sentence (at most `within` characters), its closing marks,
 * then `x` at the start of the next sentence on the same line. A pattern whose lookahead reads this far is given the
 * rest of its line by the engine (run.ts), though its match stays inside its own sentence: "I turned up at your work.
 * I'm ashamed of that." (persistence, owned next), "I won't write again. Have a nice life." (space, sulked next),
 * "I keep thinking about ending things. Not us, me." (self-harm, told next).
 */
export const nextSentenceOpens = (x: string, within = 25): string =>
  String.raw`[^.!?\n]{0,${within}}[.!?\u2026]+["'\u201d\u2019)]*[ \t]+(?:${x})`
