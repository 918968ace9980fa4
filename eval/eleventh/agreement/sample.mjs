#!/usr/bin/env node
// Draws a seeded, stratified random sample of sentences from the tuning corpora for the
// inter-annotator agreement study, and writes:
//   blind.txt  - one numbered sentence a line ("12\tText..."), no labels
//   key.jsonl  - {"n", "source", "line", "text", "labels"} per sampled sentence
// It never reads eval/holdout/ (setFolders(root, 'tuning') does not list it).
// Usage: node eval/eleventh/agreement/sample.mjs [--seed 11] [--size 360]
// Requires `npm run build` (reads dist/eval/corpus.js for the folder list).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const { setFolders } = await import(join(repo, 'dist/eval/corpus.js'))
const { PITFALL_IDS, STRENGTH_IDS } = await import(join(repo, 'dist/coach/finding.js'))
const { mulberry32 } = await import(join(repo, 'dist/common/mulberry32.js'))

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
const SEED = opt('--seed', 11)
const SIZE = opt('--size', 360)
const MIN_PER_CATEGORY = 12
const EMPTY_SHARE = 0.2

const CATEGORIES = [...PITFALL_IDS, ...STRENGTH_IDS]

const rand = mulberry32(SEED)
const shuffle = (xs) => {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

// Load every tuning sentence; a text that occurs in several files is kept once (first occurrence).
const pool = []
const seen = new Set()
for (const dir of setFolders(join(repo, 'eval'), 'tuning')) {
  const file = join(dir, 'sentences.en.jsonl')
  const lines = readFileSync(file, 'utf8').split('\n')
  lines.forEach((raw, i) => {
    if (!raw.trim()) return
    const o = JSON.parse(raw)
    const key = o.text.trim().replace(/\s+/g, ' ').toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    pool.push({ source: relative(repo, file), line: i + 1, text: o.text, labels: o.labels })
  })
}

const chosen = new Set()
const count = Object.fromEntries(CATEGORIES.map((c) => [c, 0]))
const take = (s) => {
  chosen.add(s)
  for (const l of s.labels) count[l]++
}
const shuffled = shuffle(pool)

// 1. Rarest categories first: add random positives until each has MIN_PER_CATEGORY.
const avail = (c) => pool.filter((s) => s.labels.includes(c)).length
for (const c of [...CATEGORIES].sort((x, y) => avail(x) - avail(y))) {
  for (const s of shuffled) {
    if (count[c] >= MIN_PER_CATEGORY) break
    if (!chosen.has(s) && s.labels.includes(c)) take(s)
  }
}
// 2. About a fifth of the sample with no label.
const wantEmpty = Math.round(SIZE * EMPTY_SHARE)
for (const s of shuffled) {
  if ([...chosen].filter((x) => x.labels.length === 0).length >= wantEmpty) break
  if (!chosen.has(s) && s.labels.length === 0) take(s)
}
// 3. Fill the rest with random labeled sentences.
for (const s of shuffled) {
  if (chosen.size >= SIZE) break
  if (!chosen.has(s) && s.labels.length > 0) take(s)
}

const sample = shuffle([...chosen])
writeFileSync(
  join(here, 'blind.txt'),
  sample.map((s, i) => `${i + 1}\t${s.text.replace(/\s+/g, ' ').trim()}`).join('\n') + '\n',
)
writeFileSync(
  join(here, 'key.jsonl'),
  sample
    .map((s, i) =>
      JSON.stringify({ n: i + 1, source: s.source, line: s.line, text: s.text, labels: s.labels }),
    )
    .join('\n') + '\n',
)
// Only totals are printed, so that drawing the sample does not show any sentence's labels.
console.log(`pool ${pool.length} distinct sentences; sample ${sample.length} (seed ${SEED})`)
