// `npm run train-model`: trains the coach's sentence classifier (src/coach/model/) on the tuning
// corpora (eval/, eval/second/, eval/third/*, eval/fourth/*; never eval/holdout/) and the rules' own examples, picks
// each category's threshold by cross-validation, and writes src/coach/model/weights.en.ts.
// Deterministic for a seed. Needs a build (it reads dist/).
//
//   node scripts/train-model.mjs [--seed N] [--cv] [--grid] [--dry] [--report FILE]
//     --cv      also run the nested cross-validation and print rules vs rules ∪ model per category
//     --grid    compare feature sets and regularisations by cross-validation (slow)
//     --dry     do not write the weights file
//     --rules DIST   take the rules' predictions on the corpora from another build (a dist/ folder),
//               e.g. a snapshot of the rules from before a corpus was written, to measure honestly
//     --test DIR[,DIR]  leave these corpus folders (relative to eval/) out of training and threshold
//               choice, and report rules vs rules ∪ model on them
//     --strength-precision P  the out-of-fold precision a strength's threshold keeps (default 0.85)
//     --veto-floors  a not-flagged example raises its category's floor only if the model could speak on it at run
//               time: no antipattern of its rule reads it, and it is not a question its rule skips (eval/fourteenth)
//     --extra DIR[,DIR]  corpus folders (relative to eval/) trained on besides the tuning corpora, e.g. the
//               rounds' probes that the rules were tuned on after the tuning list was closed (eval/fourteenth)
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const dist = new URL('../dist/', import.meta.url)
const load = (p) => import(new URL(p, dist).href)
const { check } = await load('coach/check.js')
const { PITFALL_IDS, STRENGTH_IDS } = await load('coach/finding.js')
const { segment: segmentIn } = await load('coach/text/segment.js')
const { readingFor } = await load('coach/lexicon/index.js')
const segment = (text) => segmentIn(text, 'en')
const { frameLines, silencedOn, writtenSentences } = await load('coach/model/findings.js')
const { encodeCounts, encodePairs } = await load('coach/model/model.js')
const { train: trainModel, scoreWith, shuffled: shuffle } = await load('coach/model/train.js')
const { mulberry32 } = await load('common/mulberry32.js')
const { RULES } = await load('coach/rules/index.js')
const { RULE_SPECS } = await load('coach/rules/specs.js')
const { parseMarked } = await load('coach/engine/marked.js')
const { loadCorpora, setFolders } = await load('eval/corpus.js')
const { composedLetters, rewriteTexts } = await import('./model-texts.mjs')

const argv = process.argv.slice(2)
const rulesDist = argv.includes('--rules') ? argv[argv.indexOf('--rules') + 1] : undefined
const ruleCheck = rulesDist
  ? (await import(new URL('coach/check.js', `file://${rulesDist.replace(/\/?$/, '/')}`).href)).check
  : check
const flag = (f) => argv.includes(f)
const opt = (f, d) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : d)
const SEED = Number(opt('--seed', 7))
/** Corpus folders trained on besides the tuning corpora (relative to eval/; never holdout). */
const EXTRA = opt('--extra', '')
  .split(',')
  .filter(Boolean)
  .map((d) => d.replace(/\/$/, ''))
for (const d of EXTRA) {
  if (d.split('/').includes('holdout')) throw new Error(`--extra ${d}: the held-out set is never trained on`)
  if (!existsSync(`${ROOT}eval/${d}/sentences.en.jsonl`)) throw new Error(`--extra ${d}: no corpus there`)
}
/** The precision a strength's threshold keeps out of fold, the model alone and behind the rules (eval/thirteenth). */
const STRENGTH_PRECISION = Number(opt('--strength-precision', 0.85))
const CATS = [...PITFALL_IDS, ...STRENGTH_IDS]
const C = CATS.length
const PITFALLS = new Set(PITFALL_IDS)
/** Categories whose findings decide care or a "do not send": the model's own additions must be precise too. */
const DANGER = new Set(['self-harm', 'threat', 'persistence'])
const rules = RULES.en
const ruleOf = new Map(rules.map((r) => [r.id, r]))
/** The rules as written, with their examples. */
const specs = RULE_SPECS.en
const qmode = (c) => ruleOf.get(c).questions
const eligible = (c, question) => {
  const m = qmode(c)
  return !((m === 'skip' && question) || (m === 'only' && !question))
}

