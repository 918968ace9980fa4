// The one shape every finding takes: the CLI's JSON, the HTTP API and the editor all use it as is.

/** The pitfall ids of ../shared/coach-taxonomy.md, in its order. A public interface: never rename. */
export const PITFALL_IDS = [
  'ultimatum',
  'pressure',
  'guilt',
  'blame',
  'mind-reading',
  'disparage',
  'pleading',
  'self-deprecation',
  'idealization',
  'exaggeration',
  'threat',
  'persistence',
  'self-harm',
] as const

/** The strength ids of the taxonomy, in its order. */
export const STRENGTH_IDS = [
  'apology',
  'accountability',
  'solution',
  'invitation',
  'space',
  'memory',
  'compliment',
  'feeling',
  'gratitude',
] as const

export type PitfallId = (typeof PITFALL_IDS)[number]
export type StrengthId = (typeof STRENGTH_IDS)[number]
export type CategoryId = PitfallId | StrengthId

export const CATEGORY_IDS: readonly CategoryId[] = [...PITFALL_IDS, ...STRENGTH_IDS]

/** The six rules of the method, each scored 0–100 for the whole letter. */
export const SIX_RULE_IDS = [
  'brief-sincere',
  'solutions',
  'handwritten',
  'lucid',
  'seduction',
  'open-heart',
] as const
export type SixRuleId = (typeof SIX_RULE_IDS)[number]

export type Severity = 'danger' | 'warning' | 'info'
export type Kind = 'pitfall' | 'strength'

export interface Suggestion {
  /** The replacement text for [from, to). */
  text: string
  /** A short label for a button ("Use this wording"). */
  label?: string
}

export interface Finding {
  ruleId: CategoryId
  /** `ruleId/patternId`: which pattern of the rule matched (for tests and tuning, not for users). */
  patternId: string
  kind: Kind
  severity: Severity
  /** UTF-16 offsets into the text after line endings are normalized to `\n`. */
  from: number
  to: number
  /** Always `text.slice(from, to)`. */
  actual: string
  /** Addressed to the writer: what the reader will feel, and what to do instead. */
  message: string
  suggestions: Suggestion[]
  /** Which of the six rules this finding feeds. */
  sixRule: SixRuleId
}

const SEVERITY_RANK: Record<Severity, number> = { danger: 0, warning: 1, info: 2 }

/** Sorts by position, then by severity, then by id: a stable order for every output. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.from - b.from ||
    a.to - b.to ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  )
}

/**
 * A copy of a finding moved by `by` characters: into or out of a memo, where neither side may share an
 * object with the other (a caller may change the report it was given).
 */
export function movedFinding(f: Finding, by: number): Finding {
  return { ...f, from: f.from + by, to: f.to + by, suggestions: f.suggestions.map((x) => ({ ...x })) }
}
