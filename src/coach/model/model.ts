// A small linear classifier that reads one sentence at a time and scores every category: one-vs-rest
// logistic regression over the features of features.ts, trained by scripts/train-model.mjs. It runs
// behind the rules (findings.ts): it only adds a category to a sentence the rules left without it.
import type { CategoryId } from '../finding.js'
import { features } from './features.js'

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
  /** One line per feature: `feature\tcolumn:weight column:weight…` (columns and weights in base 36). */
  weights: string
}

export interface Model {
  categories: readonly CategoryId[]
  /** Log-odds per category, in `categories` order. */
  scores(sentence: string): Float64Array
  /** The categories whose score passes their threshold, for a sentence (memoised by its text). */
  passing(sentence: string): readonly CategoryId[]
}

/** Sentences kept in the memo of `passing`. */
export const MODEL_MEMO_SIZE = 4096

export function loadModel(data: ModelData): Model {
  const n = data.categories.length
  const table = new Map<string, Float64Array>()
  for (const line of data.weights.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab < 0) continue
    const pairs = line.slice(tab + 1).split(' ')
    const row = new Float64Array(pairs.length * 2)
    pairs.forEach((p, i) => {
      const colon = p.indexOf(':')
      row[2 * i] = Number.parseInt(p.slice(0, colon), 36)
      row[2 * i + 1] = Number.parseInt(p.slice(colon + 1), 36) / data.scale
    })
    table.set(line.slice(0, tab), row)
  }
  const bias = data.bias.map((b) => b / data.scale)
  const thresholds = data.thresholds.map((t) => (t === null ? Number.POSITIVE_INFINITY : t / data.scale))
  const live = thresholds.some((t) => t !== Number.POSITIVE_INFINITY)
  const memo = new Map<string, readonly CategoryId[]>()
  const none: readonly CategoryId[] = []

  function scores(sentence: string): Float64Array {
    const s = Float64Array.from(bias)
    for (const f of features(sentence, data.prefixes)) {
      const row = table.get(f)
      if (!row) continue
      for (let i = 0; i < row.length; i += 2) {
        const c = row[i] as number
        s[c] = (s[c] as number) + (row[i + 1] as number)
      }
    }
    return s
  }

  function passing(sentence: string): readonly CategoryId[] {
    if (!live) return none
    const known = memo.get(sentence)
    if (known) return known
    const s = scores(sentence)
    const out: CategoryId[] = []
    for (let c = 0; c < n; c++)
      if ((s[c] as number) >= (thresholds[c] as number)) out.push(data.categories[c] as CategoryId)
    const result = out.length ? out : none
    memo.set(sentence, result)
    if (memo.size > MODEL_MEMO_SIZE) memo.delete(memo.keys().next().value as string)
    return result
  }

  return { categories: data.categories, scores, passing }
}
