// A coach rule is data: patterns with a chosen span, antipatterns, messages, suggestions, and the
// examples it must flag and must leave alone. `defineRule` compiles it, and fails loudly (rule id,
// pattern id, reason) if the data is wrong. The build compiles every rule once and the coach loads
// the result (`rulesFromData`, ahead.ts), without reading the rules' sources.

import type { CategoryId, Kind, Severity, SixRuleId } from '../finding.js'
import {
  type AheadOfTime,
  type CompiledRuleData,
  decodeFlatRequirement,
  decodeKeys,
  decodeRequirement,
  encodeKeys,
  encodeRequirement,
  GramCode,
  LineReader,
  mayMatchWritten,
  readLine,
  type WrittenIndex,
  type WrittenSource,
  writeIndex,
  writeLines,
  writeSource,
} from './ahead.js'
import { withoutUnicodeEscapes } from './ascii-flags.js'
import { contractionsRead } from './contractions.js'
import { RuleDataError } from './errors.js'
import { factorSources, SourceTable } from './factor.js'
import { withFirstChars } from './first-chars.js'
import { hasLongLookahead, splitPattern } from './guards.js'
import { expandMacros, type MacroTable } from './macros.js'
import {
  type FlatRequirement,
  flatRequirement,
  keyGrams,
  mayMatchAt,
  NO_REQUIREMENT,
  REQUIREMENTS,
  type Requirement,
  requirementOf,
} from './prefilter.js'
import { unrolled } from './unroll.js'

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
  readonly source: string
  readonly guardSources: string[]
  /** Trigrams a match must contain (see prefilter.ts); null when nothing can be said. */
  readonly requirement: Requirement
  /** The same in the form the prefilter reads on every candidate (`mayMatchMask`). */
  readonly flatRequirement: FlatRequirement
  /** The spans (bits of `all`) where a match may be, by the prefilter's table (`mayMatchMask`). */
  mayMatch(table: Uint32Array, all: number): number
  /**
   * Where `mayMatch` reads the decoded requirement in REQUIREMENTS (prefilter.ts), for the engine to
   * read it there without `mayMatch`: NO_REQUIREMENT when there is none, -1 until it is decoded.
   */
  readonly requirementAt: number
  /** The pattern's keys in the index of patterns, pairs flattened (prefilter.ts `keyGrams`). */
  readonly keys: readonly number[] | null
  /** Runs on the letter as written; otherwise (lower-cased source) on the lower-cased letter. */
  caseSensitive: boolean
  /** Its lookaheads look past the sentence: it is matched with the rest of the line as context. */
  readonly wideContext: boolean
  readonly hasSpanGroup: boolean
  span: SpanMode
  message: string
  suggest: string[]
  questions: QuestionMode
}

/** An antipattern, compiled: a match of the rule that overlaps one of its matches is dropped. */
export interface CompiledAntipattern {
  readonly re: RegExp
  /** Its source, as run. */
  readonly source: string
  /** As for patterns: an antipattern runs only on the sentences that may hold it. */
  readonly requirement: Requirement
  readonly flatRequirement: FlatRequirement
  mayMatch(table: Uint32Array, all: number): number
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
  const expanded = contractionsRead(withoutUnicodeEscapes(expandMacros(source, where, macros)))
  return splitPattern(caseSensitive ? expanded : lowerCaseSource(expanded)).map(({ guards, rest }) => {
    const requirement = requirementOf(rest)
    // Read for grams and lookaheads as written; run unrolled (unroll.ts), which matches the same.
    return {
      rest: unrolled(rest),
      guards,
      wide: hasLongLookahead(rest),
      requirement,
      keys: keyGrams(requirement),
    }
  })
}

/** What the sources of a language's compiled data share (`AheadOfTime`), ready to read them with. */
interface Shared {
  readonly table: SourceTable
  readonly code: GramCode
  readonly guards: readonly string[]
}

/**
 * What a pattern alternative or an antipattern runs, derived here or read from data compiled ahead of
 * time (`shared`): then its source is still factored and its requirement encoded (`req`), both undone
 * on first use, as a letter runs only a few patterns and the index needs only the keys.
 */
interface Compiled {
  readonly rest: string
  readonly requirement?: Requirement
  readonly req?: string
  readonly shared?: Shared
}

