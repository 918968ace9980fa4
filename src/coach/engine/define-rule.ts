// A coach rule is data: patterns with a chosen span, antipatterns, messages, suggestions, and the
// examples it must flag and must leave alone. `defineRule` compiles it, and fails loudly (rule id,
// pattern id, reason) if the data is wrong. The build compiles every rule once and the coach loads
// the result (`ruleFromData`, ahead.ts), without reading the rules' sources.
import type { CategoryId, Kind, Severity, SixRuleId } from '../finding.js'
import {
  type CompiledRuleData,
  type CompiledSource,
  decodeKeys,
  decodeRequirement,
  encodeKeys,
  encodeRequirement,
} from './ahead.js'
import { withoutUnicodeEscapes } from './ascii-flags.js'
import { RuleDataError } from './errors.js'
import { hasLongLookahead, splitPattern } from './guards.js'
import { expandMacros, type MacroTable } from './macros.js'
import { keyGrams, type Requirement, requirementOf } from './prefilter.js'

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
  /**
   * Match case as written (patterns are case-insensitive by default): for what only capitals show,
   * such as a place or a name ("our week in Lisbon").
   */
  caseSensitive?: boolean
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

/** One alternative of a pattern, compiled (a pattern with top-level `|` compiles to several). */
export interface CompiledPattern {
  id: string
  fullId: string
  re: RegExp
  /** Lookbehinds lifted from the start of the pattern, tested (sticky) where `re` matched. */
  guards: RegExp[]
  /** The sources of `re` and `guards`, as run. */
  source: string
  guardSources: string[]
  /** Trigrams a match must contain (see prefilter.ts); null when nothing can be said. */
  readonly requirement: Requirement
  /** The pattern's keys in the index of patterns (prefilter.ts `keyGrams`). */
  keys: [number, number][] | null
  /** Runs on the letter as written; otherwise (lower-cased source) on the lower-cased letter. */
  caseSensitive: boolean
  /** Its lookaheads look past the sentence: it is matched with the rest of the line as context. */
  wideContext: boolean
  hasSpanGroup: boolean
  span: SpanMode
  message: string
  suggest: string[]
  questions: QuestionMode
}

/** An antipattern, compiled: a match of the rule that overlaps one of its matches is dropped. */
export interface CompiledAntipattern {
  readonly re: RegExp
  /** Its source, as run. */
  source: string
  /** As for patterns: an antipattern runs only on the sentences that may hold it. */
  readonly requirement: Requirement
}

/** What a rule's findings say of it, the same compiled ahead of time (ahead.ts) and at load. */
export interface RuleMeta {
  id: CategoryId
  kind: Kind
  severity: Severity
  sixRule: SixRuleId
  title: string
  summary: string
  message: string
  /** How the rule treats questions where a pattern does not say (`questionsOf`). */
  questions: QuestionMode
  inQuotes: boolean
}

/** A rule as the engine runs it: what its findings say, and its patterns compiled. */
export interface CompiledRule extends RuleMeta {
  patterns: CompiledPattern[]
  antipatterns: CompiledAntipattern[]
}

/** How a rule treats questions unless a pattern says otherwise: pitfalls skip them (a question asks). */
export function questionsOf(spec: Pick<RuleSpec, 'kind' | 'questions'>): QuestionMode {
  return spec.questions ?? (spec.kind === 'pitfall' ? 'skip' : 'any')
}

function regex(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (e) {
    throw new RuleDataError(`${where}: invalid regular expression: ${(e as Error).message}`)
  }
}

/**
 * A regex source in lower case, for a pattern that ignores case: literal letters and class members
 * are lowered; escapes (\W is not \w), Unicode property names and group names are kept.
 */
export function lowerCaseSource(source: string): string {
  let out = ''
  for (let k = 0; k < source.length; k++) {
    const ch = source[k] as string
    if (ch === '\\') {
      const next = source[k + 1] ?? ''
      out += ch + next
      k++
      // \p{Letter}, \k<name>: kept whole.
      const close = next === 'p' || next === 'P' ? '}' : next === 'k' ? '>' : ''
      if (close) {
        const end = source.indexOf(close, k)
        out += source.slice(k + 1, end + 1)
        k = end
      }
      continue
    }
    if (ch === '(' && source.startsWith('(?<', k) && /[a-zA-Z]/.test(source[k + 3] ?? '')) {
      const end = source.indexOf('>', k) // a group name: kept
      out += source.slice(k, end + 1)
      k = end
      continue
    }
    const lower = ch.toLowerCase()
    out += lower.length === 1 ? lower : ch
  }
  return out
}