// ---------------------------------------------------------------- data
/**
 * Every labeled span of the tuning corpora, with the rules' prediction (check with the model off),
 * and the letter's sentences it overlaps (as check() splits them), each with the categories the rules
 * found in it: what the model would add is decided per sentence, as at run time.
 */
function corpusItems() {
  const root = `${ROOT}eval/`
  const dirs = [...setFolders(root, 'tuning'), ...EXTRA.map((d) => `${root}${d}`)]
  const corpus = loadCorpora(dirs, root)
  const items = []
  for (const t of [...corpus.sentences, ...corpus.letters]) {
    const text = t.text
    const findings = ruleCheck(text, { model: false }).findings
    const seg = segment(text)
    const frame = frameLines(text, seg)
    // The sentences the model reads at run time: a texting run-on's, each as its writer meant it.
    const sentences = writtenSentences(text, seg.sentences, readingFor('en').unpunctuatedBreak).map((s) => ({
      text: text.slice(s.from, s.to),
      from: s.from,
      to: s.to,
      question: s.question,
      frame: frame.has(s.line),
      ruleHit: new Set(findings.filter((f) => f.from < s.to && s.from < f.to).map((f) => f.ruleId)),
    }))
    const isLetter = !t.source.includes('sentences.en.jsonl')
    for (const item of t.items) {
      // Folds by source: a letter is one group; a file of sentences is cut in blocks of 20 lines
      // (annotators write variants of one phrasing next to each other).
      const m = /^(.*sentences\.en\.jsonl):(\d+)$/.exec(item.source)
      const group = isLetter ? t.source : `${m[1]}#${Math.floor(Number(m[2]) / 20)}`
      items.push({
        corpus: t.source.slice(0, t.source.lastIndexOf('/')),
        source: item.source,
        group,
        text: text.slice(item.from, item.to),
        labels: new Set(item.labels),
        rulePred: new Set(findings.filter((f) => f.from < item.to && item.from < f.to).map((f) => f.ruleId)),
        sentences: sentences.filter((s) => s.from < item.to && item.from < s.to),
      })
    }
  }
  return items
}

/** The rules' examples: flagged ones are positives of their rule, not-flagged ones negatives; other categories unknown. */
const exampleSpecs = rulesDist ? await specsOf(`file://${rulesDist.replace(/\/?$/, '/')}`) : specs
/** The rules as written in another build; one from before specs.js kept them on each compiled rule. */
async function specsOf(distUrl) {
  try {
    return (await import(new URL('coach/rules/specs.js', distUrl).href)).RULE_SPECS.en
  } catch {
    return (await import(new URL('coach/rules/index.js', distUrl).href)).RULES.en.map((r) => r.spec)
  }
}
function exampleItems() {
  const out = []
  for (const r of exampleSpecs)
    for (const e of r.examples) {
      const text = 'flagged' in e ? parseMarked(e.flagged).text : e.notFlagged
      out.push({ text, cat: r.id, positive: 'flagged' in e })
    }
  return out
}

/** The sentences of composed letters (model-texts.mjs `composedLetters`), each once, in order. */
function composedSentences(n, seed, unsentOnly = false) {
  const out = new Set()
  for (const { text } of composedLetters(n, seed, unsentOnly))
    for (const s of segment(text).sentences) out.add(text.slice(s.from, s.to))
  return [...out]
}

/** The sentences of a rule's flagged example other than the flagged one: its rule's test allows one finding. */
function otherSentences() {
  const out = []
  for (const r of specs)
    for (const e of r.examples) {
      if (!('flagged' in e)) continue
      const { text, from, to } = parseMarked(e.flagged)
      for (const s of segment(text).sentences)
        if (s.to <= from || s.from >= to) out.push({ text: text.slice(s.from, s.to), cat: r.id })
    }
  return out
}

