// A small linear classifier that reads one sentence at a time and scores every category: one-vs-rest
// logistic regression over the features of features.ts, trained by scripts/train-model.mjs. It runs
// behind the rules (findings.ts): it only adds a category to a sentence the rules left without it.
import QuickLRU from 'quick-lru'
import type { CategoryId } from '../finding.js'
import { visitFeatures } from './features.js'

/** The generated data (weights.en.ts): compact text, parsed on first use. */
export interface ModelData {
  version: 1
  /** The categories in the order of `bias`, `thresholds` and the weight columns. */
  categories: CategoryId[]
  /** Whether features include word prefixes (features.ts). */
  prefixes: boolean
  /** Weights and biases are integers: divide by this. */
  scale: number
  bias: number[]
  /** The score (a log-odds) a sentence needs for a finding; null: the category has no model. */
  thresholds: (number | null)[]
  /** The features with weights, one per line. */
  features: string
  /** For each feature, in order, how many (column, weight) pairs it has in `pairs`. */
  counts: number[]
  /**
   * (column, weight) pairs, feature after feature, three characters each of the base64 alphabet
   * (PAIR_DIGITS): the column, then the weight plus 2048 in two digits, high first.
   */
  pairs: string
}

/** The alphabet of `pairs`. */
export const PAIR_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DIGIT_VALUE = new Uint8Array(128)
for (let i = 0; i < PAIR_DIGITS.length; i++) DIGIT_VALUE[PAIR_DIGITS.charCodeAt(i)] = i
const digit = (s: string, i: number) => DIGIT_VALUE[s.charCodeAt(i) & 127] as number

/** Encodes pairs for `ModelData.pairs` (the training script writes them with it). */
export function encodePairs(pairs: readonly (readonly [number, number])[]): string {
  let out = ''
  for (const [column, weight] of pairs) {
    const w = Math.max(0, Math.min(4095, Math.round(weight) + 2048))
    out += (PAIR_DIGITS[column] as string) + PAIR_DIGITS[w >> 6] + PAIR_DIGITS[w & 63]
  }
  return out
}

export interface Model {
  categories: readonly CategoryId[]
  /** Log-odds per category, in `categories` order. */
  scores(sentence: string): Float64Array
  /**
   * The categories whose score passes their threshold, for a sentence: kept by its text unless `memo`
   * is false (benchmarks measure every sentence's full cost).
   */
  passing(sentence: string, memo?: boolean): readonly CategoryId[]
}

/** Sentences kept in the memo of `passing` (quick-lru, as the rules' memo). */
export const MODEL_MEMO_SIZE = 4096

export function loadModel(data: ModelData): Model {
  const n = data.categories.length
  const flat = new Float64Array((data.pairs.length / 3) * 2)
  for (let i = 0, k = 0; k < data.pairs.length; i += 2, k += 3) {
    flat[i] = digit(data.pairs, k)
    flat[i + 1] = (digit(data.pairs, k + 1) * 64 + digit(data.pairs, k + 2) - 2048) / data.scale
  }
  // Single features by name, pairs by their two words: scoring looks pairs up without building them.
  const ones = new Map<string, Float64Array>()
  const pairs = new Map<string, Map<string, Float64Array>>()
  let at = 0
  const names = data.features === '' ? [] : data.features.split('\n')
  names.forEach((name, i) => {
    const n = 2 * (data.counts[i] as number)
    const row = flat.subarray(at, at + n)
    at += n
    const space = name.indexOf(' ')
    if (space < 0) ones.set(name, row)
    else {
      const first = name.slice(0, space)
      const byWord = pairs.get(first) ?? new Map<string, Float64Array>()
      byWord.set(name.slice(space + 1), row)
      pairs.set(first, byWord)
    }
  })
  const bias = data.bias.map((b) => b / data.scale)
  const thresholds = data.thresholds.map((t) => (t === null ? Number.POSITIVE_INFINITY : t / data.scale))
  const live = thresholds.some((t) => t !== Number.POSITIVE_INFINITY)
  const memo = new QuickLRU<string, readonly CategoryId[]>({ maxSize: MODEL_MEMO_SIZE })
  const none: readonly CategoryId[] = []

  function scores(sentence: string): Float64Array {
    const s = Float64Array.from(bias)
    // Each feature once, as `features` gives them: a row is one feature's.
    const seen = new Set<Float64Array>()
    const add = (row: Float64Array | undefined) => {
      if (!row || seen.has(row)) return
      seen.add(row)
      for (let i = 0; i < row.length; i += 2) {
        const c = row[i] as number
        s[c] = (s[c] as number) + (row[i + 1] as number)
      }
    }
    visitFeatures(sentence, data.prefixes, {
      one: (f) => add(ones.get(f)),
      pair: (previous, w) => add(pairs.get(previous)?.get(w)),
    })
    return s
  }

  function passing(sentence: string, useMemo = true): readonly CategoryId[] {
    if (!live) return none
    const known = useMemo ? memo.get(sentence) : undefined
    if (known) return known
    const s = scores(sentence)
    const out: CategoryId[] = []
    for (let c = 0; c < n; c++)
      if ((s[c] as number) >= (thresholds[c] as number)) out.push(data.categories[c] as CategoryId)
    const result = out.length ? out : none
    if (useMemo) memo.set(sentence, result)
    return result
  }

  return { categories: data.categories, scores, passing }
}
