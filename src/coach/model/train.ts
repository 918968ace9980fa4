// Training of the sentence classifier (model.ts): one-vs-rest logistic regression, all categories in
// one pass, AdaGrad steps with L2 on the weights a sample touches, samples in a seeded order. Pure and
// deterministic for a seed; scripts/train-model.mjs calls it (through dist/) on the tuning corpora.
import { mulberry32 } from '../../common/mulberry32.js'
import { type FeatureReader, features } from './features.js'

export function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[a[i], a[j]] = [a[j] as T, a[i] as T]
  }
  return a
}

export interface Sample {
  text: string
  /** 1 where the sample has the category, per column. */
  y: ArrayLike<number>
  /** 0 where the sample says nothing about the category (a rule's example speaks of its rule only). */
  mask: ArrayLike<number>
}

export interface TrainOptions {
  /** L2 strength. */
  lambda: number
  epochs: number
  /** Word prefixes among the features (features.ts). */
  prefixes: boolean
  /** The language's feature words (lexicon/). */
  reader: FeatureReader
  /** Features seen in fewer samples are left out. */
  minCount: number
  seed: number
  /** AdaGrad's base step. Default 0.5. */
  rate?: number
}

export interface Trained {
  /** Feature → row. */
  vocab: Map<string, number>
  /** Row-major: W[row * columns + column]. */
  W: Float64Array
  B: Float64Array
  columns: number
  prefixes: boolean
  reader: FeatureReader
}

export function train(samples: readonly Sample[], columns: number, o: TrainOptions): Trained {
  const feats = samples.map((s) => features(s.text, o.reader, o.prefixes))
  const counts = new Map<string, number>()
  for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1)
  const vocab = new Map<string, number>()
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (n >= o.minCount) vocab.set(f, vocab.size)
  const X = feats.map((fs) =>
    Int32Array.from(fs.flatMap((f) => (vocab.has(f) ? [vocab.get(f) as number] : []))),
  )
  const C = columns
  const W = new Float64Array(vocab.size * C)
  const G = new Float64Array(vocab.size * C).fill(1e-8)
  const B = new Float64Array(C)
  const GB = new Float64Array(C).fill(1e-8)
  // Each bias starts at its category's log-odds.
  for (let c = 0; c < C; c++) {
    let pos = 0
    let all = 0
    for (const s of samples)
      if (s.mask[c]) {
        all++
        if (s.y[c]) pos++
      }
    B[c] = Math.log((pos + 1) / (all - pos + 1))
  }
  const rand = mulberry32(o.seed)
  const rate = o.rate ?? 0.5
  const order = samples.map((_, i) => i)
  for (let e = 0; e < o.epochs; e++) {
    for (const i of shuffled(order, rand)) {
      const s = samples[i] as Sample
      const x = X[i] as Int32Array
      for (let c = 0; c < C; c++) {
        if (!s.mask[c]) continue
        let z = B[c] as number
        for (let k = 0; k < x.length; k++) z += W[(x[k] as number) * C + c] as number
        const g = 1 / (1 + Math.exp(-z)) - (s.y[c] ? 1 : 0)
        GB[c] = (GB[c] as number) + g * g
        B[c] = (B[c] as number) - (rate * g) / Math.sqrt(GB[c] as number)
        for (let k = 0; k < x.length; k++) {
          const j = (x[k] as number) * C + c
          const w = W[j] as number
          const gj = g + o.lambda * w
          G[j] = (G[j] as number) + gj * gj
          W[j] = w - (rate * gj) / Math.sqrt(G[j] as number)
        }
      }
    }
  }
  return { vocab, W, B, columns: C, prefixes: o.prefixes, reader: o.reader }
}

/** Log-odds per column for a text, from a trained model (before pruning and rounding). */
export function scoreWith(m: Trained, text: string): Float64Array {
  const s = Float64Array.from(m.B)
  for (const f of features(text, m.reader, m.prefixes)) {
    const j = m.vocab.get(f)
    if (j === undefined) continue
    for (let c = 0; c < m.columns; c++) s[c] = (s[c] as number) + (m.W[j * m.columns + c] as number)
  }
  return s
}