// ---------------------------------------------------------------- logistic regression (model/train.ts)
/** Weights as written to the weights file: rounded, and the small ones dropped (the file stays small). */
const SCALE = Number(opt('--scale', 100))
const PRUNE = Number(opt('--prune', 0.15))
const train = (samples, o) => {
  const m = trainModel(samples, C, { ...o, reader: readingFor('en').features })
  const r = (x) => Math.round(x * SCALE) / SCALE
  for (let j = 0; j < m.W.length; j++) m.W[j] = Math.abs(m.W[j]) < PRUNE ? 0 : r(m.W[j])
  for (let c = 0; c < C; c++) m.B[c] = r(m.B[c])
  return m
}
function scorer(m) {
  const cache = new Map()
  return (text) => {
    let s = cache.get(text)
    if (!s) {
      s = scoreWith(m, text)
      cache.set(text, s)
    }
    return s
  }
}

function samplesOf(items, examples, useExamples) {
  const all = items.map((it) => ({
    text: it.text,
    y: Uint8Array.from(CATS.map((c) => (it.labels.has(c) ? 1 : 0))),
    mask: new Uint8Array(C).fill(1),
  }))
  if (useExamples) {
    const seen = new Set(items.map((it) => norm(it.text)))
    for (const e of examples) {
      if (seen.has(norm(e.text))) continue // the same sentence as a corpus one: it would leak across folds
      const c = CATS.indexOf(e.cat)
      const mask = new Uint8Array(C)
      mask[c] = 1
      const y = new Uint8Array(C)
      y[c] = e.positive ? 1 : 0
      all.push({ text: e.text, y, mask })
    }
  }
  return all
}
const norm = (t) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** Per item and category: the best score of a sentence where the model may add c (-Infinity: none). */
function modelMax(items, score) {
  const alone = []
  const out = items.map((it) => {
    const best = new Float64Array(C).fill(Number.NEGATIVE_INFINITY)
    const any = new Float64Array(C).fill(Number.NEGATIVE_INFINITY)
    for (const s of it.sentences) {
      if (s.frame) continue
      const sc = score(s.text)
      for (let c = 0; c < C; c++) {
        const cat = CATS[c]
        if (!eligible(cat, s.question)) continue
        if (sc[c] > any[c]) any[c] = sc[c]
        if (s.ruleHit.has(cat)) continue
        if (sc[c] > best[c]) best[c] = sc[c]
      }
    }
    alone.push(any)
    return best
  })
  out.alone = alone
  return out
}

function counts(items, maxes, c, t) {
  const cat = CATS[c]
  let tp = 0
  let fp = 0
  let fn = 0
  let addTp = 0
  let addFp = 0
  for (let i = 0; i < items.length; i++) {
    const it = items[i]
    const rule = it.rulePred.has(cat)
    const model = !rule && maxes[i][c] >= t
    const p = rule || model
    const e = it.labels.has(cat)
    if (p && e) tp++
    else if (p) fp++
    else if (e) fn++
    if (model) e ? addTp++ : addFp++
  }
  return { tp, fp, fn, addTp, addFp }
}
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1
  const r = tp + fn ? tp / (tp + fn) : 1
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

/**
 * The lowest threshold that keeps rules ∪ model at the category's precision (0.9 pitfalls, 0.85
 * strengths) and adds at least `minAdd` true positives with added findings at least half right
 * (danger categories: at the category's precision); Infinity when none does. Never below `floor`.
 */
/**
 * A category's threshold, from out-of-fold scores: the lowest at which the model alone keeps the
 * category's precision (standaloneThreshold: 0.9 for pitfalls, 0.95 for the danger categories, 0.85
 * for strengths), raised if need be until the model behind the rules keeps rules ∪ model at 0.9
 * (pitfalls) or 0.85 (strengths), its own additions right two times in three for pitfalls, and
 * 0.9 for the danger categories.
 * Infinity (no model) when the model alone reaches the precision nowhere, when the guards hold
 * nowhere.
 *
 * (Two more gates were tried and measured by the nested cross-validation, and left out because they
 * did worse on the corpora the rules had not seen: rules ∪ model must beat the rules' F1 out of fold,
 * and the model's additions must be right more often than wrong out of fold. Both are judged on pools
 * where the rules already find nearly everything, so both shut the model off where it helps.)
 *
 * Why not choose on rules ∪ model alone: the rules were written against these corpora and find almost
 * all their positives, so what they leave to the model is mostly what no one could find; a choice made
 * there would leave the model out of every category, whereas on new writing (eval/third with the rules
 * from before it was written) the rules miss about half.
 */
