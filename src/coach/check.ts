// check(text, options): the coach's whole report on a letter. Pure and synchronous: the editor calls it
// on every keystroke, the CLI and the API call the very same function.
import { asciiJson } from '../common/ascii-json.js'
import { assertRegion, careFor, verdictFor } from './care.js'
import type { CompiledRule } from './engine/define-rule.js'
import type { CategoryId } from './finding.js'
import { type LetterReading, readLetter } from './letter.js'
import { normalizeNewlines } from './location.js'
import { HAND_SIZES, type HandSize, PAPERS, type Paper } from './paper.js'
import { API_VERSION, type CheckOptions, LANGUAGES, type Language, type Report } from './report.js'
import { RULES } from './rules/index.js'
import { scoreLetter } from './scores.js'
import { computeStats } from './stats.js'

/**
 * Reads a letter and reports its pitfalls and strengths span by span, the six rules' scores, length
 * figures, and (when needed) a verdict not to send it or words of care.
 *
 * Offsets index the text after line endings are normalized to `\n`.
 *
 * @example
 * check("I'm sorry for the way I spoke to you.").findings[0].ruleId // 'apology'
 */
export function check(input: string, options: CheckOptions = {}): Report {
  return reportOn(input, options, true).report
}

/**
 * `JSON.stringify(check(input, options))`, ASCII-safe and made faster. ASCII-safe: `<`, `>`, `&` and
 * every character from U+007F up are written as \u escapes (`asciiJson`), so the text is printable
 * ASCII, parses to the very report `check` gives, and can be sent as it is (no byte of it reads as
 * markup; Node writes a one-byte string fastest). Faster: each line's findings are serialized and
 * escaped once and kept with the line (letter.ts), so the JSON of a letter seen before is mostly
 * joined, not written; only the small rest of the report is serialized and escaped per call.
 * The HTTP API answers with it.
 */
export function checkJson(input: string, options: CheckOptions = {}): string {
  const { report, reading } = reportOn(input, options, false)
  // The report with its findings left empty, then theirs in their place: `"findings":[]` can be
  // found by search, as a quote inside a JSON string is always escaped.
  const rest = asciiJson(JSON.stringify(report))
  const at = rest.indexOf('"findings":[]') + '"findings":'.length
  return rest.slice(0, at) + reading.findingsJson() + rest.slice(at + 2)
}

/** The report, its findings copied in (`withFindings`) or left empty for `checkJson` to write. */
function reportOn(
  input: string,
  options: CheckOptions,
  withFindings: boolean,
): { report: Report; reading: LetterReading } {
  if (typeof input !== 'string') throw new TypeError('check: text must be a string')
  const language = options.language ?? 'en'
  if (!LANGUAGES.includes(language)) throw new RangeError(`check: unknown language "${language}"`)
  const paper: Paper = options.paper ?? 'a4'
  const size: HandSize = options.size ?? 'medium'
  if (!PAPERS.includes(paper)) throw new RangeError(`check: unknown paper "${paper}"`)
  if (!HAND_SIZES.includes(size)) throw new RangeError(`check: unknown size "${size}"`)
  assertRegion(options.region, 'check')

  const text = normalizeNewlines(input)
  const rules = options.only ? onlyRules(language, options.only) : RULES[language]
  // The rules, then the sentence classifier behind them (model/): only categories the rules left out
  // of a sentence. Line by line, each line seen before found whole (letter.ts).
  const reading = readLetter(text, rules, {
    language,
    model: options.model ?? true,
    memo: options.memo ?? true,
  })
  // Scores, verdict and care read the findings as the lines keep them: where they are does not matter.
  const { kept, afraid } = reading
  const stats = computeStats(text, reading, paper, size)
  const report: Report = {
    apiVersion: API_VERSION,
    language,
    findings: withFindings ? reading.findings() : [],
    scores: scoreLetter({ findings: kept, stats, handwritten: options.handwritten ?? false, afraid }),
    stats,
    verdict: verdictFor(kept, afraid),
  }
  const care = careFor(kept, options.region, afraid)
  if (care) report.care = care
  return { report, reading }
}

/**
 * The same array for the same choice of categories: the engine keeps its index of patterns and its
 * memo of sentences per rule array, so a new array on every call would rebuild both every time.
 */
const chosen = new Map<string, readonly CompiledRule[]>()
function onlyRules(language: Language, only: readonly string[]): readonly CompiledRule[] {
  const key = `${language}:${[...new Set(only)].sort().join(',')}`
  let rules = chosen.get(key)
  if (!rules) {
    const ids = new Set(only)
    rules = RULES[language].filter((r) => ids.has(r.id))
    chosen.set(key, rules)
  }
  return rules
}

/** The categories the coach knows, for a language. */
export function categories(language: CheckOptions['language'] = 'en'): CategoryId[] {
  return RULES[language].map((r) => r.id)
}
