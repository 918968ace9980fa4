#!/usr/bin/env node
// Scores the agreement study: the second annotator's labels (second-annotator.jsonl) against the
// original labels (key.jsonl), and, on the same sentences, the coach (default and { model: false })
// against the original labels. Per category: positives, precision, recall, F1 (and Cohen's kappa for
// the annotator); overall micro and macro. The coach is run on each sentence alone, and a category is
// predicted when any finding has that ruleId (as src/eval/run.ts does).
// Usage (after `npm run build`): node eval/eleventh/agreement/score.mjs [--json] [--disagreements]
//   --disagreements  also writes disagreements.tsv (n, text, original labels, second annotator's labels)
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const { check } = await import(join(repo, 'dist/coach/index.js'))
const { PITFALL_IDS, STRENGTH_IDS } = await import(join(repo, 'dist/coach/finding.js'))
const { mulberry32 } = await import(join(repo, 'dist/common/mulberry32.js'))
const args = new Set(process.argv.slice(2))

const CATEGORIES = [...PITFALL_IDS, ...STRENGTH_IDS]

const jsonl = (f) =>
  readFileSync(join(here, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
const key = jsonl('key.jsonl')
const second = new Map(jsonl('second-annotator.jsonl').map((o) => [o.n, o.labels]))
// Only the sentences the second annotator labeled are scored (all 360 unless stated otherwise).
const items = key.filter((k) => second.has(k.n))

// Sentences that occur (almost) verbatim among the examples of the annotation guide (eval/README.md)
// or of the taxonomy (/work/shared/coach-taxonomy.md, when present): an annotator who read the guide
// has seen their label, so agreement on them is partly memory. Reported separately.
const norm = (t) =>
  t
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
let guideText = ''
for (const f of [join(repo, 'eval/README.md'), join(repo, '../shared/coach-taxonomy.md')]) {
  try {
    guideText += ' ' + readFileSync(f, 'utf8')
  } catch {}
}
guideText = norm(guideText)
const inGuide = (text) => guideText.includes(norm(text))

const ruleIds = (text, opts) => new Set(check(text, opts).findings.map((f) => f.ruleId))
const systems = {
  annotator: (k) => new Set(second.get(k.n)),
  coach: (k) => ruleIds(k.text),
  'coach-rules': (k) => ruleIds(k.text, { model: false }),
}

const preds = {}
for (const [name, f] of Object.entries(systems)) preds[name] = items.map(f)

function tally(pred, its = items) {
  const out = {}
  for (const c of CATEGORIES) {
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0
    its.forEach((k, i) => {
      const e = k.labels.includes(c)
      const p = pred[i].has(c)
      if (p && e) tp++
      else if (p) fp++
      else if (e) fn++
      else tn++
    })
    out[c] = { tp, fp, fn, tn }
  }
  return out
}
const prf = ({ tp, fp, fn }) => ({
  precision: tp + fp ? tp / (tp + fp) : null,
  recall: tp + fn ? tp / (tp + fn) : null,
  f1: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null,
})
function kappa({ tp, fp, fn, tn }) {
  const n = tp + fp + fn + tn
  const po = (tp + tn) / n
  const pe = ((tp + fp) / n) * ((tp + fn) / n) + ((fn + tn) / n) * ((fp + tn) / n)
  return pe === 1 ? null : (po - pe) / (1 - pe)
}
function summary(t) {
  const sum = { tp: 0, fp: 0, fn: 0 }
  const f1s = []
  for (const c of CATEGORIES) {
    for (const k of ['tp', 'fp', 'fn']) sum[k] += t[c][k]
    const f = prf(t[c]).f1
    if (f !== null) f1s.push(f)
  }
  return { micro: prf(sum), macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length }
}

const result = { sentences: items.length, categories: {}, overall: {} }
const tallies = Object.fromEntries(Object.entries(preds).map(([n, p]) => [n, tally(p)]))
for (const c of CATEGORIES) {
  result.categories[c] = {
    positives: tallies.annotator[c].tp + tallies.annotator[c].fn,
    annotator: { ...tallies.annotator[c], ...prf(tallies.annotator[c]), kappa: kappa(tallies.annotator[c]) },
    coach: { ...tallies.coach[c], ...prf(tallies.coach[c]) },
    'coach-rules': { ...tallies['coach-rules'][c], ...prf(tallies['coach-rules'][c]) },
  }
}
for (const n of Object.keys(systems)) result.overall[n] = summary(tallies[n])
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x))
result.overall.annotator.exactSetMatch = items.filter((k, i) =>
  same(new Set(k.labels), preds.annotator[i]),
).length
{
  const idx = items.map((_k, i) => i).filter((i) => !inGuide(items[i].text))
  const keep = idx.map((i) => items[i])
  result.guideExamples = items.filter((k) => inGuide(k.text)).map((k) => k.n)
  result.notInGuide = { sentences: idx.length, categories: {}, overall: {} }
  for (const n of Object.keys(systems)) {
    const t = tally(
      idx.map((i) => preds[n][i]),
      keep,
    )
    result.notInGuide.overall[n] = summary(t)
    for (const c of CATEGORIES) {
      if (!result.notInGuide.categories[c]) result.notInGuide.categories[c] = { positives: t[c].tp + t[c].fn }
      result.notInGuide.categories[c][n] = {
        ...t[c],
        ...prf(t[c]),
        ...(n === 'annotator' ? { kappa: kappa(t[c]) } : {}),
      }
    }
  }
}
result.overall.originalEmpty = items.filter((k) => k.labels.length === 0).length
result.overall.annotatorEmpty = preds.annotator.filter((s) => s.size === 0).length