function chooseThreshold(items, maxes, c, floor) {
  const alone = standaloneThreshold(items, maxes, c, floor)
  if (!Number.isFinite(alone)) return alone
  const cat = CATS[c]
  const target = PITFALLS.has(cat) ? 0.9 : STRENGTH_PRECISION
  const cands = [...new Set(maxes.map((m) => m[c]).filter((x) => x >= alone))].sort((a, b) => b - a)
  let best = Number.POSITIVE_INFINITY
  for (const t of cands) {
    const k = counts(items, maxes, c, t)
    if (prf(k).p < target) continue
    const added = k.addTp + k.addFp
    if (DANGER.has(cat) && added > 0 && k.addTp / added < 0.9) continue
    // A pitfall is a warning to the writer: what the model adds must be right at least two times in three.
    if (PITFALLS.has(cat) && added > 0 && k.addTp / added < 2 / 3) continue
    best = t
  }
  return best
}

/**
 * The lowest threshold at which the model alone (every eligible sentence, whatever the rules found)
 * keeps the category's precision out of fold, with at least MIN_ALONE true positives.
 */
const MIN_ALONE = 5
function standaloneThreshold(items, maxes, c, floor) {
  const cat = CATS[c]
  const target = DANGER.has(cat) ? 0.95 : PITFALLS.has(cat) ? 0.9 : STRENGTH_PRECISION
  const alone = maxes.alone
  const ranked = items
    .map((it, i) => [alone[i][c], it.labels.has(cat)])
    .filter(([v]) => Number.isFinite(v) && v > floor)
    .sort((a, b) => b[0] - a[0])
  let tp = 0
  let fp = 0
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < ranked.length; i++) {
    ranked[i][1] ? tp++ : fp++
    if (i + 1 < ranked.length && ranked[i + 1][0] === ranked[i][0]) continue
    if (tp / (tp + fp) >= target && tp >= MIN_ALONE) best = ranked[i][0]
  }
  return best
}

/** For pitfalls: above every must-not-flag text's score, with a margin. */
/** The sentences of texts, as check() splits them: the model reads one sentence at a time. */
function sentencesOf(texts) {
  return texts.flatMap((text) => segment(text).sentences.map((s) => text.slice(s.from, s.to)))
}

const VETO_FLOORS = flag('--veto-floors')
/** Whether the model is kept silent on this sentence at run time for this category (the same test as check's). */
function silentOn(cat, text) {
  const s = segment(text).sentences[0]
  return !s || silencedOn(ruleOf.get(cat), text, s)
}
function floors(score, mustNot) {
  const f = new Float64Array(C).fill(Number.NEGATIVE_INFINITY)
  const inv = CATS.indexOf('invitation')
  for (const text of mustNot.invitationFree) f[inv] = Math.max(f[inv], score(text)[inv])
  for (const text of mustNot.pitfallFree) {
    const sc = score(text)
    for (let c = 0; c < C; c++) if (PITFALLS.has(CATS[c]) && sc[c] > f[c]) f[c] = sc[c]
  }
  for (const { text, cat } of mustNot.notFlagged) {
    const c = CATS.indexOf(cat)
    if (VETO_FLOORS && silentOn(cat, text)) continue
    const sc = score(text)
    if (sc[c] > f[c]) f[c] = sc[c]
  }
  for (let c = 0; c < C; c++) if (Number.isFinite(f[c])) f[c] += 0.25
  return f
}

/**
 * Folds: by default one per corpus (each written by another annotator: the closest thing to a new
 * writer the tuning data holds); `--folds group` makes k folds of source groups (letters, blocks of 20
 * lines) instead. Returns the fold of each item and how many folds there are.
 */
const FOLDS = opt('--folds', 'corpus')
function foldsOf(items, k, seed) {
  if (FOLDS === 'corpus') {
    const corpora = [...new Set(items.map((i) => i.corpus))].sort()
    const f = items.map((i) => corpora.indexOf(i.corpus))
    f.k = corpora.length
    return f
  }
  return groupFolds(items, k, seed)
}
function groupFolds(items, k, seed) {
  const groups = shuffle([...new Set(items.map((i) => i.group))].sort(), mulberry32(seed))
  const fold = new Map(groups.map((g, i) => [g, i % k]))
  const f = items.map((i) => fold.get(i.group))
  f.k = k
  return f
}

