// Precision, recall and F1 per category: a finding counts for every labeled span it overlaps.
import type { check } from '../coach/check.js'
import type { EvalText } from './corpus.js'

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Miss {
  source: string
  text: string
  category: string
  kind: 'false-positive' | 'false-negative'
}

export function evaluate(texts: readonly EvalText[], run: typeof check, categories: readonly string[]) {
  const counts = new Map<string, Counts>(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]))
  const misses: Miss[] = []
  for (const t of texts) {
    const findings = run(t.text).findings
    for (const item of t.items) {
      const predicted = new Set(
        findings.filter((f) => f.from < item.to && item.from < f.to).map((f) => f.ruleId as string),
      )
      const expected = new Set(item.labels)
      for (const c of categories) {
        const k = counts.get(c) as Counts
        const p = predicted.has(c)
        const e = expected.has(c)
        if (p && e) k.tp++
        else if (p) {
          k.fp++
          misses.push({
            source: item.source,
            text: t.text.slice(item.from, item.to),
            category: c,
            kind: 'false-positive',
          })
        } else if (e) {
          k.fn++
          misses.push({
            source: item.source,
            text: t.text.slice(item.from, item.to),
            category: c,
            kind: 'false-negative',
          })
        }
      }
    }
  }
  return { counts, misses }
}

export function prf({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

export function sum(list: Iterable<Counts>): Counts {
  const total = { tp: 0, fp: 0, fn: 0 }
  for (const c of list) {
    total.tp += c.tp
    total.fp += c.fp
    total.fn += c.fn
  }
  return total
}