/** One compiled alternative of a pattern. */
interface Alternative extends Compiled {
  readonly guards: readonly string[]
  readonly wide: boolean
  readonly keys: readonly number[] | null
}

/**
 * A source as the build wrote it (`WrittenSource`): each field read from the string when first asked
 * for, as a letter runs only a few sources and the prefilter reads the requirements of a few hundred.
 */
class Written implements Compiled {
  /** As written in the data (`readLine` reads it on first use). */
  #written: string
  /** Where the keys end (the fields are separated by spaces), and the requirement and guards. */
  #keysEnd = -1
  #reqEnd = -1
  #guardsEnd = -1

  constructor(
    written: string,
    readonly shared: Shared,
  ) {
    this.#written = written
  }

  #ends(): void {
    if (this.#keysEnd >= 0) return
    this.#written = readLine(this.#written)
    this.#keysEnd = this.#written.indexOf(' ')
    this.#reqEnd = this.#written.indexOf(' ', this.#keysEnd + 1)
    this.#guardsEnd = this.#written.indexOf(' ', this.#reqEnd + 1)
  }

  /** The source as written (`WrittenSource`). */
  protected get written(): WrittenSource {
    this.#ends()
    return this.#written
  }

  protected get keysEnd(): number {
    this.#ends()
    return this.#keysEnd
  }

  get req(): string {
    this.#ends()
    return this.#written.slice(this.#keysEnd + 1, this.#reqEnd)
  }

  get rest(): string {
    this.#ends()
    return this.#written.slice(this.#guardsEnd + 3)
  }

  get wide(): boolean {
    this.#ends()
    return this.#written[this.#guardsEnd + 1] === 'w'
  }

