// A coach rule is data: patterns with a chosen span, antipatterns, messages, suggestions, and the
// examples it must flag and must leave alone. `defineRule` compiles it once, when the module loads,
// and fails loudly (rule id, pattern id, reason) if the data is wrong.
import type { CategoryId, Kind, Severity, SixRuleId } from '../finding.js'
import { RuleDataError } from './errors.js'
import { expandMacros, type MacroTable } from './macros.js'

export { RuleDataError }

/** Which part of the sentence a finding underlines. */
export type SpanMode = 'clause' | 'sentence' | 'match'

export interface PatternSpec {
  /** Unique within the rule; the finding's patternId is `rule/id`. */
  id: string
  /**
   * Regular expression source (case-insensitive), with `{MACRO}` placeholders from the language's
   * macros. A named group `span` chooses the underlined part exactly.
   */
  re: string
  /** Default `clause`: the match widened to the surrounding punctuation (, ; : — and sentence ends). */
  span?: SpanMode
  /** Overrides the rule's message for this pattern. */
  message?: string
  /** Rewrites offered for the span. Each must leave the letter free of pitfalls (tested). */
  suggest?: string[]
  /** Overrides the rule's `questions` setting for this pattern. */
  questions?: QuestionMode
}

/** `skip`: never in a question; `only`: only in questions; `any`: both. */
export type QuestionMode = 'skip' | 'only' | 'any'

export type RuleExample = { flagged: string; pattern?: string } | { notFlagged: string }

export interface RuleSpec {
  id: CategoryId
  kind: Kind
  severity: Severity
  /** The one of the six rules this category feeds. */
  sixRule: SixRuleId
  title: string
  summary: string
  /** Addressed to the writer: what the reader will feel, and what to do instead. */
  message: string
  patterns: PatternSpec[]
  /** Regex sources: a match of the pattern that overlaps a match of one of these is not a finding. */
  antipatterns?: string[]
  /** Default `skip` for pitfalls (a question asks, it does not assert), `any` for strengths. */
  questions?: QuestionMode
  /** Words inside quotation marks are reported speech, not the writer's own: skipped unless true. */
  inQuotes?: boolean
  /**
   * At least 8 flagged (the expected span between `[[` and `]]`) and 8 not-flagged examples.
   * Run by rules.test.ts: this is the rule's test suite.
   */
  examples: RuleExample[]
  /** Why a rule has fewer not-flagged examples than usual (taxonomy gives none for `threat`). */
  waiver?: string
}

export interface CompiledPattern {
  id: string
  fullId: string
  re: RegExp
  hasSpanGroup: boolean
  span: SpanMode
  message: string
  suggest: string[]
  questions: QuestionMode
}

export interface CompiledRule {
  spec: RuleSpec
  id: CategoryId
  patterns: CompiledPattern[]
  antipatterns: RegExp[]
  inQuotes: boolean
}

function compile(source: string, where: string, macros: MacroTable): RegExp {
  const expanded = expandMacros(source, where, macros)
  const flags = expanded.includes('(?<span>') ? 'giud' : 'giu'
  try {
    return new RegExp(expanded, flags)
  } catch (e) {
    throw new RuleDataError(`${where}: invalid regular expression: ${(e as Error).message}`)
  }
}

/** Compiles a rule's data; throws RuleDataError naming the rule and pattern when something is wrong. */
export function defineRule(spec: RuleSpec, macros: MacroTable): CompiledRule {
  const ids = new Set<string>()
  const patterns = spec.patterns.map((p): CompiledPattern => {
    const where = `rule ${spec.id}, pattern ${p.id}`
    if (ids.has(p.id)) throw new RuleDataError(`${where}: duplicate pattern id`)
    ids.add(p.id)
    const re = compile(p.re, where, macros)
    if (re.test('')) throw new RuleDataError(`${where}: matches the empty string`)
    return {
      id: p.id,
      fullId: `${spec.id}/${p.id}`,
      re,
      hasSpanGroup: re.flags.includes('d'),
      span: p.span ?? 'clause',
      message: p.message ?? spec.message,
      suggest: p.suggest ?? [],
      questions: p.questions ?? spec.questions ?? (spec.kind === 'pitfall' ? 'skip' : 'any'),
    }
  })
  const antipatterns = (spec.antipatterns ?? []).map((a, i) =>
    compile(a, `rule ${spec.id}, antipattern ${i}`, macros),
  )
  return { spec, id: spec.id, patterns, antipatterns, inQuotes: spec.inQuotes ?? false }
}