/**
 * What a pattern compiles to, derived here (the slow way, in tests or at build time). Patterns that
 * ignore case are written in lower case and run without the `i` flag on the lower-cased letter (which
 * the prefilter reads anyway): V8 compiles a case-insensitive regex two to three times slower, and a
 * one-shot check compiles every regex it runs.
 */
function compilePattern(
  source: string,
  where: string,
  macros: MacroTable,
  caseSensitive: boolean,
): Alternative[] {
  const expanded = withoutUnicodeEscapes(expandMacros(source, where, macros))
  return splitPattern(caseSensitive ? expanded : lowerCaseSource(expanded)).map(({ guards, rest }) => {
    const requirement = requirementOf(rest)
    return { rest, guards, wide: hasLongLookahead(rest), requirement, keys: keyGrams(requirement) }
  })
}

/**
 * One compiled alternative of a pattern, derived here or read from data compiled ahead of time: then
 * its requirement is still encoded (`req`), and decoded on first use, as a letter runs only a few
 * patterns and the index needs only the keys.
 */
interface Alternative {
  rest: string
  guards: string[]
  wide: boolean
  keys: [number, number][] | null
  requirement?: Requirement
  req?: string
}

function fromAhead(a: CompiledSource): Alternative {
  return { rest: a.rest, guards: a.guards, wide: a.wide, keys: decodeKeys(a.keys), req: a.req }
}

function compileAntipattern(source: string, where: string, macros: MacroTable): string {
  return lowerCaseSource(withoutUnicodeEscapes(expandMacros(source, where, macros)))
}

/** What a rule's patterns say besides their source: the same from a spec and from compiled data. */
type PatternMeta = Pick<
  CompiledPattern,
  'id' | 'caseSensitive' | 'span' | 'message' | 'suggest' | 'questions'
>

/**
 * A pattern alternative as the engine runs it. Its regexes are built on first use, then kept: a letter
 * runs only the patterns it may match (prefilter.ts). A class, not an object with getters of its own:
 * V8 gives every object whose accessors are closures a hidden class of its own, which made loading
 * the rules' 2,700 alternatives cost more than reading them.
 */
class RunnablePattern implements CompiledPattern {
  readonly fullId: string
  readonly source: string
  readonly guardSources: string[]
  readonly keys: [number, number][] | null
  readonly wideContext: boolean
  readonly hasSpanGroup: boolean
  readonly id: string
  readonly caseSensitive: boolean
  readonly span: SpanMode
  readonly message: string
  readonly suggest: string[]
  readonly questions: QuestionMode
  #re: RegExp | undefined
  #guards: RegExp[] | undefined
  #requirement: Requirement | undefined
  readonly #req: string | undefined

  constructor(ruleId: string, meta: PatternMeta, a: Alternative) {
    this.id = meta.id
    this.fullId = `${ruleId}/${meta.id}`
    this.source = a.rest
    this.guardSources = a.guards
    this.keys = a.keys
    this.wideContext = a.wide
    this.hasSpanGroup = a.rest.includes('(?<span>')
    this.caseSensitive = meta.caseSensitive
    this.span = meta.span
    this.message = meta.message
    this.suggest = meta.suggest
    this.questions = meta.questions
    this.#requirement = a.requirement
    this.#req = a.req
  }

  get re(): RegExp {
    this.#re ??= regex(this.source, this.hasSpanGroup ? 'gd' : 'g', this.#where())
    return this.#re
  }

  get guards(): RegExp[] {
    this.#guards ??= this.guardSources.map((g) => regex(g, 'y', this.#where()))
    return this.#guards
  }

  get requirement(): Requirement {
    if (this.#requirement === undefined) this.#requirement = decodeRequirement(this.#req ?? '')
    return this.#requirement
  }

  #where(): string {
    const slash = this.fullId.indexOf('/')
    return `rule ${this.fullId.slice(0, slash)}, pattern ${this.id}`
  }
}

/** An antipattern as the engine runs it: its regex built, and its requirement decoded, on first use. */
class RunnableAntipattern implements CompiledAntipattern {
  #re: RegExp | undefined
  #requirement: Requirement | undefined
  constructor(
    readonly source: string,
    requirement: Requirement | undefined,
    readonly req: string | undefined,
    readonly where: string,
  ) {
    this.#requirement = requirement
  }

  get re(): RegExp {
    this.#re ??= regex(this.source, this.source.includes('(?<span>') ? 'gd' : 'g', this.where)
    return this.#re
  }