// Percentile bootstrap (sentences resampled with replacement, seeded) for the annotator's per-category
// F1 and micro F1: with about 12 positives a category, one sentence moves F1 by about 0.04.
{
  const rand = mulberry32(11)
  const B = 2000
  const draws = Object.fromEntries([...CATEGORIES, 'micro'].map((c) => [c, []]))
  const exp = items.map((k) => new Set(k.labels))
  for (let b = 0; b < B; b++) {
    const sum = { tp: 0, fp: 0, fn: 0 }
    const per = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]))
    for (let j = 0; j < items.length; j++) {
      const i = Math.floor(rand() * items.length)
      for (const c of CATEGORIES) {
        const e = exp[i].has(c)
        const p = preds.annotator[i].has(c)
        const k = p && e ? 'tp' : p ? 'fp' : e ? 'fn' : null
        if (k) {
          per[c][k]++
          sum[k]++
        }
      }
    }
    for (const c of CATEGORIES) {
      const f = prf(per[c]).f1
      if (f !== null) draws[c].push(f)
    }
    draws.micro.push(prf(sum).f1)
  }
  const ci = (xs) => {
    const s = [...xs].sort((x, y) => x - y)
    return [s[Math.floor(0.025 * s.length)], s[Math.min(s.length - 1, Math.floor(0.975 * s.length))]]
  }
  for (const c of CATEGORIES) result.categories[c].annotator.f1ci95 = ci(draws[c])
  result.overall.annotator.microF1ci95 = ci(draws.micro)
}

if (args.has('--disagreements')) {
  const rows = ['n (* = guide example)\ttext\toriginal\tsecond\tsource:line']
  items.forEach((k, i) => {
    if (!same(new Set(k.labels), preds.annotator[i]))
      rows.push(
        [
          k.n + (inGuide(k.text) ? '*' : ''),
          k.text,
          k.labels.join(',') || '[]',
          [...preds.annotator[i]].join(',') || '[]',
          `${k.source}:${k.line}`,
        ].join('\t'),
      )
  })
  writeFileSync(join(here, 'disagreements.tsv'), rows.join('\n') + '\n')
}

if (args.has('--json')) {
  console.log(JSON.stringify(result, null, 2))
} else {
  const f = (x) => (x === null ? '—' : x.toFixed(2))
  console.log(`Agreement study on ${items.length} sentences (original labels as reference)\n`)
  console.log(
    '| category | positives | 2nd annotator P | R | F1 | F1 95% bootstrap | kappa | coach F1 | coach F1, rules alone |',
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const c of CATEGORIES) {
    const r = result.categories[c]
    const flag = r.annotator.f1 !== null && r.annotator.f1 < 0.85
    console.log(
      `| \`${c}\` | ${r.positives} | ${f(r.annotator.precision)} | ${f(r.annotator.recall)} | ${f(r.annotator.f1)}${flag ? ' ⚑' : ''} | ${r.annotator.f1ci95.map(f).join('–')} | ${f(r.annotator.kappa)} | ${f(r.coach.f1)} | ${f(r['coach-rules'].f1)} |`,
    )
  }
  console.log('')
  for (const n of Object.keys(systems)) {
    const o = result.overall[n]
    console.log(
      `${n}: micro P ${f(o.micro.precision)} R ${f(o.micro.recall)} F1 ${f(o.micro.f1)}` +
        (o.microF1ci95 ? ` (95% bootstrap ${o.microF1ci95.map(f).join('–')})` : '') +
        `, macro F1 ${f(o.macroF1)}`,
    )
  }
  console.log(
    `exact label-set match (annotator): ${result.overall.annotator.exactSetMatch}/${items.length}; ` +
      `empty: original ${result.overall.originalEmpty}, second annotator ${result.overall.annotatorEmpty}`,
  )
  const g = result.notInGuide
  console.log(
    `\n${result.guideExamples.length} sentences occur verbatim among the guide's or taxonomy's examples ` +
      `(n = ${result.guideExamples.join(', ')}); on the other ${g.sentences}:\n`,
  )
  console.log('| category | positives | 2nd annotator F1 | kappa | coach F1 | coach F1, rules alone |')
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const c of CATEGORIES) {
    const r = g.categories[c]
    console.log(
      `| \`${c}\` | ${r.positives} | ${f(r.annotator.f1)} | ${f(r.annotator.kappa)} | ${f(r.coach.f1)} | ${f(r['coach-rules'].f1)} |`,
    )
  }
  for (const n of Object.keys(systems)) {
    const o = g.overall[n]
    console.log(
      `${n}: micro P ${f(o.micro.precision)} R ${f(o.micro.recall)} F1 ${f(o.micro.f1)}, macro F1 ${f(o.macroF1)}`,
    )
  }
}