/** Out-of-fold maxima for `items` (k folds by group), each fold scored by a model trained on the others. */
function oof(items, examples, params, k, seed) {
  const fold = foldsOf(items, k, seed)
  const maxes = new Array(items.length)
  const alone = new Array(items.length)
  for (let f = 0; f < fold.k; f++) {
    const tr = items.filter((_, i) => fold[i] !== f)
    const te = items.map((it, i) => [it, i]).filter(([, i]) => fold[i] === f)
    const m = train(samplesOf(tr, examples, params.examples), { ...params, seed })
    const mx = modelMax(
      te.map(([it]) => it),
      scorer(m),
    )
    te.forEach(([, i], j) => {
      maxes[i] = mx[j]
      alone[i] = mx.alone[j]
    })
  }
  maxes.alone = alone
  return maxes
}

/** Threshold-free quality of the model alone, out of fold: mean average precision over categories. */
function meanAP(items, examples, params, k, seed) {
  const fold = foldsOf(items, k, seed)
  const scores = new Array(items.length)
  for (let f = 0; f < fold.k; f++) {
    const tr = items.filter((_, i) => fold[i] !== f)
    const m = train(samplesOf(tr, examples, params.examples), { ...params, seed })
    const sc = scorer(m)
    items.forEach((it, i) => {
      if (fold[i] === f) scores[i] = sc(it.text)
    })
  }
  const aps = CATS.map((cat, c) => {
    const ranked = items.map((it, i) => [scores[i][c], it.labels.has(cat)]).sort((a, b) => b[0] - a[0])
    let tp = 0
    let sum = 0
    ranked.forEach(([, y], i) => {
      if (y) {
        tp++
        sum += tp / (i + 1)
      }
    })
    return tp ? sum / tp : 0
  })
  return { mean: aps.reduce((a, b) => a + b, 0) / C, aps }
}

