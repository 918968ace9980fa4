// A small linear classifier that reads one sentence at a time and scores every category: one-vs-rest
// logistic regression over the features of features.ts, trained by scripts/train-model.mjs. It runs
// behind the rules (findings.ts): it only adds a category to a sentence the rules left without it.
import QuickLRU from 'quick-lru'
import type { CategoryId } from '../finding.js'
import { type FeatureReader, visitFeatures } from './features.js'

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
  /**
   * The features with weights, one per line, sorted (in UTF-16 code-unit order, as `<` compares them:
   * the model searches them), each once.
   */
  features: string
  /**
   * For each feature, in order, how many (column, weight) pairs it has in `pairs`: one digit of
   * PAIR_DIGITS each (a feature has a pair per category at most, and there are fewer than 64). As an
   * array of 12,000 numbers they took V8 longer to read than the features' names.
   */
  counts: string
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

/** Encodes pair counts for `ModelData.counts` (the training script writes them with it). */
export function encodeCounts(counts: readonly number[]): string {
  return counts
    .map((n) => {
      if (!Number.isInteger(n) || n < 0 || n >= PAIR_DIGITS.length) throw new RangeError(`a count of ${n}`)
      return PAIR_DIGITS[n] as string
    })
    .join('')
}

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

/**
 * Lookups by binary search before the maps are built: a one-shot check makes a few hundred, where
 * filling the maps with 12,000 names cost more than its whole letter's scoring; a server or an editor
 * soon makes more, and builds them.
 */
const SEARCHED_LOOKUPS = 8192

/**
 * Feature numbers by name: single features by name, pairs by their two words, so that scoring looks a
 * pair up without building it. Until SEARCHED_LOOKUPS lookups, a binary search of the sorted names.
 */
class FeatureIndex {
  readonly #names: readonly string[]
  #lookups = 0
  #ones: Map<string, number> | undefined
  #pairs: Map<string, Map<string, number>> | undefined

  constructor(features: string) {
    this.#names = features === '' ? [] : features.split('\n')
  }

  one(feature: string): number | undefined {
    if (this.#ones || this.#warm()) return this.#ones?.get(feature)
    // A name with a space is a pair's.
    const f = this.#search(feature)
    return f !== undefined && !feature.includes(' ') ? f : undefined
  }

  pair(previous: string, w: string): number | undefined {
    if (this.#pairs || this.#warm()) return this.#pairs?.get(previous)?.get(w)
    // A pair's first word is the name up to its first space.
    const f = this.#search(`${previous} ${w}`)
    return f !== undefined && !previous.includes(' ') ? f : undefined
  }

  /** Whether it is time to build the maps (then built). */
  #warm(): boolean {
    if (++this.#lookups <= SEARCHED_LOOKUPS) return false
    const ones = new Map<string, number>()
    const pairs = new Map<string, Map<string, number>>()
    this.#names.forEach((name, f) => {
      const space = name.indexOf(' ')
      if (space < 0) ones.set(name, f)
      else {
        const first = name.slice(0, space)
        const byWord = pairs.get(first) ?? new Map<string, number>()
        byWord.set(name.slice(space + 1), f)
        pairs.set(first, byWord)
      }
    })
    this.#ones = ones
    this.#pairs = pairs
    return true
  }

  #search(name: string): number | undefined {
    const names = this.#names
    let lo = 0
    let hi = names.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const x = names[mid] as string
      if (x === name) return mid
      if (x < name) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
}

/** A model from its weights, reading sentences with the feature words it was trained with. */
export function loadModel(data: ModelData, reader: FeatureReader): Model {
  const n = data.categories.length
  const index = new FeatureIndex(data.features)
  const features = data.counts.length
  // Features by number, their (column, weight) pairs at flat[from[f]] up to flat[from[f + 1]], decoded
  // from `data.pairs` when the feature is first seen: a letter touches a few hundred of them.
  const from = new Uint32Array(features + 1)
  for (let f = 0; f < features; f++) from[f + 1] = (from[f] as number) + 2 * digit(data.counts, f)
  const flat = new Float64Array(from[features] as number)
  const decoded = new Uint8Array(features)
  const decode = (f: number) => {
    for (let i = from[f] as number, end = from[f + 1] as number, k = (i / 2) * 3; i < end; i += 2, k += 3) {
      flat[i] = digit(data.pairs, k)
      flat[i + 1] = (digit(data.pairs, k + 1) * 64 + digit(data.pairs, k + 2) - 2048) / data.scale
    }
    decoded[f] = 1
  }
  const bias = Float64Array.from(data.bias, (b) => b / data.scale)
  const thresholds = data.thresholds.map((t) => (t === null ? Number.POSITIVE_INFINITY : t / data.scale))
  const live = thresholds.some((t) => t !== Number.POSITIVE_INFINITY)
  const memo = new QuickLRU<string, readonly CategoryId[]>({ maxSize: MODEL_MEMO_SIZE })
  const none: readonly CategoryId[] = []

  // Each feature counts once per sentence: a feature seen in this sentence carries its stamp. One
  // sink for every sentence (scoring is synchronous), writing into the array it is given.
  const seen = new Uint32Array(features)
  let stamp = 0
  let target: Float64Array = bias
  const add = (f: number | undefined) => {
    if (f === undefined || seen[f] === stamp) return
    seen[f] = stamp
    if (decoded[f] === 0) decode(f)
    for (let i = from[f] as number, end = from[f + 1] as number; i < end; i += 2) {
      const c = flat[i] as number
      target[c] = (target[c] as number) + (flat[i + 1] as number)
    }
  }
  const sink = {
    one: (feature: string) => add(index.one(feature)),
    pair: (previous: string, w: string) => add(index.pair(previous, w)),
  }

  function scoreInto(sentence: string, s: Float64Array): Float64Array {
    s.set(bias)
    if (++stamp === 0xffffffff) {
      seen.fill(0)
      stamp = 1
    }
    target = s
    visitFeatures(sentence, reader, data.prefixes, sink)
    return s
  }

  const scores = (sentence: string) => scoreInto(sentence, new Float64Array(n))
  /** `passing` reads its scores at once: one array serves every sentence. */
  const scratch = new Float64Array(n)

  function passing(sentence: string, useMemo = true): readonly CategoryId[] {
    if (!live) return none
    const known = useMemo ? memo.get(sentence) : undefined
    if (known) return known
    const s = scoreInto(sentence, scratch)
    const out: CategoryId[] = []
    for (let c = 0; c < n; c++)
      if ((s[c] as number) >= (thresholds[c] as number)) out.push(data.categories[c] as CategoryId)
    const result = out.length ? out : none
    if (useMemo) memo.set(sentence, result)
    return result
  }

  return { categories: data.categories, scores, passing }
}