  get guards(): string[] {
    this.#ends()
    if (this.#guardsEnd === this.#reqEnd + 1) return []
    return this.#written
      .slice(this.#reqEnd + 1, this.#guardsEnd)
      .split(',')
      .map((g) => this.shared.guards[Number.parseInt(g, 36)] as string)
  }
}

/**
 * An alternative as the build wrote it: its fields read when the prefilter or the pattern first needs
 * them (reading them all at load made loading the rules a third slower). Its guards are numbers in the
 * language's `guards`.
 */
class WrittenAlternative extends Written implements Alternative {
  #keys: readonly number[] | null | undefined

  /** Read only by tests: the engine reads the index the build wrote (`writtenIndex`). */
  get keys(): readonly number[] | null {
    if (this.#keys === undefined) this.#keys = decodeKeys(this.written, this.shared.code, this.keysEnd)
    return this.#keys
  }
}

function compileAntipattern(source: string, where: string, macros: MacroTable): string {
  return lowerCaseSource(contractionsRead(withoutUnicodeEscapes(expandMacros(source, where, macros))))
}

/** What a rule's patterns say besides their source: the same from a spec and from compiled data. */
type PatternMeta = Pick<
  CompiledPattern,
  'id' | 'fullId' | 'caseSensitive' | 'span' | 'message' | 'suggest' | 'questions'
>

/**
 * A source the engine runs, as a pattern alternative or an antipattern: its source expanded, its regex
 * built, and its prefilter requirement decoded, on first use, then kept. A letter runs only the few it
 * may match (prefilter.ts). A class, not an object with getters of its own: V8 gives every object
 * whose accessors are closures a hidden class of its own, which made loading the rules' 2,700
 * alternatives cost more than reading them.
 */
abstract class RunnableSource {
  #source: string | undefined
  #hasSpanGroup: boolean | undefined
  #re: RegExp | undefined
  /** How many times `re` was asked for, up to USES_BEFORE_FIRST_CHARS. */
  #uses = 0
  #requirement: Requirement | undefined
  #flatRequirement: FlatRequirement | undefined
  /** How many times the prefilter has asked `mayMatch` before decoding the requirement. */
  #asked = 0
  /** Where the decoded requirement is in REQUIREMENTS; NOT_THERE before, NO_REQUIREMENT when there is none. */
  #at = NOT_THERE
  readonly #compiled: Compiled

  constructor(compiled: Compiled) {
    this.#compiled = compiled
  }

  get source(): string {
    this.#source ??= this.expand(this.#compiled.rest)
    return this.#source
  }

  /** A source as run, from the build's factored form (factor.ts) or as derived here. */
  protected expand(written: string): string {
    return this.#compiled.shared?.table.expand(written) ?? written
  }

  get hasSpanGroup(): boolean {
    this.#hasSpanGroup ??= this.source.includes('(?<span>')
    return this.#hasSpanGroup
  }

  /** "rule …, pattern …": where bad data is, for the error. */
  protected abstract where(): string

  protected build(source: string, flags: string): RegExp {
    try {
      return new RegExp(source, flags)
    } catch (e) {
      throw new RuleDataError(`${this.where()}: invalid regular expression: ${(e as Error).message}`)
    }
  }

  get re(): RegExp {
    if (this.#uses < USES_BEFORE_FIRST_CHARS) {
      this.#re ??= this.build(this.source, this.flags)
      // Used this often, it is worth reading for its first characters (first-chars.ts): the same matches,
      // found faster when the source opens on a positive lookbehind. Not before: reading a source costs
      // a one-shot check more than it saves.
      if (++this.#uses === USES_BEFORE_FIRST_CHARS) {
        const faster = withFirstChars(this.source)
        if (faster !== this.source) this.#re = this.build(faster, this.flags)
      }
    }
    return this.#re as RegExp
  }

  private get flags(): string {
    return this.hasSpanGroup ? 'gd' : 'g'
  }

  get requirement(): Requirement {
    // Null (nothing can be said) is a requirement too: undefined alone means not read yet.
    if (this.#requirement === undefined) {
      const { requirement, req, shared } = this.#compiled
      this.#requirement = requirement ?? (shared && req ? decodeRequirement(req, shared.code) : null)
    }
    return this.#requirement
  }

  get requirementAt(): number {
    return this.#at
  }

  mayMatch(table: Uint32Array, all: number): number {
    const at = this.#at
    if (at >= 0) return mayMatchAt(REQUIREMENTS.data, at, table, all)
    if (at === NO_REQUIREMENT) return all
    if (this.#flatRequirement === undefined && this.#asked < ASKS_BEFORE_DECODING) {
      this.#asked++
      // The first times, from the compiled data as far as it must be read: most candidates fail on
      // their first clause, and a one-shot check asks most sources once, an antipattern once for each
      // sentence its rule matched. Asked more, the source decodes its requirement for good.
      const { requirement, shared } = this.#compiled
      if (this.#requirement === undefined && requirement === undefined && shared)
        return mayMatchWritten(this.#compiled.req ?? '', shared.code, table, all)
    }
    // Decoded for good: beside the other sources' in one array, which the prefilter reads from then on.
    const flat = this.flatRequirement
    if (flat === null) {
      this.#at = NO_REQUIREMENT
      return all
    }
    this.#at = REQUIREMENTS.add(flat)
    return mayMatchAt(REQUIREMENTS.data, this.#at, table, all)
  }

  get flatRequirement(): FlatRequirement {
    if (this.#flatRequirement === undefined) {
      // Straight from the compiled data when the nested form has not been read (the engine never
      // reads it): the same numbers, without building it.
      const { requirement, shared } = this.#compiled
      this.#flatRequirement =
        this.#requirement === undefined && requirement === undefined && shared
          ? decodeFlatRequirement(this.#compiled.req ?? '', shared.code)
          : flatRequirement(this.requirement)
    }
    return this.#flatRequirement
  }
}

const NOT_THERE = -1
/** Uses of a source's regex before it is read for its first characters (`withFirstChars`). */
const USES_BEFORE_FIRST_CHARS = 16

/** Times a source's requirement is read from the compiled data (`mayMatchWritten`) before decoding it. */
const ASKS_BEFORE_DECODING = 4

/** A pattern alternative as the engine runs it, its leading lookbehinds lifted out as guards. */
class RunnablePattern extends RunnableSource implements CompiledPattern {
  readonly fullId: string
  readonly id: string
  readonly caseSensitive: boolean
  readonly span: SpanMode
  readonly message: string
  readonly suggest: string[]
  readonly questions: QuestionMode
  readonly #ruleId: string
  readonly #alternative: Alternative
  #guardSources: string[] | undefined
  #guards: RegExp[] | undefined

  constructor(ruleId: string, meta: PatternMeta, a: Alternative) {
    super(a)
    this.#ruleId = ruleId
    this.#alternative = a
    this.id = meta.id
    this.fullId = meta.fullId
    this.caseSensitive = meta.caseSensitive
    this.span = meta.span
    this.message = meta.message
    this.suggest = meta.suggest
    this.questions = meta.questions
  }

  get wideContext(): boolean {
    return this.#alternative.wide
  }

  get keys(): readonly number[] | null {
    return this.#alternative.keys
  }

  get guardSources(): string[] {
    this.#guardSources ??= this.#alternative.guards.map((g) => this.expand(g))
    return this.#guardSources
  }

  get guards(): RegExp[] {
    this.#guards ??= this.guardSources.map((g) => this.build(g, 'y'))
    return this.#guards
  }

  protected where(): string {
    return `rule ${this.#ruleId}, pattern ${this.id}`
  }
}

/** An antipattern as the engine runs it: a match of its rule that overlaps one of its matches is dropped. */
class RunnableAntipattern extends RunnableSource implements CompiledAntipattern {
  constructor(
    compiled: Compiled,
    readonly ruleId: string,
    readonly index: number,
  ) {
    super(compiled)
  }

  protected where(): string {
    return `rule ${this.ruleId}, antipattern ${this.index}`
  }
}

/**
 * What a pattern says besides its source, its rule's where it says nothing: the same from a spec and
 * from compiled data, which writes only what differs (`compiledData`).
 */
function patternMeta(
  p: Partial<Omit<PatternMeta, 'id' | 'fullId'>> & { id: string },
  rule: { id: string; message: string; questions: QuestionMode },
): PatternMeta {
  return {
    id: p.id,
    fullId: `${rule.id}/${p.id}`,
    caseSensitive: p.caseSensitive ?? false,
    span: p.span ?? 'clause',
    message: p.message ?? rule.message,
    suggest: p.suggest ?? [],
    questions: p.questions ?? rule.questions,
  }
}

/** The one way a rule is put together, from a spec compiled here or from data compiled by the build. */
function assemble(
  rule: RuleMeta,
  patterns: readonly { meta: PatternMeta; alternatives: readonly Alternative[] }[],
  antipatterns: readonly Compiled[],
): CompiledRule {
  return {
    ...rule,
    patterns: patterns.flatMap(({ meta, alternatives }) =>
      alternatives.map((a) => new RunnablePattern(rule.id, meta, a)),
    ),
    antipatterns: antipatterns.map((a, i) => new RunnableAntipattern(a, rule.id, i)),
  }
}

/**
 * Compiles a rule's data with its language's macros; throws RuleDataError naming the rule and pattern
 * when something is wrong. Regexes are built on first use: rules.test.ts builds every one of them, so
 * bad data still fails the test suite, and checks that none matches the empty string.
 */
export function defineRule(spec: RuleSpec, macros: MacroTable): CompiledRule {
  const ids = new Set<string>()
  const { id, kind, severity, sixRule, title, summary, message } = spec
  const meta: RuleMeta = {
    id,
    kind,
    severity,
    sixRule,
    title,
    summary,
    message,
    questions: questionsOf(spec),
    inQuotes: spec.inQuotes ?? false,
  }
  const patterns = spec.patterns.map((p) => {
    const where = `rule ${spec.id}, pattern ${p.id}`
    if (ids.has(p.id)) throw new RuleDataError(`${where}: duplicate pattern id`)
    ids.add(p.id)
    const pattern = patternMeta(p, meta)
    // Each top-level alternative becomes its own pattern, its leading lookbehinds lifted out as guards
    // (guards.ts).
    return { meta: pattern, alternatives: compilePattern(p.re, where, macros, pattern.caseSensitive) }
  })
  const antipatterns = (spec.antipatterns ?? []).map((a, i) => {
    const source = compileAntipattern(a, `rule ${spec.id}, antipattern ${i}`, macros)
    // An antipattern runs on its sentence alone (run.ts `matchAll`), the text whose trigrams the
    // prefilter reads: what its lookaheads read is there too (most say "the sentence holds one of
    // these words somewhere", `^(?=…)`, which required nothing before).
    return { rest: unrolled(source), requirement: requirementOf(source, true) }
  })
  return assemble(meta, patterns, antipatterns)
}

/** The index of patterns the build wrote for rules read from its data, with its grams' code. */
const writtenIndexes = new WeakMap<readonly CompiledRule[], { index: WrittenIndex; code: GramCode }>()

/**
 * The index of patterns written for these rules (their patterns in order, alternatives flattened),
 * if they are the rules read from a language's compiled data: the engine reads it instead of their
 * keys (run.ts).
 */
export function writtenIndex(
  rules: readonly CompiledRule[],
): { index: WrittenIndex; code: GramCode } | undefined {
  return writtenIndexes.get(rules)
}

/** Rules from the data the build compiled (`compiledRules`): what `defineRule` gave, without its work. */
export function rulesFromData(ahead: AheadOfTime): CompiledRule[] {
  const shared: Shared = {
    table: new SourceTable(ahead.pieces),
    code: GramCode.read(ahead.grams),
    guards: ahead.guards,
  }
  const lines = new LineReader(ahead.sources)
  const rules = ahead.rules.map(({ patterns, antipatterns, ...meta }) =>
    assemble(
      meta,
      patterns.map((p) => ({
        meta: patternMeta(p, meta),
        alternatives: Array.from(
          { length: p.alternatives },
          () => new WrittenAlternative(lines.next(), shared),
        ),
      })),
      Array.from({ length: antipatterns }, () => new Written(lines.next(), shared)),
    ),
  )
  writtenIndexes.set(rules, { index: ahead.index, code: shared.code })
  return rules
}

/** What the build writes for `rulesFromData` to read (scripts/compile-rules.mjs). */
export function compiledRules(rules: readonly CompiledRule[]): AheadOfTime {
  const { pieces, factor } = factorSources(
    rules.flatMap((r) => [
      ...r.patterns.flatMap((p) => [p.source, ...p.guardSources]),
      ...r.antipatterns.map((a) => a.source),
    ]),
  )
  const guards: string[] = []
  const numbers = new Map<string, number>()
  const guard = (source: string): number => {
    let n = numbers.get(source)
    if (n === undefined) {
      n = guards.push(factor(source)) - 1
      numbers.set(source, n)
    }
    return n
  }
  const code = GramCode.of(
    rules.flatMap((r) => [...r.patterns, ...r.antipatterns].map((s) => s.requirement)),
    rules.flatMap((r) => r.patterns.map((p) => p.keys)),
  )
  const sources: WrittenSource[] = []
  const written = rules.map((rule) => compiledData(rule, factor, guard, code, sources))
  const index = writeIndex(
    rules.flatMap((r) => r.patterns.map((p) => p.keys)),
    code,
  )
  return { pieces, guards, grams: code.written(), rules: written, index, sources: writeLines(sources) }
}

function compiledData(
  rule: CompiledRule,
  factor: (source: string) => string,
  guard: (source: string) => number,
  code: GramCode,
  /** Where its sources are written, in order (`AheadOfTime.sources`). */
  sources: WrittenSource[],
): CompiledRuleData {
  const { patterns, antipatterns, ...meta } = rule
  const byId = new Map<string, CompiledRuleData['patterns'][number]>()
  let last: CompiledRuleData['patterns'][number] | undefined
  for (const c of patterns) {
    let p = byId.get(c.id)
    if (!p) {
      p = { id: c.id, alternatives: 0 }
      if (c.caseSensitive) p.caseSensitive = true
      if (c.span !== 'clause') p.span = c.span
      if (c.message !== rule.message) p.message = c.message
      if (c.suggest.length > 0) p.suggest = c.suggest
      if (c.questions !== rule.questions) p.questions = c.questions
      byId.set(c.id, p)
    }
    // A pattern's alternatives follow each other (`defineRule`): they are read back in order.
    if (p !== last && p.alternatives > 0)
      throw new Error(`rule ${rule.id}: the alternatives of pattern ${c.id} are not together`)
    last = p
    p.alternatives++
    sources.push(
      writeSource({
        rest: factor(c.source),
        guards: c.guardSources.map(guard),
        req: encodeRequirement(c.requirement, code),
        keys: encodeKeys(c.keys, code),
        wide: c.wideContext,
      }),
    )
  }
  for (const a of antipatterns)
    sources.push(
      writeSource({
        rest: factor(a.source),
        guards: [],
        req: encodeRequirement(a.requirement, code),
        keys: '',
        wide: false,
      }),
    )
  return { ...meta, patterns: [...byId.values()], antipatterns: antipatterns.length }
}