  get requirement(): Requirement {
    if (this.#requirement === undefined) this.#requirement = decodeRequirement(this.req ?? '')
    return this.#requirement
  }
}

/** The one way a rule is put together, from a spec compiled here or from data compiled by the build. */
function assemble(
  rule: RuleMeta,
  patterns: readonly { meta: PatternMeta; alternatives: readonly Alternative[] }[],
  antipatterns: readonly { source: string; requirement?: Requirement; req?: string }[],
): CompiledRule {
  return {
    ...rule,
    patterns: patterns.flatMap(({ meta, alternatives }) =>
      alternatives.map((a) => new RunnablePattern(rule.id, meta, a)),
    ),
    antipatterns: antipatterns.map(
      ({ source, requirement, req }, i) =>
        new RunnableAntipattern(source, requirement, req, `rule ${rule.id}, antipattern ${i}`),
    ),
  }
}

/**
 * Compiles a rule's data with its language's macros; throws RuleDataError naming the rule and pattern
 * when something is wrong. Regexes are built on first use: rules.test.ts builds every one of them, so
 * bad data still fails the test suite, and checks that none matches the empty string.
 */
export function defineRule(spec: RuleSpec, macros: MacroTable): CompiledRule {
  const ids = new Set<string>()
  const questions = questionsOf(spec)
  const patterns = spec.patterns.map((p) => {
    const where = `rule ${spec.id}, pattern ${p.id}`
    if (ids.has(p.id)) throw new RuleDataError(`${where}: duplicate pattern id`)
    ids.add(p.id)
    const caseSensitive = p.caseSensitive ?? false
    // Each top-level alternative becomes its own pattern, its leading lookbehinds lifted out as guards
    // (guards.ts).
    return {
      meta: {
        id: p.id,
        caseSensitive,
        span: p.span ?? 'clause',
        message: p.message ?? spec.message,
        suggest: p.suggest ?? [],
        questions: p.questions ?? questions,
      },
      alternatives: compilePattern(p.re, where, macros, caseSensitive),
    }
  })
  const antipatterns = (spec.antipatterns ?? []).map((a, i) => {
    const source = compileAntipattern(a, `rule ${spec.id}, antipattern ${i}`, macros)
    return { source, requirement: requirementOf(source) }
  })
  const { id, kind, severity, sixRule, title, summary, message } = spec
  const meta = {
    id,
    kind,
    severity,
    sixRule,
    title,
    summary,
    message,
    questions,
    inQuotes: spec.inQuotes ?? false,
  }
  return assemble(meta, patterns, antipatterns)
}

/** A rule from the data the build compiled (`compiledData`): what `defineRule` gave, without its work. */
export function ruleFromData(data: CompiledRuleData): CompiledRule {
  const { id, kind, severity, sixRule, title, summary, message, questions, inQuotes } = data
  return assemble(
    { id, kind, severity, sixRule, title, summary, message, questions, inQuotes },
    data.patterns.map((p) => ({
      // Written only where a pattern differs from its rule (the file stays small).
      meta: {
        id: p.id,
        caseSensitive: p.caseSensitive ?? false,
        span: p.span ?? 'clause',
        message: p.message ?? message,
        suggest: p.suggest ?? [],
        questions: p.questions ?? questions,
      },
      alternatives: p.alternatives.map(fromAhead),
    })),
    data.antipatterns.map((a) => ({ source: a.rest, req: a.req })),
  )
}

/** What the build writes for `ruleFromData` to read (scripts/compile-rules.mjs). */
export function compiledData(rule: CompiledRule): CompiledRuleData {
  const { patterns, antipatterns, ...meta } = rule
  const byId = new Map<string, CompiledRuleData['patterns'][number]>()
  for (const c of patterns) {
    let p = byId.get(c.id)
    if (!p) {
      p = { id: c.id, alternatives: [] }
      if (c.caseSensitive) p.caseSensitive = true
      if (c.span !== 'clause') p.span = c.span
      if (c.message !== rule.message) p.message = c.message
      if (c.suggest.length > 0) p.suggest = c.suggest
      if (c.questions !== rule.questions) p.questions = c.questions
      byId.set(c.id, p)
    }
    p.alternatives.push({
      rest: c.source,
      guards: c.guardSources,
      req: encodeRequirement(c.requirement),
      keys: encodeKeys(c.keys),
      wide: c.wideContext,
    })
  }
  return {
    ...meta,
    patterns: [...byId.values()],
    antipatterns: antipatterns.map((a) => ({
      rest: a.source,
      guards: [],
      req: encodeRequirement(a.requirement),
      keys: '',
      wide: false,
    })),
  }
}