// ---------------------------------------------------------------- main
const t0 = Date.now()
let items = corpusItems()
const examples = exampleItems()
// Unsent letters (kept by the writer) hold no invitation: a law of the composer's property tests.
const unsent = composedSentences(400, SEED + 1, true)
const mustNot = {
  pitfallFree: sentencesOf([...composedSentences(1500, SEED), ...unsent, ...rewriteTexts(specs)]),
  invitationFree: unsent,
  notFlagged: [
    ...specs.flatMap((r) =>
      r.examples.flatMap((e) => ('notFlagged' in e ? [{ text: e.notFlagged, cat: r.id }] : [])),
    ),
    ...otherSentences(),
  ].flatMap(({ text, cat }) => sentencesOf([text]).map((t) => ({ text: t, cat }))),
}
console.error(
  `${items.length} labeled spans in ${new Set(items.map((i) => i.group)).size} groups, ${examples.length} rule examples, ${mustNot.pitfallFree.length} pitfall-free texts (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
)

const K = 5
const testDirs = argv.includes('--test') ? argv[argv.indexOf('--test') + 1].split(',') : []
const testItems = items.filter((i) => testDirs.includes(i.corpus))
if (testDirs.length) {
  items = items.filter((i) => !testDirs.includes(i.corpus))
  console.error(`test corpora ${testDirs.join(', ')}: ${testItems.length} spans held out of training`)
}
let params = {
  lambda: 0.03,
  epochs: 12,
  prefixes: false,
  minCount: Number(opt('--min-count', 2)),
  examples: true,
}
if (flag('--grid')) {
  const grid = []
  for (const prefixes of [false, true])
    for (const lambda of [1e-4, 1e-3, 3e-3, 1e-2])
      for (const examplesOn of [false, true]) grid.push({ ...params, prefixes, lambda, examples: examplesOn })
  if (process.env.GRID)
    grid.splice(0, grid.length, ...JSON.parse(process.env.GRID).map((g) => ({ ...params, ...g })))
  let best
  for (const p of grid) {
    const { mean } = meanAP(items, examples, p, K, SEED)
    console.error(`grid ${JSON.stringify(p)} meanAP ${mean.toFixed(4)}`)
    if (!best || mean > best.mean) best = { mean, p }
  }
  params = best.p
  console.error(`chosen ${JSON.stringify(params)}`)
}

if (flag('--cv')) {
  // Nested: outer folds measure; thresholds for each outer fold come from an inner CV on its training folds.
  const fold = foldsOf(items, K, SEED)
  const outerMax = new Array(items.length)
  const outerT = []
  for (let f = 0; f < fold.k; f++) {
    const trIdx = items.map((_, i) => i).filter((i) => fold[i] !== f)
    const tr = trIdx.map((i) => items[i])
    const inner = oof(tr, examples, params, K - 1, SEED + 1)
    const m = train(samplesOf(tr, examples, params.examples), { ...params, seed: SEED })
    const sc = scorer(m)
    const fl = floors(sc, mustNot)
    const ts = CATS.map((_, c) => chooseThreshold(tr, inner, c, fl[c]))
    outerT.push(ts)
    const teIdx = items.map((_, i) => i).filter((i) => fold[i] === f)
    const mx = modelMax(
      teIdx.map((i) => items[i]),
      sc,
    )
    teIdx.forEach((i, j) => {
      outerMax[i] = mx[j].map((v, c) => (v >= ts[c] ? 1 : 0))
    })
  }
  // outerMax holds 0/1 decisions: a threshold of 1 reads them.
  const ones = CATS.map(() => 1)
  console.log(
    `Nested cross-validation, ${fold.k} outer folds (${FOLDS === 'corpus' ? 'one per corpus' : 'source groups'}), rules from ${rulesDist ?? 'dist/'}, seed ${SEED}`,
  )
  console.log(
    `Categories with a model in each outer fold: ${CATS.map((c, i) => `${c} ${outerT.filter((ts) => Number.isFinite(ts[i])).length}`).join(', ')}`,
  )
  const corpora = [...new Set(items.map((i) => i.corpus))].sort()
  for (const dir of corpora) {
    const idx = items.map((_, i) => i).filter((i) => items[i].corpus === dir)
    console.log(`\nTest fold ${dir || '.'} (${idx.length} labeled spans)\n`)
    report(
      idx.map((i) => items[i]),
      idx.map((i) => outerMax[i]),
      ones,
    )
  }
  console.log(`\nAll folds pooled (${items.length} labeled spans)\n`)
  report(items, outerMax, ones)
}

// The model written: trained on everything; thresholds from out-of-fold scores on everything.
const maxes = oof(items, examples, params, K, SEED)
const model = train(samplesOf(items, examples, params.examples), { ...params, seed: SEED })
const sc = scorer(model)
const fl = floors(sc, mustNot)
const thresholds = CATS.map((_, c) => chooseThreshold(items, maxes, c, fl[c]))
console.error('thresholds (log-odds; ∞ = no model):')
for (let c = 0; c < C; c++) {
  const k = counts(items, maxes, c, thresholds[c])
  console.error(
    `  ${CATS[c].padEnd(16)} ${Number.isFinite(thresholds[c]) ? thresholds[c].toFixed(2) : '∞'}  (floor ${fl[c].toFixed(2)}; OOF added TP ${k.addTp} FP ${k.addFp})`,
  )
}

if (testDirs.length) {
  // Rules vs rules ∪ model on corpora that took no part in training or in the choice of thresholds.
  for (const dir of testDirs) {
    const te = testItems.filter((i) => i.corpus === dir)
    const mx = modelMax(te, sc)
    console.log(`\nLeft-out corpus ${dir} (${te.length} labeled spans), rules from ${rulesDist ?? 'dist/'}\n`)
    report(te, mx, thresholds)
  }
}

function report(te, mx, ts) {
  const tot = { r: { tp: 0, fp: 0, fn: 0 }, u: { tp: 0, fp: 0, fn: 0 } }
  const totP = { r: { tp: 0, fp: 0, fn: 0 }, u: { tp: 0, fp: 0, fn: 0 } }
  console.log(
    '| category | support | rules P | rules R | rules F1 | ∪ P | ∪ R | ∪ F1 | added TP | added FP |',
  )
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  CATS.forEach((cat, c) => {
    const r = counts(te, mx, c, Number.POSITIVE_INFINITY)
    const u = counts(te, mx, c, ts[c])
    for (const [a, b] of [
      [tot.r, r],
      [tot.u, u],
    ])
      for (const k of ['tp', 'fp', 'fn']) a[k] += b[k]
    if (PITFALLS.has(cat))
      for (const [a, b] of [
        [totP.r, r],
        [totP.u, u],
      ])
        for (const k of ['tp', 'fp', 'fn']) a[k] += b[k]
    const pr = prf(r)
    const pu = prf(u)
    console.log(
      `| ${cat} | ${r.tp + r.fn} | ${pr.p.toFixed(2)} | ${pr.r.toFixed(2)} | ${pr.f.toFixed(2)} | ${pu.p.toFixed(2)} | ${pu.r.toFixed(2)} | ${pu.f.toFixed(2)} | ${u.addTp} | ${u.addFp} |`,
    )
  })
  const totS = {
    r: { tp: tot.r.tp - totP.r.tp, fp: tot.r.fp - totP.r.fp, fn: tot.r.fn - totP.r.fn },
    u: { tp: tot.u.tp - totP.u.tp, fp: tot.u.fp - totP.u.fp, fn: tot.u.fn - totP.u.fn },
  }
  for (const [name, t] of [
    ['all pitfalls', totP],
    ['all strengths', totS],
    ['micro', tot],
  ]) {
    const pr = prf(t.r)
    const pu = prf(t.u)
    console.log(
      `| **${name}** | ${t.r.tp + t.r.fn} | ${pr.p.toFixed(3)} | ${pr.r.toFixed(3)} | ${pr.f.toFixed(3)} | ${pu.p.toFixed(3)} | ${pu.r.toFixed(3)} | ${pu.f.toFixed(3)} | | |`,
    )
  }
}

// ---------------------------------------------------------------- the weights file
const q = (x) => Math.round(x * SCALE)
const names = []
const pairCounts = []
const pairs = []
const live = CATS.map((_, c) => Number.isFinite(thresholds[c]))
for (const [f, j] of [...model.vocab].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (f.includes('\n')) continue
  let n = 0
  for (let c = 0; c < C; c++) {
    const w = model.W[j * C + c]
    if (!live[c] || w === 0) continue
    pairs.push([c, q(w)])
    n++
  }
  if (n === 0) continue
  names.push(f)
  pairCounts.push(n)
}
const widest = Math.max(...pairs.map(([, w]) => Math.abs(w)))
if (widest > 2047) console.error(`warning: a weight of ${widest / SCALE} is cut to ±${2047 / SCALE}`)
const data = {
  version: 1,
  categories: CATS,
  prefixes: params.prefixes,
  scale: SCALE,
  bias: [...model.B].map(q),
  thresholds: thresholds.map((t) => (Number.isFinite(t) ? q(t) : null)),
  features: names.join('\n'),
  counts: encodeCounts(pairCounts),
  pairs: encodePairs(pairs),
}
const lines = names
const file = `${ROOT}src/coach/model/weights.en.ts`
const rulesNote = rulesDist
  ? `the rules' predictions from ${process.env.RULES_NOTE ?? rulesDist}`
  : "the rules' predictions from dist/"
const source = `// Generated by scripts/train-model.mjs (seed ${SEED}; ${JSON.stringify(params)}): do not edit.
// ${items.length} labeled spans of the tuning corpora${EXTRA.length ? ` and ${EXTRA.length} more folders (${EXTRA.join(', ')})` : ''} and ${examples.length} rule examples; ${lines.length} features
// kept (|w| >= ${PRUNE}); thresholds chosen out of fold with ${rulesNote}.
import type { ModelData } from './model.js'

// biome-ignore format: generated data, kept on few lines
export const WEIGHTS_EN: ModelData = ${JSON.stringify(data)}
`
if (!flag('--dry')) {
  writeFileSync(file, source)
  execFileSync('npx', ['biome', 'format', '--write', file], { cwd: ROOT, stdio: 'ignore' })
  console.error(
    `wrote ${file} (${(source.length / 1024).toFixed(0)} KB, ${lines.length} features) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  )
} else console.error(`dry run: ${(source.length / 1024).toFixed(0)} KB, ${lines.length} features`)
