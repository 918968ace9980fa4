// The report `check` returns: the same JSON object in the library, the CLI (`--format json`) and the HTTP API.
import type { Finding, SixRuleId } from './finding.js'
import type { HandSize, Paper } from './paper.js'

/** Bumped when a field changes meaning or is removed; new optional fields do not bump it. */
export const API_VERSION = 1

export type Language = 'en'
export const LANGUAGES: readonly Language[] = ['en']

export interface CheckOptions {
  /** Rules and word lists are per language; `en` is the only one so far. */
  language?: Language
  /** Whether the writer has chosen a handwritten output (copy sheet or handwriting render). */
  handwritten?: boolean
  /** For the page estimate. Default `a4`. */
  paper?: Paper
  /** For the page estimate. Default `medium`. */
  size?: HandSize
  /**
   * Where the writer is, as a two-letter country code (`GB`, `us`): when the letter speaks of not
   * wanting to live, that country's emergency number and lines come first in `care`. Unknown countries
   * get the general list.
   */
  region?: string
  /** Run only these categories (tests, tuning). */
  only?: readonly string[]
  /**
   * Reuse the findings of sentences seen in earlier checks (default true; see engine/run.ts): the
   * report is the same either way, `false` only makes every sentence cost its full price (benchmarks).
   */
  memo?: boolean
  /**
   * Let the sentence classifier (model/) add findings where the rules found nothing of a category
   * (default true). `false`: the rules alone.
   */
  model?: boolean
}

export interface RuleScore {
  id: SixRuleId
  title: string
  /** 0–100. */
  score: number
  /** One line that names what raised or lowered the score. */
  explanation: string
}

export interface PageEstimate {
  paper: Paper
  size: HandSize
  /** Handwritten pages, to one decimal. */
  pages: number
  lines: number
  linesPerPage: number
  charsPerLine: number
  fitsOnePage: boolean
}

export interface Stats {
  characters: number
  words: number
  sentences: number
  paragraphs: number
  estimate: PageEstimate
}

export interface CareResource {
  region: string
  name: string
  contact: string
}

/**
 * Present when the letter says the writer does not want to live, or that they are or were afraid of the reader: a
 * warm word, then where to find help.
 */
export interface Care {
  message: string
  resources: CareResource[]
}

export interface Verdict {
  /** `do-not-send` when a threat or announced persistent contact is found. */
  status: 'ready' | 'revise' | 'do-not-send'
  message: string
}

export interface Report {
  apiVersion: typeof API_VERSION
  language: Language
  findings: Finding[]
  scores: RuleScore[]
  stats: Stats
  verdict: Verdict
  care?: Care
}
