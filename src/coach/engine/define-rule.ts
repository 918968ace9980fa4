// A coach rule is data: patterns with a chosen span, antipatterns, messages, suggestions, and the
// examples it must flag and must leave alone. `defineRule` compiles it once, when the module loads,
// and fails loudly (rule id, pattern id, reason) if the data is wrong.
import { fnv1aParts } from '../../common/fnv1a.js'
import type { CategoryId, Kind, Severity, SixRuleId } from '../finding.js'
import {
  type AheadOfTime,
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

export interface CompiledRule {
  spec: RuleSpec
  id: CategoryId
  patterns: CompiledPattern[]
  antipatterns: CompiledAntipattern[]
  inQuotes: boolean
}

/** How a rule treats questions unless a pattern says otherwise: pitfalls skip them (a question asks). */
export function questionsOf(spec: RuleSpec): QuestionMode {
  return spec.questions ?? (spec.kind === 'pitfall' ? 'skip' : 'any')
}

function regex(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (e) {
    throw new RuleDataError(`${where}: invalid regular expression: ${(e as Error).message}`)
  }
}

/** A regex built on first use, then kept: a letter runs only the patterns it may match (prefilter.ts). */
function lazy(source: string, flags: string, where: string): () => RegExp {
  let re: RegExp | undefined
  return () => {
    re ??= regex(source, flags, where)
    return re
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

/** The macro table's own hash: compiled data is valid only for the macros it was compiled with. */
const macroHashes = new WeakMap<MacroTable, string>()
function macroHash(macros: MacroTable): string {
  let h = macroHashes.get(macros)
  if (h === undefined) {
    h = String(fnv1aParts(...Object.entries(macros).flat()))
    macroHashes.set(macros, h)
  }
  return h
}

/**
 * What a pattern compiles to, derived here (the slow way, at load or ahead of time). Patterns that
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

/** One compiled alternative of a pattern, derived or read from data compiled ahead of time. */
interface Alternative {
  rest: string
  guards: string[]
  wide: boolean
  readonly requirement: Requirement
  keys: [number, number][] | null
}

/** Data compiled ahead of time, as an alternative: the requirement is decoded on first use. */
function fromAhead(a: CompiledSource): Alternative {
  let requirement: Requirement | undefined
  return {
    rest: a.rest,
    guards: a.guards,
    wide: a.wide,
    keys: decodeKeys(a.keys),
    // A letter runs only a few patterns; the index needs only the keys.
    get requirement() {
      requirement ??= decodeRequirement(a.req)
      return requirement
    },
  }
}

/** What compiled data is valid for: the pattern's source, how it treats case, and the macros. */
const patternHash = (p: PatternSpec, macrosHash: string) =>
  fnv1aParts(p.re, p.caseSensitive ? 'case-sensitive' : '', macrosHash)

function compileAntipattern(source: string, where: string, macros: MacroTable): string {
  return lowerCaseSource(withoutUnicodeEscapes(expandMacros(source, where, macros)))
}

/**
 * Compiles a rule's data; throws RuleDataError naming the rule and pattern when something is wrong.
 * `ahead`, the language's rules compiled at build time (ahead.ts), is used where it matches the data.
 */
export function defineRule(spec: RuleSpec, macros: MacroTable, ahead?: AheadOfTime): CompiledRule {
  const ids = new Set<string>()
  const known = ahead?.[spec.id]
  const macrosHash = known ? macroHash(macros) : ''
  const patterns = spec.patterns.flatMap((p): CompiledPattern[] => {
    const where = `rule ${spec.id}, pattern ${p.id}`
    if (ids.has(p.id)) throw new RuleDataError(`${where}: duplicate pattern id`)
    ids.add(p.id)
    // Each top-level alternative becomes its own pattern, its leading lookbehinds lifted out as guards
    // (guards.ts). Regexes are built on first use: rules.test.ts builds every one of them, so bad data
    // still fails the test suite, and checks that none matches the empty string.
    const compiled = known?.patterns[p.id]
    const alternatives =
      compiled && compiled.hash === patternHash(p, macrosHash)
        ? compiled.alternatives.map(fromAhead)
        : compilePattern(p.re, where, macros, p.caseSensitive ?? false)
    return alternatives.map((a) => {
      const { guards, rest } = a
      const re = lazy(rest, `g${rest.includes('(?<span>') ? 'd' : ''}`, where)
      const guardRes = guards.map((g) => lazy(g, 'y', where))
      let built: RegExp[] | undefined
      return {
        id: p.id,
        fullId: `${spec.id}/${p.id}`,
        get re() {
          return re()
        },
        get guards() {
          built ??= guardRes.map((g) => g())
          return built
        },
        source: rest,
        guardSources: guards,
        get requirement() {
          return a.requirement
        },
        keys: a.keys,
        caseSensitive: p.caseSensitive ?? false,
        wideContext: a.wide,
        hasSpanGroup: rest.includes('(?<span>'),
        span: p.span ?? 'clause',
        message: p.message ?? spec.message,
        suggest: p.suggest ?? [],
        questions: p.questions ?? questionsOf(spec),
      }
    })
  })
  const antipatterns = (spec.antipatterns ?? []).map((a, i): CompiledAntipattern => {
    const where = `rule ${spec.id}, antipattern ${i}`
    const compiled = known?.antipatterns[i]
    const fresh = compiled && compiled.hash === fnv1aParts(a, macrosHash)
    const source = fresh ? compiled.source.rest : compileAntipattern(a, where, macros)
    const re = lazy(source, source.includes('(?<span>') ? 'gd' : 'g', where)
    return {
      get re() {
        return re()
      },
      source,
      requirement: fresh ? decodeRequirement(compiled.source.req) : requirementOf(source),
    }
  })
  return {
    spec,
    id: spec.id,
    patterns,
    antipatterns,
    inQuotes: spec.inQuotes ?? false,
  }
}

/** The data `defineRule` takes ahead of time, for rules compiled here (scripts/compile-rules.mjs). */
export function compiledData(rules: readonly CompiledRule[], macros: MacroTable): AheadOfTime {
  const macrosHash = macroHash(macros)
  const out: AheadOfTime = {}
  for (const rule of rules) {
    const patterns: AheadOfTime[string]['patterns'] = {}
    for (const p of rule.spec.patterns)
      patterns[p.id] = {
        hash: patternHash(p, macrosHash),
        alternatives: rule.patterns
          .filter((c) => c.id === p.id)
          .map((c) => ({
            rest: c.source,
            guards: c.guardSources,
            req: encodeRequirement(c.requirement),
            keys: encodeKeys(c.keys),
            wide: c.wideContext,
          })),
      }
    out[rule.id] = {
      patterns,
      antipatterns: (rule.spec.antipatterns ?? []).map((a, i) => {
        const c = rule.antipatterns[i] as CompiledAntipattern
        return {
          hash: fnv1aParts(a, macrosHash),
          source: {
            rest: c.source,
            guards: [],
            req: encodeRequirement(c.requirement),
            keys: '',
            wide: false,
          },
        }
      }),
    }
  }
  return out
}
